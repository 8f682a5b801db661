// The staff menu and its PIN keypad. Staff-facing, in plain English; drawn over the kiosk.
#pragma once

#include <string>
#include <utility>
#include <vector>

#include "core/staff_access.hpp"
#include "ui/canvas.hpp"

namespace kiosk::ui {

struct StaffView {
    StaffStage stage = StaffStage::closed;
    size_t entered = 0;       // digits typed so far
    size_t slots = 0;         // the PIN field's slots, `entered` of them filled
    bool wrong = false;       // the last PIN was wrong
    int locked_seconds = 0;   // > 0: the keypad waits this long after wrong PINs
    bool exit_asked = false;  // "Exit the kiosk" was tapped: the menu asks to confirm
    std::string version;
    std::string content_folder;            // as staff know it: "content/", "~/shop/content/"
    std::string last_check;                // when the content was last checked, and how it went
    std::vector<std::string> diagnostics;  // errors and warnings of the last check
    std::vector<std::pair<std::string, std::string>> figures;  // today's figures: label, value
};

void draw_staff_screen(Canvas& canvas, const StaffView& view);

}  // namespace kiosk::ui
