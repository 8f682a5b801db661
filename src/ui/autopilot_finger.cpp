#include "ui/autopilot_finger.hpp"

#include <algorithm>

namespace kiosk::ui {
namespace {

constexpr int ring_segments = 48;

}  // namespace

void draw_autopilot_finger(Canvas& c, const Rect& target, float reach) {
    const Style& s = c.style();
    const float t = ease_in_out(reach);
    const ImVec2 centre{target.x + target.w / 2, target.y + target.h / 2};
    const FingerLook& f = s.finger;
    const float radius = f.size * (f.start - f.shrink * t);
    c.circle(centre, radius, with_alpha(s.colour.highlight, f.fill + f.fill_gain * t));
    c.draw()->AddCircle(centre, radius - f.ring / 2, with_alpha(s.colour.highlight, f.ring_alpha),
                        ring_segments, f.ring);
}

}  // namespace kiosk::ui
