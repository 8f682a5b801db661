// The UI dump of interfaces.md: the current screen and its touch targets, as JSON.
#pragma once

#include <string>
#include <vector>

#include "core/kiosk_flow.hpp"
#include "core/touch_target.hpp"

namespace kiosk {

[[nodiscard]] const char* screen_name(Screen screen);
[[nodiscard]] const char* overlay_name(Overlay overlay);

// The dump's text for this state, window size and targets.
[[nodiscard]] std::string ui_dump_text(const KioskFlow& flow, int window_w, int window_h,
                                       const std::vector<TouchTarget>& targets);

}  // namespace kiosk
