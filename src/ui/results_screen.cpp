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
    const float w = std::round(s.inner_w * s.results.top_code_share);
    return Rect{s.width - s.margin - w, s.results.top, w, takeaway_code_height(s, w)};
}

// The bottom row: the one way out, Done, at the bottom right on every screen; the disclaimer
// beside it (landscape) or above the row across the screen (portrait).
struct BottomRow {
    Rect done;
    Rect aids;
    float disclaimer_top = 0;  // where the row's contents start
};

BottomRow bottom_row(const Style& s, const ResultsView& v) {
    const float h = s.button.height;
    const float top = s.height - s.margin - h;
    const float done_w = button_width(s, v.done, s.results.done_min_w, s.results.done_pad);
    return {{s.width - s.margin - done_w, top, done_w, h}, aids_button_area(s, v.aids), top};
}

// Draws the disclaimer; returns the top of the bottom row.
float draw_disclaimer(Canvas& c, const std::string& disclaimer, const BottomRow& row) {
    const Style& s = c.style();
    ImFont* font = s.font.small;
    const float size = s.size.small;
    if (!s.portrait) {
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
    return top;
}

// What goes between the title and the bottom row, and how far it is drawn below its place.
struct Middle {
    float top = 0, bottom = 0;
    float alpha = 1, rise = 0;
    bool code = true;  // the takeaway code among the tips (else it is beside the title)
};

bool has_side_column(const ResultsView& v, const Middle& m) {
    return !v.tips.empty() || (m.code && !v.takeaway_url.empty());
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
    draw_tip_cards(
        c, v.tips_title, v.tips,
        {s.margin, m.bottom - tips_h, s.inner_w - (code_w > 0 ? code_w + k.tips_gap : 0), tips_h},
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
                        .code = !code};
    if (s.portrait)
        lay_out_portrait(c, v, middle);
    else
        lay_out_landscape(c, v, middle);

    c.button({.action = shopper::Home{}, .label = v.done, .area = row.done}, ButtonLook::secondary);
    draw_aids_button(c, v.aids);
}

}  // namespace kiosk::ui
