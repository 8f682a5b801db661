// The results: recommended products with why they fit, tips, the take-away code, the
// disclaimer, Home and Start over, drawn from the view the app makes of the flow.
#pragma once

#include "core/results_view.hpp"
#include "ui/canvas.hpp"

namespace kiosk::ui {

void draw_results_screen(Canvas& canvas, const ResultsView& view);

}  // namespace kiosk::ui
