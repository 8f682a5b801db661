#include "ui/results_screen.hpp"

#include <algorithm>
#include <cmath>
#include <optional>

#include "ui/aids_button.hpp"
#include "ui/chrome.hpp"
#include "ui/product_card.hpp"
#include "ui/takeaway_code.hpp"
#include "ui/tip_cards.hpp"

namespace kiosk::ui {
namespace {

// The title and the intro under it, `w` wide; returns where the cards start.
float draw_title(Canvas& c, const ResultsView& v, float w) {
    const Style& s = c.style();
    const ResultsLook& k = s.results;
    float y = k.top;
    y += c.text(TextRole::title, s.font.title, s.size.title, s.size.title_smallest,
                {s.margin, y, w, k.title_h}, s.colour.text, v.title);
    if (!v.intro.empty())
        y += k.intro_gap + c.text(TextRole::body, s.font.body, s.size.body, s.size.smallest,
                                  {s.margin, y + k.intro_gap, w, k.intro_h}, s.colour.muted_text,
                                  v.intro);
    return y + k.below_intro;
}

// With larger text the takeaway code stands at the top right, beside the title, so that the
// tips below have the room; its box, or none.
std::optional<Rect> code_beside_title(const Style& s, const ResultsView& v) {
    if (!s.results.code_beside_title || v.takeaway_url.empty()) return std::nullopt;
    if (s.results.code_with_tips && !v.tips_page) return std::nullopt;
    const float w = std::round(s.inner_w * s.results.top_code_share);
    return Rect{s.width - s.margin - w, s.results.top, w, takeaway_code_height(s, w)};
}

// The bottom row: the one way out, Done, at the bottom right on every screen; the disclaimer
// beside it (landscape) or above the row across the screen (portrait).
struct BottomRow {
    Rect done;
    Rect aids;
    float disclaimer_top = 0;  // where the row's contents start
    // Results in two pages: the button to the other page, left of Done (landscape) or at the
    // right above the disclaimer (portrait, where the row has no room for a third button).
    Rect turn{};
    std::string turn_label{};
};

// Whether the results come in two pages, the products and the tips: with larger text, when
// there are tips.
bool in_two_pages(const Style& s, const ResultsView& v) {
    return s.results.two_pages && !v.tips.empty();
}

BottomRow bottom_row(const Style& s, const ResultsView& v) {
    const float h = s.button.height;
    const float top = s.height - s.margin - h;
    const float done_w = button_width(s, v.done, s.results.done_min_w, s.results.done_pad);
    BottomRow row{{s.width - s.margin - done_w, top, done_w, h}, aids_button_area(s, v.aids), top};
    if (in_two_pages(s, v)) {
        row.turn_label = v.tips_page ? v.products : v.tips_title;
        const float w = button_width(s, row.turn_label, s.results.done_min_w, s.results.done_pad);
        row.turn = {row.done.x - s.results.disclaimer_gap - w, top, w, h};
        if (s.portrait) row.turn.x = s.width - s.margin - w;
    }
    return row;
}

// Draws the disclaimer; returns the top of the bottom row.
float draw_disclaimer(Canvas& c, const std::string& disclaimer, const BottomRow& row) {
    const Style& s = c.style();
    ImFont* font = s.font.small;
    const float size = s.size.small;
    // Landscape, beside the buttons; above them where a page button takes that room.
    if (!s.portrait && row.turn.w == 0) {
        const float x = row.aids.x + row.aids.w + s.results.disclaimer_gap;
        c.text(TextRole::fine, font, size, size,
               {x, row.disclaimer_top, row.done.x - x - s.results.disclaimer_gap, row.done.h},
               s.colour.muted_text, disclaimer);
        return row.disclaimer_top;
    }
    const float h = Canvas::text_height(font, size, s.inner_w, disclaimer);
    const float top = row.disclaimer_top - s.gap - h;
    c.text(TextRole::fine, font, size, size, {s.margin, top, s.inner_w, h + 1}, s.colour.muted_text,
           disclaimer);
    return s.portrait && row.turn.w > 0 ? top - s.gap - row.turn.h : top;
}

// What goes between the title and the bottom row, and how far it is drawn below its place.
struct Middle {
    float top = 0, bottom = 0;
    float alpha = 1, rise = 0;
    bool code = true;  // the takeaway code among the tips (else it is beside the title)
    bool tips = true;  // the tips beside or below the cards (else on a page of their own)
};

bool has_side_column(const ResultsView& v, const Middle& m) {
    return (m.tips && !v.tips.empty()) || (m.code && !v.takeaway_url.empty());
}

// The tips' own page of results in two: their heading, and the cards in two columns side by
// side (landscape) or in one (portrait).
void lay_out_tips_page(Canvas& c, const ResultsView& v, const Middle& m) {
    const Style& s = c.style();
    Rect area{s.margin, m.top + m.rise, s.inner_w, m.bottom - m.top};
    const float heading = c.text(TextRole::heading, s.font.heading, s.size.heading,
                                 s.size.body_bold, {area.x, area.y, area.w, s.size.heading * 1.5f},
                                 with_alpha(s.colour.text, m.alpha), v.tips_title) +
                          s.tip.after_heading;
    area.y += heading;
    area.h -= heading;
    if (s.portrait || v.tips.size() < 2) return draw_tip_cards(c, {}, v.tips, area, m.alpha, false);
    const auto half = static_cast<std::ptrdiff_t>((v.tips.size() + 1) / 2);
    const float w = (area.w - s.results.column_gap) / 2;
    draw_tip_cards(c, {}, {v.tips.begin(), v.tips.begin() + half}, {area.x, area.y, w, area.h},
                   m.alpha, false);
    draw_tip_cards(c, {}, {v.tips.begin() + half, v.tips.end()},
                   {area.x + w + s.results.column_gap, area.y, w, area.h}, m.alpha, false);
}

// Portrait: the cards one under another, the tips and the code below them side by side.
void lay_out_portrait(Canvas& c, const ResultsView& v, const Middle& m) {
    const Style& s = c.style();
    const ResultsLook& k = s.results;
    const bool side = has_side_column(v, m);
    const size_t n = std::max<size_t>(1, v.cards.size());
    const float tips_h = side ? (m.bottom - m.top) * k.tips_share : 0;
    const float cards_h = m.bottom - m.top - (side ? tips_h + k.tips_gap : 0);
    const float each = std::min(
        (cards_h - s.gap * static_cast<float>(n - 1)) / static_cast<float>(n), k.card_max_h);
    for (size_t i = 0; i < v.cards.size(); ++i)
        draw_product_card(
            c, v.cards[i],
            {s.margin, m.top + static_cast<float>(i) * (each + s.gap), s.inner_w, each}, m.alpha,
            true, m.rise);
    const float code_w =
        v.takeaway_url.empty() || !m.code ? 0 : std::round(s.inner_w * k.code_share);
    const float code_h = takeaway_code_height(s, code_w);
    if (code_w > 0)
        draw_takeaway_code(c, v.takeaway_url, v.takeaway_caption,
                           {s.width - s.margin - code_w, m.bottom - tips_h, code_w, code_h},
                           m.alpha);
    if (m.tips)
        draw_tip_cards(c, v.tips_title, v.tips,
                       {s.margin, m.bottom - tips_h,
                        s.inner_w - (code_w > 0 ? code_w + k.tips_gap : 0), tips_h},
                       m.alpha);
}

// Landscape: the cards side by side (or one under another when there are few, or the screen
// is not wide), the tips and the code in a column at the right.
void lay_out_landscape(Canvas& c, const ResultsView& v, const Middle& m) {
    const Style& s = c.style();
    const ResultsLook& k = s.results;
    const bool side = has_side_column(v, m);
    const size_t n = std::max<size_t>(1, v.cards.size());
    const float side_w = side ? std::round(s.inner_w * k.side_column) : 0;
    const float cards_w = s.inner_w - (side ? side_w + k.column_gap : 0);
    const bool in_rows = n <= 2 || k.cards_in_rows;
    const int columns = in_rows ? 1 : static_cast<int>(n);
    const int rows = in_rows ? static_cast<int>(n) : 1;
    const float w =
        (cards_w - k.card_gap * static_cast<float>(columns - 1)) / static_cast<float>(columns);
    const float h =
        (m.bottom - m.top - s.gap * static_cast<float>(rows - 1)) / static_cast<float>(rows);
    for (size_t i = 0; i < v.cards.size(); ++i) {
        const float col = static_cast<float>(in_rows ? 0 : i),
                    row = static_cast<float>(in_rows ? i : 0);
        draw_product_card(c, v.cards[i],
                          {s.margin + col * (w + k.card_gap), m.top + row * (h + s.gap), w, h},
                          m.alpha, in_rows, m.rise);
    }
    const float code_h = v.takeaway_url.empty() || !m.code ? 0 : takeaway_code_height(s, side_w);
    if (code_h > 0)
        draw_takeaway_code(c, v.takeaway_url, v.takeaway_caption,
                           {s.width - s.margin - side_w, m.bottom - code_h, side_w, code_h},
                           m.alpha);
    if (m.tips)
        draw_tip_cards(c, v.tips_title, v.tips,
                       {s.width - s.margin - side_w, m.top, side_w,
                        m.bottom - m.top - (code_h > 0 ? code_h + s.gap : 0)},
                       m.alpha);
}

}  // namespace

void draw_results_screen(Canvas& c, const ResultsView& v) {
    const Style& s = c.style();
    c.fill_screen(s.colour.background);
    const float t = ease_out(v.reveal);
    if (t < 1) c.animate_until(v.reveal_ends);

    const std::optional<Rect> code = code_beside_title(s, v);
    float top = draw_title(c, v, code ? code->x - s.margin - s.results.column_gap : s.inner_w);
    if (code) {
        draw_takeaway_code(c, v.takeaway_url, v.takeaway_caption, *code, t);
        top = std::max(top, code->y + code->h + s.results.below_intro);
    }
    const BottomRow row = bottom_row(s, v);
    const float disclaimer_top = draw_disclaimer(c, v.disclaimer, row);
    const Middle middle{.top = top,
                        .bottom = disclaimer_top - s.results.above_bottom,
                        .alpha = t,
                        .rise = (1 - t) * s.short_side * s.results.rise,
                        .code = !code && !s.results.code_with_tips,
                        .tips = !in_two_pages(s, v)};
    if (in_two_pages(s, v) && v.tips_page)
        lay_out_tips_page(c, v, middle);
    else if (s.portrait)
        lay_out_portrait(c, v, middle);
    else
        lay_out_landscape(c, v, middle);

    if (row.turn.w > 0) {
        Rect turn = row.turn;
        if (s.portrait) turn.y = disclaimer_top;  // above the disclaimer
        c.button(
            {.action = shopper::TurnResults{!v.tips_page}, .label = row.turn_label, .area = turn},
            ButtonLook::secondary);
    }
    c.button({.action = shopper::Home{}, .label = v.done, .area = row.done}, ButtonLook::secondary);
    draw_aids_button(c, v.aids);
}

}  // namespace kiosk::ui
