// "Still there?": a countdown over the screen, with Continue, drawn from the view the app
// makes of the flow.
#pragma once

#include "core/still_there_view.hpp"
#include "ui/canvas.hpp"

namespace kiosk::ui {

// Draws over whatever screen is below; the screen's targets are replaced by Continue.
void draw_still_there_overlay(Canvas& canvas, const StillThereView& view);

}  // namespace kiosk::ui
