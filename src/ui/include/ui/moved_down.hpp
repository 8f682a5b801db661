// The reach mode draws the screens in a band at the bottom of the window: they are laid out for
// the band's size, then everything drawn, and where it was drawn, is moved down onto it.
#pragma once

#include <optional>

#include "core/text_block.hpp"
#include "ui/canvas.hpp"

namespace kiosk::ui {

// Every vertex and clip rectangle of `list` moved down by `dy` pixels.
void move_down(ImDrawList* list, float dy);
// The targets, words and pictures of a frame moved down by `dy`.
void move_down(DrawnScreen& drawn, float dy);
[[nodiscard]] std::optional<Rect> moved_down(const std::optional<Rect>& area, float dy);

}  // namespace kiosk::ui
