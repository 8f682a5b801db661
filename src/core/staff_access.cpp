#include "core/staff_access.hpp"

#include <algorithm>
#include <cctype>
#include <cmath>

namespace kiosk {

void StaffAccess::corner_held(double now) {
    if (!configured() || stage_ != StaffStage::closed) return;
    stage_ = StaffStage::pin;
    entry_.clear();
    wrong_shown_ = false;
    last_touch_ = now;
}

void StaffAccess::digit(char d, double now) {
    last_touch_ = now;
    if (stage_ != StaffStage::pin || locked_out(now) ||
        !std::isdigit(static_cast<unsigned char>(d)))
        return;
    wrong_shown_ = false;
    if (static_cast<int>(entry_.size()) < rules_.longest_pin) entry_ += d;
}

size_t StaffAccess::slots() const {
    const int next = static_cast<int>(entry_.size()) + 1;
    return static_cast<size_t>(std::clamp(next, rules_.shortest_pin, rules_.longest_pin));
}

void StaffAccess::erase(double now) {
    last_touch_ = now;
    if (!entry_.empty()) entry_.pop_back();
}

bool StaffAccess::submit(double now) {
    last_touch_ = now;
    if (stage_ != StaffStage::pin || locked_out(now) || entry_.empty()) return false;
    const bool right = entry_ == pin_;
    entry_.clear();
    if (right) {
        stage_ = StaffStage::open;
        wrong_in_a_row_ = 0;
        return true;
    }
    wrong_shown_ = true;
    ++wrong_in_a_row_;
    if (wrong_in_a_row_ >= rules_.free_attempts) {
        const int beyond = wrong_in_a_row_ - rules_.free_attempts;
        locked_until_ = now + rules_.lockout_seconds * std::pow(2.0, std::min(beyond, 6));
    }
    return false;
}

void StaffAccess::close() {
    stage_ = StaffStage::closed;
    entry_.clear();
    exit_asked_ = false;
}

void StaffAccess::advance(double now) {
    if (stage_ != StaffStage::closed && now >= last_touch_ + rules_.idle_close_seconds) close();
    if (exit_asked_ && now >= exit_asked_at_ + rules_.exit_ask_seconds) exit_asked_ = false;
}

void StaffAccess::ask_exit(double now) {
    last_touch_ = now;
    if (stage_ != StaffStage::open) return;
    exit_asked_ = true;
    exit_asked_at_ = now;
}

bool StaffAccess::confirm_exit(double now) {
    last_touch_ = now;
    const bool standing =
        stage_ == StaffStage::open && exit_asked_ && now < exit_asked_at_ + rules_.exit_ask_seconds;
    exit_asked_ = false;
    return standing;
}

double StaffAccess::next_change() const {
    const double closes = last_touch_ + rules_.idle_close_seconds;
    return exit_asked_ ? std::min(closes, exit_asked_at_ + rules_.exit_ask_seconds) : closes;
}

std::string read_staff_pin(const std::string& text, std::string& problem) {
    std::string line = text.substr(0, text.find('\n'));
    while (!line.empty() && std::isspace(static_cast<unsigned char>(line.back()))) line.pop_back();
    const bool digits = !line.empty() && std::all_of(line.begin(), line.end(), [](unsigned char c) {
        return std::isdigit(c);
    });
    const StaffRules rules;
    const auto length = static_cast<int>(line.size());
    if (!digits || length < rules.shortest_pin || length > rules.longest_pin) {
        problem = "the PIN must be 4 to 8 digits on the first line";
        return {};
    }
    return line;
}

}  // namespace kiosk
