#include "ui/autopilot_finger.hpp"

#include <algorithm>

namespace kiosk::ui {

void draw_autopilot_finger(Canvas& c, const Rect& target, float reach) {
    const Style& s = c.style();
    const float t = ease_in_out(reach);
    const ImVec2 centre{target.x + target.w / 2, target.y + target.h / 2};
    const FingerLook& f = s.finger;
    const float radius = f.size * (f.start - f.shrink * t);
    c.circle(centre, radius, with_alpha(s.colour.text, f.alpha + f.alpha_gain * t));
    c.draw()->AddCircle(centre, radius, with_alpha(s.colour.accent_text, f.ring_alpha), 48,
                        s.stroke);
}

}  // namespace kiosk::ui
