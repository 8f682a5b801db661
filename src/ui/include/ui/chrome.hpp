// Pieces several screens share: the brand mark, the language buttons and a list's bullet.
#pragma once

#include <vector>

#include "core/shopper_view.hpp"
#include "ui/canvas.hpp"

namespace kiosk::ui {

// The logo and shop name at the top left; returns the height used. A logo that failed to load
// leaves no hole: the name takes its place.
float draw_brand(Canvas& canvas, const BrandView& brand, float x, float y);

// One button per language, right-aligned so that the last ends at `right`.
void draw_language_buttons(Canvas& canvas, const std::vector<LanguageButton>& languages,
                           float right, float y);

// The height of the top row (brand and language buttons).
[[nodiscard]] float top_row_height(const Style& style);

// The dot before a line of a list whose text of `size` starts at `y`, in a column at `x` that
// is `indent` wide.
void draw_bullet(Canvas& canvas, const BulletShape& shape, float x, float y, float indent,
                 float size, ImU32 colour);

// A button's width: its words at the button size and `pad` beside them, at least `least`.
[[nodiscard]] float button_width(const Style& style, const std::string& label, float least,
                                 float pad);

}  // namespace kiosk::ui
