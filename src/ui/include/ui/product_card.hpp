// A recommended product's card on the results: its picture, name, price, summary and why it
// fits, shrunk together to fit the card. A tap on it opens the product's sheet.
#pragma once

#include "core/results_view.hpp"
#include "ui/canvas.hpp"

namespace kiosk::ui {

// `rest`: where the card comes to rest and takes taps; it is drawn `rise` pixels lower while it
// appears. `picture_left`: the picture beside the words, else above them.
void draw_product_card(Canvas& canvas, const ProductCard& card, const Rect& rest, float alpha,
                       bool picture_left, float rise);

// What a product card shows in place of a picture that failed to load: a product drawn in the
// theme's colours on a soft disc, filling the square `box`.
void draw_product_placeholder(Canvas& canvas, const Rect& box, float alpha);

}  // namespace kiosk::ui
