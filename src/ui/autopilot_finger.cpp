#include "ui/autopilot_finger.hpp"

#include <algorithm>

namespace kiosk::ui {

void draw_autopilot_finger(Canvas& c, const Rect& target, float reach) {
    const Style& s = c.style();
    const float t = ease_in_out(reach);
    const ImVec2 centre{target.x + target.w / 2, target.y + target.h / 2};
    const float size = s.short_side * 0.035f;
    const float radius = size * (1.8f - 0.8f * t);
    c.circle(centre, radius, with_alpha(s.colour.text, 0.10f + 0.18f * t));
    c.draw()->AddCircle(centre, radius, with_alpha(s.colour.accent_text, 0.9f), 48,
                        std::max(2.f, s.short_side * 0.004f));
}

}  // namespace kiosk::ui
