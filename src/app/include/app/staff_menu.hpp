// The staff menu's side of the app: the PIN (from a file or the environment), what the menu
// shows (the last content check, today's figures) and what its buttons ask the app to do.
#pragma once

#include <filesystem>
#include <string>
#include <utility>
#include <vector>

#include "core/command_line.hpp"
#include "core/content_loader.hpp"
#include "core/staff_access.hpp"
#include "core/staff_action.hpp"
#include "ui/staff_screen.hpp"

namespace kiosk {

enum class StaffCommand {
    none,
    check_content,    // look at the content folder now
    take_screenshot,  // of what shoppers see (the menu has closed)
    exit_kiosk,       // Exit, confirmed
    menu_opened,      // the right PIN: record it
};

// What the menu shows, in brief: a different value means a different picture.
struct StaffLook {
    StaffStage stage = StaffStage::closed;
    size_t entered = 0;       // digits typed
    bool wrong = false;       // the last PIN was wrong
    int locked_seconds = 0;   // the countdown after wrong PINs
    bool exit_asked = false;  // the menu asks to confirm Exit
    unsigned notes = 0;       // content checks and picture failures noted so far
    friend bool operator==(const StaffLook&, const StaffLook&) = default;
};

class StaffMenu {
  public:
    // `content_folder`: the content folder's name as staff know it (core/folder_name.hpp).
    StaffMenu(const Options& options, std::filesystem::path data_folder,
              std::string content_folder);

    [[nodiscard]] StaffAccess& access() { return access_; }
    [[nodiscard]] const StaffAccess& access() const { return access_; }
    [[nodiscard]] bool showing() const { return access_.stage() != StaffStage::closed; }
    // "pin" or "open" while showing, for the UI dump; empty otherwise.
    [[nodiscard]] std::string stage_name() const;

    // `in_use`: the checked content is what the kiosk shows (else it keeps the last good one);
    // `unix_ms`: when the check was made, for "Checked at 14:05:09".
    void note_content_check(const ContentLoad& load, bool in_use, long long unix_ms);
    // A picture of the content on screen that cannot be shown (file relative to the assets).
    void note_picture_failure(const std::string& file, const std::string& reason);
    // A tap on one of the menu's targets, at real time `now`.
    StaffCommand tap(const StaffAction& action, double now);

    [[nodiscard]] ui::StaffView view(double now) const;
    // Changes whenever what the menu shows changes (to know when to redraw).
    [[nodiscard]] StaffLook look(double now) const;

  private:
    StaffCommand submit_pin(double now);
    [[nodiscard]] int locked_seconds(double now) const;
    [[nodiscard]] std::vector<std::pair<std::string, std::string>> todays_figures() const;

    StaffAccess access_;
    std::filesystem::path data_folder_;
    std::string content_folder_;
    bool demo_;
    std::string last_check_;
    unsigned notes_ = 0;  // what note_content_check and note_picture_failure were told
    std::vector<std::string> last_diagnostics_;
    std::vector<std::string> picture_failures_;  // since the content in use was loaded
    std::vector<std::pair<std::string, std::string>> figures_;
};

}  // namespace kiosk
