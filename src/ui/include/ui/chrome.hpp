// Pieces several screens share: the brand mark and the language buttons.
#pragma once

#include "core/kiosk_flow.hpp"
#include "ui/canvas.hpp"

namespace kiosk::ui {

// The logo and shop name at the top left; returns the height used.
float draw_brand(Canvas& canvas, const KioskFlow& flow, float x, float y);

// One button per language, right-aligned so that the last ends at `right`.
void draw_language_buttons(Canvas& canvas, const KioskFlow& flow, float right, float y);

// The height of the top row (brand and language buttons).
[[nodiscard]] float top_row_height(const Style& style);

}  // namespace kiosk::ui
