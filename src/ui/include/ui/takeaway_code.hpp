// The QR code that takes the routine home, with its caption.
#pragma once

#include <string>

#include "ui/canvas.hpp"

namespace kiosk::ui {

// Draws the code for `url` and `caption` in the box (code on the left, words on the right).
void draw_takeaway_code(Canvas& canvas, const std::string& url, const std::string& caption,
                        const Rect& box, float alpha);

// The height such a box needs at this width.
[[nodiscard]] float takeaway_code_height(const Style& style, float width);

}  // namespace kiosk::ui
