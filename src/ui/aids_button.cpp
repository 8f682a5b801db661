#include "ui/aids_button.hpp"

#include <algorithm>
#include <cmath>

#include "ui/chrome.hpp"

namespace kiosk::ui {

Rect aids_button_area(const Style& s, const AidsButtonView& v) {
    const AidsLook& k = s.aids;
    const float h = s.button.height;
    const float w =
        std::max(k.least_w, 2 * k.pad + k.icon + k.icon_gap +
                                Canvas::text_width(s.font.button, s.size.button, v.label));
    return {s.margin, s.height - s.margin - h, std::min(w, s.inner_w / 2), h};
}

void draw_access_symbol(Canvas& c, ImVec2 centre, float size, ImU32 colour) {
    ImDrawList* d = c.draw();
    const float r = size / 2;
    const float line = std::max(2.f, size * 0.08f);
    d->AddCircle(centre, r - line / 2, colour, 48, line);
    // A person with open arms: the head, the arms across, the body, the legs apart.
    const float u = r * 0.62f;
    d->AddCircleFilled({centre.x, centre.y - u * 0.72f}, u * 0.2f, colour, 16);
    d->AddLine({centre.x - u * 0.72f, centre.y - u * 0.3f},
               {centre.x + u * 0.72f, centre.y - u * 0.3f}, colour, line);
    d->AddLine({centre.x, centre.y - u * 0.3f}, {centre.x, centre.y + u * 0.22f}, colour, line);
    d->AddLine({centre.x, centre.y + u * 0.18f}, {centre.x - u * 0.42f, centre.y + u * 0.86f},
               colour, line);
    d->AddLine({centre.x, centre.y + u * 0.18f}, {centre.x + u * 0.42f, centre.y + u * 0.86f},
               colour, line);
}

Rect draw_aids_button(Canvas& c, const AidsButtonView& v, float alpha) {
    const Style& s = c.style();
    const Palette& p = s.colour;
    const AidsLook& k = s.aids;
    const Rect area = aids_button_area(s, v);
    const bool down = c.pressed(area);
    c.fill(area, with_alpha(down ? p.background_pressed : p.surface, alpha), area.h / 2);
    if (v.any_on)
        c.outline(area, with_alpha(p.accent, alpha), area.h / 2, s.chrome.current_outline);
    else
        c.outline(area, with_alpha(p.line, alpha), area.h / 2, s.hairline);
    const ImU32 ink = with_alpha(v.any_on ? p.accent : p.text, alpha);
    draw_access_symbol(c, {area.x + k.pad + k.icon / 2, area.y + area.h / 2}, k.icon, ink);
    const float x = area.x + k.pad + k.icon + k.icon_gap;
    const float w = area.x + area.w - k.pad - x;
    const float size = Canvas::fitting_size(s.font.button, s.size.button,
                                            s.chrome.language_smallest, {0, 0, w, area.h}, v.label);
    const float th = Canvas::text_height(s.font.button, size, w, v.label);
    c.text(TextRole::label, s.font.button, size, size, {x, area.y + (area.h - th) / 2, w, th + 1},
           ink, v.label);
    c.add_target({.action = shopper::OpenAids{}, .label = v.label, .area = area});
    return area;
}

}  // namespace kiosk::ui
