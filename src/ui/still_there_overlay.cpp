#include "ui/still_there_overlay.hpp"

#include <algorithm>
#include <cmath>

#include "ui/words.hpp"

namespace kiosk::ui {

constexpr float pi = 3.14159265f;

void draw_still_there_overlay(Canvas& c, const KioskFlow& flow) {
    const Style& s = c.style();
    const Palette& p = s.colour;
    const double left = std::max(0.0, flow.overlay_seconds_left(c.now()));
    const double total = std::max(0.1, flow.content().kiosk.timing.idle_warning_seconds);
    const float appear = ease_out(progress(c.now(), flow.overlay_since(), 0.3));
    if (appear < 1) c.animate_until(flow.overlay_since() + 0.3);

    c.clear_targets();  // nothing below can be tapped while the question stands
    c.fill({0, 0, s.width, s.height}, with_alpha(p.text, 0.55f * appear));

    const float w = std::min(s.width - 2 * s.margin, s.short_side * 0.8f);
    const float ring = s.short_side * 0.11f;
    const float button_h = std::round(s.short_side * 0.11f);
    const std::string title = word(flow, "still_there"), body = word(flow, "still_there_body");
    const int seconds = static_cast<int>(std::ceil(left));
    const std::string returning =
        fill_in(word(flow, "returning_in"), "seconds", std::to_string(seconds));
    const float pad = s.gap * 2.5f;
    const float inner = w - 2 * pad;
    float h = pad + Canvas::text_height(s.font.title, s.font.title->FontSize, inner, title) +
              s.gap + Canvas::text_height(s.font.body, s.font.body->FontSize, inner, body) +
              s.gap * 2 + ring * 2 + s.gap * 1.2f + s.font.small->FontSize * 1.5f + s.gap * 2 +
              button_h + pad;
    Rect card{(s.width - w) / 2, (s.height - h) / 2 + (1 - appear) * s.gap * 2, w, h};
    c.card(card, p.surface, appear);

    float y = card.y + pad;
    y += c.text(s.font.title, s.font.title->FontSize, s.short_side * 0.04f,
                {card.x + pad, y, inner, 1e6f}, with_alpha(p.text, appear), title, Align::centre) +
         s.gap;
    y += c.text(s.font.body, s.font.body->FontSize, s.short_side * 0.022f,
                {card.x + pad, y, inner, 1e6f}, with_alpha(p.text, appear), body, Align::centre) +
         s.gap * 2;

    // The countdown: a ring that empties, the seconds in its middle.
    ImVec2 centre{card.x + w / 2, y + ring};
    const float thick = std::max(4.f, ring * 0.14f);
    c.draw()->AddCircle(centre, ring - thick / 2, with_alpha(p.line, appear * 1.5f), 64, thick);
    const float share = static_cast<float>(left / total);
    const float start = -pi / 2;
    c.draw()->PathArcTo(centre, ring - thick / 2, start, start + share * 2 * pi, 64);
    c.draw()->PathStroke(with_alpha(p.highlight, appear), 0, thick);
    const std::string number = std::to_string(seconds);
    ImFont* big = s.font.countdown;
    float nw = Canvas::text_width(big, big->FontSize, number);
    c.draw()->AddText(big, big->FontSize, {centre.x - nw / 2, centre.y - big->FontSize / 2},
                      with_alpha(p.text, appear), number.c_str());
    y += ring * 2 + s.gap * 1.2f;
    y += c.text(s.font.small, s.font.small->FontSize, s.font.small->FontSize,
                {card.x + pad, y, inner, 1e6f}, with_alpha(p.muted_text, appear), returning,
                Align::centre) +
         s.gap * 2;

    const std::string label = word(flow, "continue");
    c.button({.action = shopper::KeepGoing{},
              .label = label,
              .area = {card.x + pad, y, inner, button_h}},
             ButtonLook::primary, appear);
    // The ring moves smoothly; redraw about ten times a second of real time.
    c.redraw_at(c.now() + 0.1);
}

}  // namespace kiosk::ui
