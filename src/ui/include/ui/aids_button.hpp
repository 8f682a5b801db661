// The accessibility button: in the same place on every shopper screen, the bottom left, low
// enough for a seated shopper to reach; the access symbol (a person in a circle) and its word.
#pragma once

#include "core/shopper_view.hpp"
#include "ui/canvas.hpp"

namespace kiosk::ui {

// Where the button stands: the bottom left corner inside the margins.
[[nodiscard]] Rect aids_button_area(const Style& style, const AidsButtonView& view);

// Draws it there; a button with an aid on is outlined in the accent. Returns its area.
Rect draw_aids_button(Canvas& canvas, const AidsButtonView& view, float alpha = 1);

// The access symbol in a circle of diameter `size` centred at `centre`.
void draw_access_symbol(Canvas& canvas, ImVec2 centre, float size, ImU32 colour);

}  // namespace kiosk::ui
