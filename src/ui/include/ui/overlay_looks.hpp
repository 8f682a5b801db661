// The looks of what opens over a screen: a product's sheet and the accessibility panel. Part
// of make_style (style.cpp), in a file of their own.
#pragma once

#include "ui/style.hpp"

namespace kiosk::ui {

[[nodiscard]] SheetLook sheet_look(const Style& s);
[[nodiscard]] AidsLook aids_look(const Style& s);

}  // namespace kiosk::ui
