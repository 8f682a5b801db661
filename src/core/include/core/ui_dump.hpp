// The UI dump of interfaces.md: the current screen and its touch targets, as JSON.
#pragma once

#include <string>
#include <vector>

#include "core/kiosk_flow.hpp"
#include "core/preview_view.hpp"
#include "core/read_aloud.hpp"
#include "core/text_block.hpp"
#include "core/touch_target.hpp"

namespace kiosk {

[[nodiscard]] const char* screen_name(Screen screen);
[[nodiscard]] const char* overlay_name(Overlay overlay);

// The dump's text for this state, window size, and the targets, words and pictures drawn.
// `staff_stage` names the staff menu's stage ("pin" or "open") while it covers the screen;
// the dump's screen is then "staff". `preview`: what the preview shows over the screen
// (--preview only), for the dump's "preview" object. `spoken`: the words read aloud last, for
// the dump's "speech" object (null when nothing was said).
[[nodiscard]] std::string ui_dump_text(const KioskFlow& flow, int window_w, int window_h,
                                       const DrawnScreen& drawn,
                                       const std::string& staff_stage = {},
                                       const PreviewView* preview = nullptr,
                                       const Utterance* spoken = nullptr);

}  // namespace kiosk
