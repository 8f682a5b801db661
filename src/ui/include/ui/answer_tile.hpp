// An answer tile of the quiz: a card with the answer's icon (when it has one), its words and a
// round mark that fills with a tick when the answer is chosen.
#pragma once

#include <string>

#include "core/quiz_view.hpp"
#include "ui/canvas.hpp"

namespace kiosk::ui {

// `r`: where the tile rests and takes taps; it is drawn `shift` pixels to the side while it
// slides in, so a quick finger never misses. An icon that failed to load leaves no empty disc:
// the answer's first letter takes its place.
void draw_answer_tile(Canvas& canvas, const std::string& question, const AnswerTile& tile,
                      const Rect& r, float alpha, float shift);

}  // namespace kiosk::ui
