// The attract loop: the slides about the gut–skin axis, their progress, the language buttons
// and the big start button, drawn from the view the app makes of the flow.
#pragma once

#include "core/attract_view.hpp"
#include "ui/canvas.hpp"

namespace kiosk::ui {

void draw_attract_screen(Canvas& canvas, const AttractView& view);

}  // namespace kiosk::ui
