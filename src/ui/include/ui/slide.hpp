// One slide of the attract loop: its picture and its words, laid out in the slide's area by its
// layout and the screen's shape. A slide whose picture failed to load is laid out as words only.
#pragma once

#include "core/attract_view.hpp"
#include "ui/canvas.hpp"

namespace kiosk::ui {

// `alpha`: how opaque (cross-fades); `rise`: how far below its place the picture is drawn
// (the words rise half as far).
void draw_slide(Canvas& canvas, const SlideView& slide, Rect area, float alpha, float rise);

// Where the slide's picture goes in `area`; empty for a slide of words only.
[[nodiscard]] Rect slide_picture_box(const Canvas& canvas, const SlideView& slide,
                                     const Rect& area);

}  // namespace kiosk::ui
