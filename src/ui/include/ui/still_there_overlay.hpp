// "Still there?": a countdown over the screen, with Continue.
#pragma once

#include "core/kiosk_flow.hpp"
#include "ui/canvas.hpp"

namespace kiosk::ui {

// Draws over whatever screen is below; the screen's targets are replaced by Continue.
void draw_still_there_overlay(Canvas& canvas, const KioskFlow& flow);

}  // namespace kiosk::ui
