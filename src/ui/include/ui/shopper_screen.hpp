// What a shopper sees for the flow's state: the attract loop, a question or the results, with
// "Still there?" over them. The kiosk draws it every frame; the fit check lays it out the same.
#pragma once

#include "core/kiosk_flow.hpp"
#include "core/quiz_view.hpp"
#include "ui/canvas.hpp"

namespace kiosk::ui {

void draw_shopper_screen(Canvas& canvas, const KioskFlow& flow, double now,
                         PicturesAhead& pictures_ahead);

}  // namespace kiosk::ui
