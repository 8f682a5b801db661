// The quiz: one question per screen with big answer tiles, progress, Back, Home and Next,
// drawn from the view the app makes of the flow.
#pragma once

#include "core/quiz_view.hpp"
#include "ui/canvas.hpp"

namespace kiosk::ui {

void draw_quiz_screen(Canvas& canvas, const QuizView& view);

}  // namespace kiosk::ui
