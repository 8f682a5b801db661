#include "ui/still_there_overlay.hpp"

#include <algorithm>
#include <cmath>

namespace kiosk::ui {
namespace {

constexpr float pi = 3.14159265f;
constexpr int ring_segments = 64;
constexpr double ring_redraw_seconds = 0.1;  // the ring moves smoothly: ten frames a second

// The card's height for its words at the card's inner width.
float card_height(const Style& s, const StillThereView& v, float inner) {
    const OverlayLook& k = s.overlay;
    return k.pad + Canvas::text_height(s.font.title, s.size.title, inner, v.title) + s.gap +
           Canvas::text_height(s.font.body, s.size.body, inner, v.body) + s.gap * 2 + k.ring * 2 +
           k.countdown_gap + k.returning_h + s.gap * 2 + k.button_h + k.pad;
}

// The countdown: a ring that empties, the seconds in its middle.
void draw_countdown(Canvas& c, const StillThereView& v, ImVec2 centre, float appear) {
    const Style& s = c.style();
    const Palette& p = s.colour;
    const OverlayLook& k = s.overlay;
    const float thick = k.ring_thickness;
    c.draw()->AddCircle(centre, k.ring - thick / 2, with_alpha(p.line, appear * k.ring_track_alpha),
                        ring_segments, thick);
    const float start = -pi / 2;
    c.draw()->PathArcTo(centre, k.ring - thick / 2, start, start + v.left * 2 * pi, ring_segments);
    c.draw()->PathStroke(with_alpha(p.highlight, appear), 0, thick);
    const std::string number = std::to_string(v.seconds);
    ImFont* big = s.font.countdown;
    const float nw = Canvas::text_width(big, big->FontSize, number);
    const Rect box{centre.x - nw / 2, centre.y - big->FontSize / 2, nw, big->FontSize};
    c.draw()->AddText(big, big->FontSize, {box.x, box.y}, with_alpha(p.text, appear),
                      number.c_str());
    // Its box for the UI dump: the inside of the ring, the ground the number stands on.
    const float inside = (k.ring - thick) * 0.7f;
    c.note_text(TextRole::title, big->FontSize,
                {centre.x - inside, centre.y - inside, 2 * inside, 2 * inside},
                with_alpha(p.text, appear), number);
}

}  // namespace

void draw_still_there_overlay(Canvas& c, const StillThereView& v) {
    const Style& s = c.style();
    const Palette& p = s.colour;
    const OverlayLook& k = s.overlay;
    // Nothing below can be tapped while the question stands.
    const float appear = c.open_overlay(v.appear, v.appear_ends, k.dim);

    const float w = k.w;
    const float inner = w - 2 * k.pad;
    const float h = card_height(s, v, inner);
    Rect card{(s.width - w) / 2, (s.height - h) / 2 + (1 - appear) * k.rise, w, h};
    c.card(card, p.surface, appear);

    const float x = card.x + k.pad;
    float y = card.y + k.pad;
    y += c.text(TextRole::title, s.font.title, s.size.title, s.size.title_smallest,
                {x, y, inner, open_height}, with_alpha(p.text, appear), v.title, Align::centre) +
         s.gap;
    y += c.text(TextRole::body, s.font.body, s.size.body, s.size.smallest,
                {x, y, inner, open_height}, with_alpha(p.text, appear), v.body, Align::centre) +
         s.gap * 2;
    draw_countdown(c, v, {card.x + w / 2, y + k.ring}, appear);
    y += k.ring * 2 + k.countdown_gap;
    y +=
        c.text(TextRole::fine, s.font.small, s.size.small, s.size.small, {x, y, inner, open_height},
               with_alpha(p.muted_text, appear), v.returning, Align::centre) +
        s.gap * 2;

    c.button(
        {.action = shopper::KeepGoing{}, .label = v.keep_going, .area = {x, y, inner, k.button_h}},
        ButtonLook::primary, appear);
    c.redraw_at(c.now() + ring_redraw_seconds);
}

}  // namespace kiosk::ui
