#include "ui/answer_tile.hpp"

#include <algorithm>
#include <cmath>

namespace kiosk::ui {
namespace {

// The tick in a chosen mark, in units of the tick's size from the mark's centre.
struct Point {
    float x, y;
};
constexpr Point tick_points[3] = {{-1.f, 0.f}, {-0.25f, 0.8f}, {1.1f, -0.8f}};

// The card, a little smaller under a finger; returns where it was drawn.
Rect draw_tile_card(Canvas& c, const AnswerTile& tile, const Rect& r, float alpha, float shift) {
    const Style& s = c.style();
    const Palette& p = s.colour;
    const bool down = c.pressed(r);
    Rect drawn{r.x + shift, r.y, r.w, r.h};
    if (down) {
        float inset = std::min(r.w, r.h) * s.button.press_inset;
        drawn = {drawn.x + inset, r.y + inset, r.w - 2 * inset, r.h - 2 * inset};
    }
    const ImU32 fill = tile.selected ? (down ? p.tile_chosen_pressed : p.tile_chosen)
                                     : (down ? p.tile_pressed : p.surface);
    c.card(drawn, fill, alpha * (tile.full ? s.quiz.full_alpha : 1.f));
    if (tile.selected)
        c.outline(drawn, with_alpha(p.accent, alpha), s.radius, s.quiz.chosen_outline);
    return drawn;
}

// In place of an icon that failed to load: the answer's first letter on the disc, so that the
// tile's words stay in line with those of its neighbours.
void draw_icon_initial(Canvas& c, const std::string& initial, const Rect& disc, float alpha) {
    const Style& s = c.style();
    ImFont* font = s.font.heading;
    const float size = std::min(s.size.heading, disc.h * s.quiz.initial_share);
    const float w = Canvas::text_width(font, size, initial);
    c.draw()->AddText(
        font, size,
        {std::round(disc.x + (disc.w - w) / 2), std::round(disc.y + (disc.h - size) / 2)},
        with_alpha(s.colour.accent, alpha), initial.c_str());
}

// The icon on a soft disc at the tile's left; returns where the words start.
float draw_tile_icon(Canvas& c, const AnswerTile& tile, const Rect& drawn, float pad, float alpha) {
    const Style& s = c.style();
    const QuizLook& q = s.quiz;
    const float x = drawn.x + pad;
    if (tile.icon.empty()) return x;
    const float icon = std::min(drawn.h - 2 * pad, drawn.w * q.icon_share);
    const float top = drawn.y + (drawn.h - icon) / 2;
    const Rect disc{x, top, icon, icon};
    c.fill(disc, with_alpha(s.colour.background, alpha), icon / 2);
    const Rect picture{x + icon * q.icon_inset, top + icon * q.icon_inset, icon * q.icon_picture,
                       icon * q.icon_picture};
    if (c.picture(tile.icon, picture, alpha) == PictureState::failed)
        draw_icon_initial(c, tile.initial, disc, alpha);
    return x + icon + pad * q.icon_gap;
}

void draw_tile_label(Canvas& c, const AnswerTile& tile, const Rect& drawn, float x, float pad,
                     float alpha) {
    const Style& s = c.style();
    const Rect label{x, drawn.y + pad / 2, drawn.x + drawn.w - x - pad - s.quiz.mark,
                     drawn.h - pad};
    const float size = c.fit_text(s.font.button, s.size.button, s.size.smallest, label, tile.label);
    const float h = Canvas::text_height(s.font.button, size, label.w, tile.label);
    c.text(TextRole::label, s.font.button, size, size,
           {label.x, drawn.y + (drawn.h - h) / 2, label.w, h + 1},
           with_alpha(s.colour.text, alpha * (tile.full ? s.quiz.full_alpha : 1.f)), tile.label);
}

// The mark at the right. A choose-many tile: a check box, empty or filled with a tick. A
// choose-one tile moves on when tapped, so it has no mark until it is chosen: then a round tick
// confirms the answer while the next question comes.
void draw_check_mark(Canvas& c, const AnswerTile& tile, const Rect& drawn, float pad, float alpha) {
    const Style& s = c.style();
    const QuizLook& q = s.quiz;
    const float mark = q.mark;
    const ImVec2 centre{drawn.x + drawn.w - pad * q.mark_inset - mark / 2, drawn.y + drawn.h / 2};
    const Rect box{centre.x - mark / 2, centre.y - mark / 2, mark, mark};
    if (!tile.selected) {
        if (tile.many)
            c.outline(box, with_alpha(s.colour.text, alpha * q.box_alpha), mark * q.box_radius,
                      q.ring_width);
        return;
    }
    if (tile.many)
        c.fill(box, with_alpha(s.colour.accent, alpha), mark * q.box_radius);
    else
        c.circle(centre, mark / 2, with_alpha(s.colour.accent, alpha));
    const float k = mark * q.tick;
    ImVec2 pts[3];
    for (int i = 0; i < 3; ++i)
        pts[i] = {centre.x + k * tick_points[i].x, centre.y + k * tick_points[i].y};
    c.draw()->AddPolyline(pts, 3, with_alpha(s.colour.accent_text, alpha), 0, q.tick_width);
}

}  // namespace

void draw_answer_tile(Canvas& c, const std::string& question, const AnswerTile& tile, const Rect& r,
                      float alpha, float shift) {
    const Rect drawn = draw_tile_card(c, tile, r, alpha, shift);
    const float pad = std::round(std::min(drawn.h, drawn.w) * c.style().quiz.tile_pad);
    const float words_x = draw_tile_icon(c, tile, drawn, pad, alpha);
    draw_tile_label(c, tile, drawn, words_x, pad, alpha);
    draw_check_mark(c, tile, drawn, pad, alpha);
    c.add_target({.action = shopper::Answer{question, tile.answer},
                  .label = tile.label,
                  .area = r,
                  .selected = tile.selected,
                  .enabled = !tile.full});
}

}  // namespace kiosk::ui
