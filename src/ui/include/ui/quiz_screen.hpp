// The quiz: one question per screen with big answer tiles, progress, Back, Home and Next.
#pragma once

#include "core/kiosk_flow.hpp"
#include "ui/canvas.hpp"

namespace kiosk::ui {

void draw_quiz_screen(Canvas& canvas, const KioskFlow& flow);

}  // namespace kiosk::ui
