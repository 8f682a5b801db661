// The results: recommended products with why they fit, tips, the disclaimer, Start over.
#pragma once

#include "core/kiosk_flow.hpp"
#include "ui/canvas.hpp"

namespace kiosk::ui {

void draw_results_screen(Canvas& canvas, const KioskFlow& flow);

}  // namespace kiosk::ui
