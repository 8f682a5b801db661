#include "ui/aids_panel.hpp"

#include <algorithm>
#include <cmath>

namespace kiosk::ui {
namespace {

// A switch: a pill track, its knob at the right and filled in the accent when on.
void draw_switch(Canvas& c, const Rect& track, bool on, float alpha) {
    const Palette& p = c.style().colour;
    const float r = track.h / 2;
    if (on)
        c.fill(track, with_alpha(p.accent, alpha), r);
    else
        c.outline(track, with_alpha(p.text, alpha), r, std::max(2.f, c.style().hairline * 1.5f));
    const float knob = r * 0.7f;
    const ImVec2 centre{on ? track.x + track.w - r : track.x + r, track.y + r};
    c.circle(centre, knob, with_alpha(on ? p.accent_text : p.text, alpha));
}

// One aid: its name and what it does at the left, the switch at the right; the row is the
// target.
void draw_row(Canvas& c, const AidRow& row, const Rect& box, float alpha) {
    const Style& s = c.style();
    const AidsLook& k = s.aids;
    const Palette& p = s.colour;
    const Rect area{box.x, box.y, box.w, k.row_h};
    if (c.pressed(area)) c.fill(area, with_alpha(p.surface_pressed, alpha), s.radius);
    const float words_w = box.w - k.switch_w - 2 * s.gap;
    const float name_h = s.size.body * 1.35f;
    const float note_h = area.h - name_h - s.gap;
    const float top = area.y + s.gap / 2;
    c.text(TextRole::heading, s.font.body_bold, s.size.body, s.size.body_smallest,
           {area.x + s.gap, top, words_w, name_h}, with_alpha(p.text, alpha), row.name);
    c.text(TextRole::label, s.font.body, s.size.small, s.size.smallest,
           {area.x + s.gap, top + name_h, words_w, note_h}, with_alpha(p.muted_text, alpha),
           row.note);
    draw_switch(c,
                {area.x + area.w - s.gap - k.switch_w, area.y + (area.h - k.switch_h) / 2,
                 k.switch_w, k.switch_h},
                row.on, alpha);
    c.add_target({.action = shopper::ToggleAid{row.aid},
                  .label = row.name,
                  .area = area,
                  .selected = row.on});
}

}  // namespace

void draw_aids_panel(Canvas& c, const AidsPanelView& v) {
    const Style& s = c.style();
    const Palette& p = s.colour;
    const AidsLook& k = s.aids;
    // The screen below waits while the panel is open.
    const float appear = c.open_overlay(v.appear, v.appear_ends, s.overlay.dim);

    const float inner = k.panel_w - 2 * k.panel_pad;
    const float head_h = std::max(s.size.heading * 1.4f, s.button.height);
    const size_t columns = static_cast<size_t>(std::max(1, k.columns));
    const size_t lines = (v.rows.size() + columns - 1) / columns;
    const float rows_h = static_cast<float>(lines) * (k.row_h + k.row_gap);
    const float h = k.panel_pad + head_h + s.gap + rows_h + k.panel_pad;
    // Low on the screen, from the bottom margin up: in reach, over the button that opened it.
    const Rect card{s.margin, s.height - s.margin - h + (1 - appear) * s.overlay.rise, k.panel_w,
                    h};
    c.card(card, p.surface, appear);

    // The title, and Close at its right.
    const float x = card.x + k.panel_pad;
    float y = card.y + k.panel_pad;
    const float close_w =
        std::max(s.button.height * 2.5f,
                 Canvas::text_width(s.font.button, s.size.button, v.close) + s.button.height);
    const float title_h = s.size.heading * 1.4f;
    c.text(TextRole::heading, s.font.title, s.size.heading, s.size.body,
           {x, y + (head_h - title_h) / 2, inner - close_w - s.gap, title_h},
           with_alpha(p.text, appear), v.title);
    c.button({.action = shopper::CloseAids{},
              .label = v.close,
              .area = {card.x + card.w - k.panel_pad - close_w, y, close_w, s.button.height}},
             ButtonLook::primary, appear);
    y += head_h + s.gap;
    // The aids in reading order: along each line of columns, then down.
    const float gap = s.gap * 2;
    const float w = (inner - gap * static_cast<float>(columns - 1)) / static_cast<float>(columns);
    for (size_t i = 0; i < v.rows.size(); ++i) {
        const float column = static_cast<float>(i % columns),
                    line = static_cast<float>(i / columns);
        draw_row(c, v.rows[i],
                 {x + column * (w + gap), y + line * (k.row_h + k.row_gap), w, k.row_h}, appear);
    }
}

}  // namespace kiosk::ui
