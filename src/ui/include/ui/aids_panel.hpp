// The accessibility panel: over any shopper screen, low on it (in reach from a wheelchair,
// above the button that opened it), one row per aid with a switch, and Close.
#pragma once

#include "core/aids_view.hpp"
#include "ui/canvas.hpp"

namespace kiosk::ui {

void draw_aids_panel(Canvas& canvas, const AidsPanelView& view);

}  // namespace kiosk::ui
