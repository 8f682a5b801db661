// The demo autopilot's finger: a ring that settles on the target it is about to tap, so
// onlookers see what is being pressed and why the screen changes, and can still read it.
#pragma once

#include "core/touch_target.hpp"
#include "ui/canvas.hpp"

namespace kiosk::ui {

// `reach` runs from 0 (the finger appears) to 1 (the tap).
void draw_autopilot_finger(Canvas& canvas, const Rect& target, float reach);

}  // namespace kiosk::ui
