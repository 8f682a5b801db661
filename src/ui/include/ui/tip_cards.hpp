// The tips on the results: a heading (none when empty), then one card per tip with a highlight
// stripe, as tall as its words, the words shrunk together when the column is short. With
// `fill`, room to spare is shared among the cards, so that they end where the area does.
#pragma once

#include <string>
#include <vector>

#include "core/results_view.hpp"
#include "ui/canvas.hpp"

namespace kiosk::ui {

void draw_tip_cards(Canvas& canvas, const std::string& heading, const std::vector<TipCard>& tips,
                    const Rect& area, float alpha, bool fill = true);

}  // namespace kiosk::ui
