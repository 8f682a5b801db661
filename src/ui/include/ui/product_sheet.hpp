// A product's sheet over the results: the picture large, its words in columns (name, price,
// summary, details and why it fits; how to use it and what is in it), where it stands in the
// shop with a marker on the store map, a QR code for it alone, and Close.
#pragma once

#include "core/product_sheet_view.hpp"
#include "ui/canvas.hpp"

namespace kiosk::ui {

void draw_product_sheet(Canvas& canvas, const ProductSheetView& view);

}  // namespace kiosk::ui
