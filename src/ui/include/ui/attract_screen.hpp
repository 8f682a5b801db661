// The attract loop: the slides about the gut–skin axis, their progress, the language buttons
// and the big start button.
#pragma once

#include "core/kiosk_flow.hpp"
#include "ui/canvas.hpp"

namespace kiosk::ui {

void draw_attract_screen(Canvas& canvas, const KioskFlow& flow);

}  // namespace kiosk::ui
