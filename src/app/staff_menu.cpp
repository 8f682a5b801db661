#include "app/staff_menu.hpp"

#include <cmath>
#include <cstdlib>
#include <fstream>
#include <sstream>

#include "core/event.hpp"
#include "core/overloaded.hpp"
#include "core/path_text.hpp"
#include "core/report.hpp"
#include "platform/clock.hpp"
#include "platform/log.hpp"
#include "platform/system.hpp"

namespace kiosk {
namespace {

// The staff PIN from --staff-pin-file, else the environment; empty (menu locked) otherwise.
std::string staff_pin(const Options& options) {
    std::string problem;
    if (!options.staff_pin_file.empty()) {
        std::ifstream in(path_from_utf8(options.staff_pin_file));
        std::stringstream text;
        text << in.rdbuf();
        std::string pin = in ? read_staff_pin(text.str(), problem) : std::string();
        if (!in) problem = "cannot read it";
        if (pin.empty())
            log::line("staff menu locked: PIN file " + options.staff_pin_file + ": " + problem);
        return pin;
    }
    if (const char* env = std::getenv("PROBIOTIC_KIOSK_STAFF_PIN"); env && *env) {
        std::string pin = read_staff_pin(env, problem);
        if (pin.empty()) log::line("staff menu locked: PROBIOTIC_KIOSK_STAFF_PIN: " + problem);
        return pin;
    }
    log::line("staff menu locked: no PIN given (--staff-pin-file or PROBIOTIC_KIOSK_STAFF_PIN)");
    return {};
}

}  // namespace

StaffMenu::StaffMenu(const Options& options, std::filesystem::path data_folder,
                     std::string content_folder)
    : access_(staff_pin(options)),
      data_folder_(std::move(data_folder)),
      content_folder_(std::move(content_folder)),
      demo_(options.mode == WindowMode::demo) {}

std::string StaffMenu::stage_name() const {
    switch (access_.stage()) {
        case StaffStage::pin:
            return "pin";
        case StaffStage::open:
            return "open";
        case StaffStage::closed:
            break;
    }
    return {};
}

StaffCommand StaffMenu::tap(const StaffAction& action, double now) {
    access_.touched(now);
    return std::visit(Overloaded{
                          [&](const staff::Digit& d) {
                              access_.digit(d.digit, now);
                              return StaffCommand::none;
                          },
                          [&](const staff::Erase&) {
                              access_.erase(now);
                              return StaffCommand::none;
                          },
                          [&](const staff::Cancel&) {
                              access_.close();
                              return StaffCommand::none;
                          },
                          [&](const staff::Close&) {
                              access_.close();
                              return StaffCommand::none;
                          },
                          [&](const staff::CheckContent&) {
                              access_.keep_running();  // staff went on to something else
                              return StaffCommand::check_content;
                          },
                          [&](const staff::ExitKiosk&) {
                              access_.ask_exit(now);
                              log::line("staff: exit asked");
                              return StaffCommand::none;
                          },
                          [&](const staff::ConfirmExit&) {
                              return access_.confirm_exit(now) ? StaffCommand::exit_kiosk
                                                               : StaffCommand::none;
                          },
                          [&](const staff::KeepRunning&) {
                              access_.keep_running();
                              return StaffCommand::none;
                          },
                          [&](const staff::Screenshot&) {
                              access_.close();  // the picture shows what shoppers see
                              return StaffCommand::take_screenshot;
                          },
                          [&](const staff::SubmitPin&) { return submit_pin(now); },
                      },
                      action);
}

StaffCommand StaffMenu::submit_pin(double now) {
    if (access_.submit(now)) {
        figures_ = todays_figures();
        log::line("staff: menu opened");
        return StaffCommand::menu_opened;
    }
    log::line(access_.locked_out(now) ? "staff: wrong PIN, keypad waits" : "staff: wrong PIN");
    return StaffCommand::none;
}

std::vector<std::pair<std::string, std::string>> StaffMenu::todays_figures() const {
    std::vector<std::string> lines;
    for (const char* name : {"events.1.jsonl", "events.jsonl"}) {
        std::ifstream in(data_folder_ / name, std::ios::binary);
        for (std::string line; std::getline(in, line);) lines.push_back(line);
    }
    const std::string today = iso_utc(AppClock::unix_ms()).substr(0, 10);
    const Report r = summarise_events(lines, {today, demo_});
    std::string top = "none yet";
    int most = 0;
    for (const auto& [product, n] : r.recommended)
        if (n > most) {
            most = n;
            top = product + " (" + std::to_string(n) + ")";
        }
    char rate[16];
    std::snprintf(rate, sizeof rate, "%.0f%%", r.completion_rate() * 100);
    return {{"Shoppers who started the quiz", std::to_string(r.quiz_started)},
            {"Finished it", std::to_string(r.quiz_completed) + " (" + rate + ")"},
            {"Walked away (timed out)", std::to_string(r.idle_timeouts)},
            {"Most suggested", top}};
}

void StaffMenu::note_picture_failure(const std::string& file, const std::string& reason) {
    picture_failures_.push_back("picture " + file + " cannot be shown: " + reason);
    ++notes_;
}

void StaffMenu::note_content_check(const ContentLoad& load, bool in_use, long long unix_ms) {
    last_check_ = "Checked at " + os::local_time_of_day(unix_ms) + ": " +
                  (in_use ? "in use" : "refused, the kiosk shows the last good content") + ", " +
                  std::to_string(load.errors()) + " errors, " + std::to_string(load.warnings()) +
                  " warnings";
    ++notes_;
    if (in_use) picture_failures_.clear();  // the new content's pictures are tried afresh
    last_diagnostics_.clear();
    for (const Diagnostic& d : load.diagnostics) last_diagnostics_.push_back(d.to_string());
}

ui::StaffView StaffMenu::view(double real) const {
    ui::StaffView v;
    v.stage = access_.stage();
    v.entered = access_.entered();
    v.slots = access_.slots();
    v.wrong = access_.last_was_wrong();
    v.locked_seconds = locked_seconds(real);
    v.exit_asked = access_.exit_asked();
    v.version = KIOSK_VERSION;
    v.content_folder = content_folder_;
    v.last_check = last_check_;
    v.diagnostics = picture_failures_;
    v.diagnostics.insert(v.diagnostics.end(), last_diagnostics_.begin(), last_diagnostics_.end());
    v.figures = figures_;
    return v;
}

StaffLook StaffMenu::look(double now) const {
    return {access_.stage(),     access_.entered(),    access_.last_was_wrong(),
            locked_seconds(now), access_.exit_asked(), notes_};
}

int StaffMenu::locked_seconds(double now) const {
    return access_.locked_out(now) ? static_cast<int>(std::ceil(access_.locked_until() - now)) : 0;
}

}  // namespace kiosk
