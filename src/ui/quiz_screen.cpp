#include "ui/quiz_screen.hpp"

#include <algorithm>
#include <cmath>

#include "ui/words.hpp"

namespace kiosk::ui {
namespace {

constexpr double slide_in_seconds = 0.35;

struct Grid {
    int columns = 1, rows = 1;
};

Grid grid_for(const Style& s, size_t answers) {
    const int n = static_cast<int>(std::max<size_t>(1, answers));
    if (s.portrait) return {1, n};
    int columns = n <= 3 ? n : (n == 4 ? 2 : 3);
    return {columns, (n + columns - 1) / columns};
}

std::string hint_for(const KioskFlow& flow, const Question& q) {
    std::string hint = text(flow, q.hint);
    if (!hint.empty()) return hint;
    if (q.choose == Choose::one) return word(flow, "pick_one");
    if (q.max > 0) return fill_in(word(flow, "pick_many"), "max", std::to_string(q.max));
    return word(flow, "pick_any");
}

// The tile is drawn `shift` pixels to the side while it slides in; it accepts taps where it
// comes to rest, so a quick finger never misses.
void draw_tile(Canvas& c, const KioskFlow& flow, const Question& q, const Answer& a, Rect r,
               float alpha, float shift) {
    const Style& s = c.style();
    const bool chosen = flow.is_chosen(a.id);
    const bool full = q.choose == Choose::many && !chosen &&
                      static_cast<int>(flow.choices().count(q.id) ? flow.choices().at(q.id).size()
                                                                  : 0) >= q.most_answers();
    TouchTarget target{.action = shopper::Answer{q.id, a.id},
                       .label = text(flow, a.text),
                       .area = r,
                       .selected = chosen};
    Rect drawn{r.x + shift, r.y, r.w, r.h};
    if (c.pressed(r)) {
        float inset = std::min(r.w, r.h) * 0.03f;
        drawn = {drawn.x + inset, r.y + inset, r.w - 2 * inset, r.h - 2 * inset};
    }
    const Palette& p = s.colour;
    ImU32 fill = chosen ? mix(p.surface, p.accent, 0.12f) : p.surface;
    if (c.pressed(r)) fill = mix(fill, p.accent, 0.12f);
    c.card(drawn, fill, alpha * (full ? 0.6f : 1.f));
    if (chosen)
        c.outline(drawn, with_alpha(p.accent, alpha), s.radius,
                  std::max(2.f, s.short_side * 0.005f));

    const float pad = std::round(std::min(drawn.h, drawn.w) * 0.14f);
    float x = drawn.x + pad;
    if (!a.image.empty()) {
        const float icon = std::min(drawn.h - 2 * pad, drawn.w * 0.3f);
        c.fill({x, drawn.y + (drawn.h - icon) / 2, icon, icon}, with_alpha(p.background, alpha),
               icon / 2);
        c.picture(a.image,
                  {x + icon * 0.12f, drawn.y + (drawn.h - icon) / 2 + icon * 0.12f, icon * 0.76f,
                   icon * 0.76f},
                  alpha);
        x += icon + pad * 0.8f;
    }
    // Room on the right for the check mark.
    const float mark = std::round(s.short_side * 0.032f);
    Rect label{x, drawn.y + pad * 0.5f, drawn.x + drawn.w - x - pad - mark, drawn.h - pad};
    float size = Canvas::fitting_size(s.font.button, s.font.button->FontSize, s.short_side * 0.022f,
                                      label, target.label);
    float h = Canvas::text_height(s.font.button, size, label.w, target.label);
    c.text(s.font.button, size, size, {label.x, drawn.y + (drawn.h - h) / 2, label.w, h + 1},
           with_alpha(p.text, alpha * (full ? 0.6f : 1.f)), target.label);

    // A round mark: empty ring, or filled with a tick when chosen.
    ImVec2 centre{drawn.x + drawn.w - pad * 0.6f - mark / 2, drawn.y + drawn.h / 2};
    if (chosen) {
        c.circle(centre, mark / 2, with_alpha(p.accent, alpha));
        float k = mark * 0.22f;
        ImVec2 pts[3] = {{centre.x - k, centre.y},
                         {centre.x - k * 0.25f, centre.y + k * 0.8f},
                         {centre.x + k * 1.1f, centre.y - k * 0.8f}};
        c.draw()->AddPolyline(pts, 3, with_alpha(p.accent_text, alpha), 0,
                              std::max(2.f, mark * 0.12f));
    } else {
        c.draw()->AddCircle(centre, mark / 2, with_alpha(p.line, alpha * 1.8f), 40,
                            std::max(1.5f, mark * 0.06f));
    }
    c.add_target(std::move(target));
}

void draw_progress(Canvas& c, const KioskFlow& flow, const Rect& row) {
    const Style& s = c.style();
    const int n = flow.question_number(), total = flow.question_total();
    std::string label = fill_in(fill_in(word(flow, "question_progress"), "n", std::to_string(n)),
                                "total", std::to_string(total));
    ImFont* font = s.font.body_bold;
    float w = Canvas::text_width(font, font->FontSize, label);
    float bar_w = std::min(row.w * 0.5f, s.short_side * 0.5f);
    float y = row.y + (row.h - font->FontSize - s.gap) / 2;
    c.draw()->AddText(font, font->FontSize, {std::round(row.x + (row.w - w) / 2), y},
                      s.colour.muted_text, label.c_str());
    const float h = std::max(4.f, std::round(s.short_side * 0.008f));
    Rect bar{row.x + (row.w - bar_w) / 2, y + font->FontSize + s.gap * 0.5f, bar_w, h};
    c.fill(bar, s.colour.line, h / 2);
    c.fill({bar.x, bar.y, std::max(h, bar.w * static_cast<float>(n) / std::max(1, total)), h},
           s.colour.accent, h / 2);
}

// Pictures the shopper is likely to see next: the icons of the questions still to come, and
// the products the answers so far point to, so the results come up whole.
void prefetch_what_comes_next(Canvas& c, const KioskFlow& flow) {
    const auto& questions = flow.content().quiz.questions;
    for (size_t i = static_cast<size_t>(
             std::max(0, flow.content().quiz.question_index(flow.question().id)));
         i < questions.size(); ++i)
        for (const Answer& a : questions[i].answers) c.prefetch(a.image);
    for (const RecommendedProduct& p : recommend(flow.content(), flow.choices()).products)
        c.prefetch(p.product->image);
}

}  // namespace

void draw_quiz_screen(Canvas& c, const KioskFlow& flow) {
    const Style& s = c.style();
    const Question& q = flow.question();
    prefetch_what_comes_next(c, flow);
    c.fill_screen(s.colour.background);

    // Top row: Home on the left, progress in the middle.
    const float top = s.margin * 0.7f;
    const float row_h = s.touch;
    const std::string home = word(flow, "home");
    float home_w =
        std::max(s.touch * 1.6f,
                 Canvas::text_width(s.font.button, s.font.button->FontSize, home) + s.gap * 3);
    c.button({.action = shopper::Home{}, .label = home, .area = {s.margin, top, home_w, row_h}},
             ButtonLook::quiet);
    draw_progress(c, flow, {s.margin + home_w, top, s.width - 2 * (s.margin + home_w), row_h});

    // Bottom row: Back, and Next on a choose-many question.
    const float bottom_h = std::round(s.short_side * 0.1f);
    const float bottom = s.height - s.margin - bottom_h;
    const std::string back = word(flow, "back");
    float back_w =
        std::max(s.short_side * 0.22f,
                 Canvas::text_width(s.font.button, s.font.button->FontSize, back) + s.gap * 4);
    c.button(
        {.action = shopper::Back{}, .label = back, .area = {s.margin, bottom, back_w, bottom_h}},
        ButtonLook::quiet);
    if (q.choose == Choose::many) {
        const std::string next = word(flow, "next");
        float next_w =
            std::max(s.short_side * 0.3f,
                     Canvas::text_width(s.font.button, s.font.button->FontSize, next) + s.gap * 6);
        c.button({.action = shopper::Next{},
                  .label = next,
                  .area = {s.width - s.margin - next_w, bottom, next_w, bottom_h},
                  .enabled = flow.can_go_next()},
                 ButtonLook::primary);
    }

    // The question slides in from the side it comes from.
    const float t = ease_out(progress(c.now(), flow.question_since(), slide_in_seconds));
    if (t < 1) c.animate_until(flow.question_since() + slide_in_seconds);
    const float shift = (1 - t) * s.short_side * 0.08f * (flow.moving_back() ? -1.f : 1.f);
    const float alpha = 0.25f + 0.75f * t;

    const float content_w = std::min(s.width - 2 * s.margin, s.short_side * 1.55f);
    const float x0 = (s.width - content_w) / 2;
    float y = top + row_h + s.gap * 2.2f;
    const std::string question = text(flow, q.text);
    const float max_question_h = s.height * 0.2f;
    y += c.text(s.font.heading, s.font.heading->FontSize, s.short_side * 0.03f,
                {x0 + shift, y, content_w, max_question_h}, with_alpha(s.colour.text, alpha),
                question);
    y += s.gap * 0.5f;
    y += c.text(s.font.body, s.font.body->FontSize, s.short_side * 0.022f,
                {x0 + shift, y, content_w, s.height * 0.08f},
                with_alpha(s.colour.muted_text, alpha), hint_for(flow, q));
    y += s.gap * 1.6f;

    // Answer tiles fill the space between, no taller than they need to be.
    const Grid g = grid_for(s, q.answers.size());
    const float gap = s.gap * 1.1f;
    const float area_h = bottom - s.gap * 1.5f - y;
    float tile_h =
        std::min((area_h - gap * static_cast<float>(g.rows - 1)) / static_cast<float>(g.rows),
                 s.short_side * (s.portrait ? 0.15f : 0.2f));
    tile_h = std::max(tile_h, s.touch);
    const float tile_w =
        (content_w - gap * static_cast<float>(g.columns - 1)) / static_cast<float>(g.columns);
    const float grid_h = tile_h * static_cast<float>(g.rows) + gap * static_cast<float>(g.rows - 1);
    const float y0 = y + std::max(0.f, (area_h - grid_h) / 2 * 0.6f);
    for (size_t i = 0; i < q.answers.size(); ++i) {
        const int row = static_cast<int>(i) / g.columns, column = static_cast<int>(i) % g.columns;
        const int in_row =
            std::min(g.columns, static_cast<int>(q.answers.size()) - row * g.columns);
        const float row_w =
            tile_w * static_cast<float>(in_row) + gap * static_cast<float>(in_row - 1);
        const float rx = x0 + (content_w - row_w) / 2;  // a short last row is centred
        Rect r{std::round(rx + static_cast<float>(column) * (tile_w + gap)),
               std::round(y0 + static_cast<float>(row) * (tile_h + gap)), std::round(tile_w),
               std::round(tile_h)};
        draw_tile(c, flow, q, q.answers[i], r, alpha, shift);
    }
}

}  // namespace kiosk::ui
