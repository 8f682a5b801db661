// The names of touch targets in the UI dump (interfaces.md): made from the target's action, so
// that a screen never builds or parses an id.
#pragma once

#include <string>

#include "core/preview_action.hpp"
#include "core/shopper_action.hpp"
#include "core/staff_action.hpp"

namespace kiosk {

// start_quiz, lang:<code>, answer:<question>:<answer>, next, back, home, restart, continue,
// product:<id>; and for what is never a target: touch, next_slide, previous_slide, pause.
[[nodiscard]] std::string target_id(const ShopperAction& action);
// staff:digit:<d>, staff:erase, staff:ok, staff:cancel, staff:close, staff:reload,
// staff:screenshot, staff:exit, staff:exit_confirm, staff:exit_cancel.
[[nodiscard]] std::string target_id(const StaffAction& action);
// preview:open, preview:close, preview:next_page, preview:previous_page.
[[nodiscard]] std::string target_id(const PreviewAction& action);

}  // namespace kiosk
