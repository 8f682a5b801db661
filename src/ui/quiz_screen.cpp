#include "ui/quiz_screen.hpp"

#include <algorithm>
#include <cmath>

#include "ui/aids_button.hpp"
#include "ui/answer_tile.hpp"
#include "ui/chrome.hpp"

namespace kiosk::ui {
namespace {

struct Grid {
    int columns = 1, rows = 1;
};

// Portrait: one tile a row, as wide as the column. Landscape: up to three a row, or two where
// the column is narrow for its words (the reach mode's band on a portrait screen).
Grid portrait_grid(int answers) {
    return {1, answers};
}
Grid landscape_grid(int answers, int most) {
    const int columns = std::min(most, answers <= 3 ? answers : (answers == 4 ? 2 : 3));
    return {columns, (answers + columns - 1) / columns};
}
Grid grid_for(const Style& s, size_t answers) {
    const int n = static_cast<int>(std::max<size_t>(1, answers));
    const int most = s.quiz.column_w < s.short_side * 1.3f ? 2 : 3;
    return s.portrait ? portrait_grid(n) : landscape_grid(n, most);
}

// "2 of 4" over a bar that fills question by question, in the middle of the top row.
void draw_progress(Canvas& c, const QuizView& v, const Rect& row) {
    const Style& s = c.style();
    ImFont* font = s.font.body_bold;
    const float size = s.size.body_bold;
    const float w = Canvas::text_width(font, size, v.progress);
    const float bar_w = std::min(row.w / 2, s.quiz.progress_w);
    const float y = row.y + (row.h - size - s.gap) / 2;
    c.draw()->AddText(font, size, {std::round(row.x + (row.w - w) / 2), y}, s.colour.muted_text,
                      v.progress.c_str());
    c.note_text(TextRole::fine, size, {std::round(row.x + (row.w - w) / 2), y, w, size},
                s.colour.muted_text, v.progress);
    const float h = s.bar;
    const Rect bar{row.x + (row.w - bar_w) / 2, y + size + s.gap / 2, bar_w, h};
    c.fill(bar, s.colour.line, h / 2);
    c.fill(
        {bar.x, bar.y, std::max(h, bar.w * static_cast<float>(v.number) / std::max(1, v.total)), h},
        s.colour.accent, h / 2);
}

// The question's column: the one left edge of the buttons, the question and its tiles.
float column_x(const Style& s) {
    return std::round((s.width - s.quiz.column_w) / 2);
}

// Home on the left, the progress in the middle.
void draw_top_row(Canvas& c, const QuizView& v) {
    const Style& s = c.style();
    const float row_h = s.touch;
    const float x = column_x(s);
    const float home_w = button_width(s, v.home, s.quiz.home_min_w, s.quiz.home_pad);
    c.button({.action = shopper::Home{}, .label = v.home, .area = {x, s.top, home_w, row_h}},
             ButtonLook::quiet);
    draw_progress(c, v, {x + home_w, s.top, s.quiz.column_w - 2 * home_w, row_h});
}

// How many are chosen on a choose-many question, between Back and Next.
void draw_chosen_count(Canvas& c, const QuizView& v, const Rect& between) {
    const Style& s = c.style();
    const float size = s.size.body;
    c.text(TextRole::body, s.font.body, size, s.size.smallest,
           {between.x, between.y + (between.h - size) / 2, between.w, size * 1.3f},
           s.colour.muted_text, v.chosen, Align::centre);
}

// Back (from the second question on), and Next on a choose-many question: quiet until something
// is chosen. Returns the row's top.
float draw_bottom_row(Canvas& c, const QuizView& v) {
    const Style& s = c.style();
    const float h = s.button.height;
    const float top = s.height - s.margin - h;
    const float x = column_x(s), right = x + s.quiz.column_w;
    const Rect aids = draw_aids_button(c, v.aids);
    float left = std::max(x, aids.x + aids.w + s.gap);
    if (v.has_back) {
        const float back_w = button_width(s, v.back, s.quiz.back_min_w, s.quiz.back_pad);
        c.button({.action = shopper::Back{}, .label = v.back, .area = {left, top, back_w, h}},
                 ButtonLook::quiet);
        left += back_w + s.gap;
    }
    if (v.has_next) {
        const float next_w = button_width(s, v.next, s.button.primary_min_w, s.button.primary_pad);
        c.button({.action = shopper::Next{},
                  .label = v.next,
                  .area = {right - next_w, top, next_w, h},
                  .enabled = v.next_enabled},
                 v.next_ready ? ButtonLook::primary : ButtonLook::secondary);
        const Rect between{left, top, right - next_w - s.gap - left, h};
        if (between.w >= Canvas::text_width(s.font.body, s.size.body, v.chosen) + s.gap) {
            draw_chosen_count(c, v, between);
        } else {  // a narrow row (portrait, with Back and the accessibility button): above Next
            const float line = s.size.body * 1.6f;
            draw_chosen_count(c, v, {right - next_w, top - line - s.gap / 2, next_w, line});
            return top - line - s.gap / 2;
        }
    }
    return top;
}

// The question and its hint from `y` down; returns where the tiles may start.
float draw_question(Canvas& c, const QuizView& v, float x, float y, float alpha) {
    const Style& s = c.style();
    const float w = s.quiz.column_w;
    y += c.text(TextRole::title, s.font.title, s.size.title, s.size.question_smallest,
                {x, y, w, s.quiz.question_h}, with_alpha(s.colour.text, alpha), v.question);
    y += s.gap / 2;
    y += c.text(TextRole::body, s.font.body, s.size.body, s.size.smallest, {x, y, w, s.quiz.hint_h},
                with_alpha(s.colour.muted_text, alpha), v.hint);
    return y + s.quiz.tiles_top_gap;
}

// The tiles fill the space between `top` and `bottom`, no taller than they need to be; a short
// last row is centred.
void draw_answer_tiles(Canvas& c, const QuizView& v, float x0, float top, float bottom, float alpha,
                       float shift) {
    const Style& s = c.style();
    const QuizLook& q = s.quiz;
    const Grid g = grid_for(s, v.answers.size());
    const float gap = q.tile_gap;
    const float area_h = bottom - q.tiles_bottom_gap - top;
    float tile_h = std::min(
        (area_h - gap * static_cast<float>(g.rows - 1)) / static_cast<float>(g.rows), q.tile_max_h);
    tile_h = std::max(tile_h, s.touch);
    const float tile_w =
        (q.column_w - gap * static_cast<float>(g.columns - 1)) / static_cast<float>(g.columns);
    const float grid_h = tile_h * static_cast<float>(g.rows) + gap * static_cast<float>(g.rows - 1);
    const float y0 = top + std::max(0.f, (area_h - grid_h) / 2 * q.tiles_centring);
    const int n = static_cast<int>(v.answers.size());
    for (int i = 0; i < n; ++i) {
        const int row = i / g.columns, column = i % g.columns;
        const int in_row = std::min(g.columns, n - row * g.columns);
        const float row_w =
            tile_w * static_cast<float>(in_row) + gap * static_cast<float>(in_row - 1);
        const float rx = x0 + (q.column_w - row_w) / 2;
        Rect r{std::round(rx + static_cast<float>(column) * (tile_w + gap)),
               std::round(y0 + static_cast<float>(row) * (tile_h + gap)), std::round(tile_w),
               std::round(tile_h)};
        draw_answer_tile(c, v.question_id, v.answers[static_cast<size_t>(i)], r, alpha, shift);
    }
}

}  // namespace

void draw_quiz_screen(Canvas& c, const QuizView& v) {
    const Style& s = c.style();
    for (const std::string& picture : *v.pictures_ahead) c.prefetch(picture);
    c.fill_screen(s.colour.background);
    draw_top_row(c, v);
    const float bottom = draw_bottom_row(c, v);

    // The question slides in from the side it comes from.
    const float t = ease_out(v.arrival);
    if (t < 1) c.animate_until(v.arrival_ends);
    const float shift = (1 - t) * s.short_side * s.quiz.slide_in * (v.from_left ? -1.f : 1.f);
    const float alpha = s.quiz.arriving_alpha + (1 - s.quiz.arriving_alpha) * t;

    const float x0 = column_x(s);
    const float tiles_top =
        draw_question(c, v, x0 + shift, s.top + s.touch + s.quiz.question_top_gap, alpha);
    draw_answer_tiles(c, v, x0, tiles_top, bottom, alpha, shift);
}

}  // namespace kiosk::ui
