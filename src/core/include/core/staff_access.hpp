// The way into the staff menu: a long press in the top-left corner, then a PIN on an on-screen
// keypad. Wrong PINs are rate-limited; the menu closes itself when left alone. The way out of
// the kiosk is guarded: "Exit the kiosk" only asks, and only its confirmation ends the kiosk.
// Pure: time is passed in.
#pragma once

#include <optional>
#include <string>

namespace kiosk {

struct StaffRules {
    double hold_seconds = 3;         // how long the corner must be held
    int free_attempts = 3;           // wrong PINs allowed before a wait
    double lockout_seconds = 30;     // the first wait; it doubles with every further wrong PIN
    double idle_close_seconds = 60;  // the keypad or menu closes after this long untouched
    double exit_ask_seconds = 10;    // "Exit the kiosk" waits this long for its confirmation
    int shortest_pin = 4;            // a PIN has 4 to 8 digits
    int longest_pin = 8;
};

enum class StaffStage {
    closed,  // shoppers see the kiosk
    pin,     // the keypad asks for the PIN
    open,    // the staff menu
};

class StaffAccess {
  public:
    // `pin` empty: no PIN is configured and the menu cannot be opened.
    explicit StaffAccess(std::string pin, StaffRules rules = {})
        : pin_(std::move(pin)), rules_(rules) {}

    void corner_held(double now);
    void digit(char d, double now);
    void erase(double now);
    // Checks the entered PIN; true when it opened the menu.
    bool submit(double now);
    void close();
    void touched(double now) { last_touch_ = now; }
    // Closes the keypad or menu once left alone long enough; withdraws an exit question that
    // was not answered in time.
    void advance(double now);

    // "Exit the kiosk" in the menu: asks for a confirmation, which stands for
    // `exit_ask_seconds`, until `keep_running()` or until the menu closes.
    void ask_exit(double now);
    // The confirmation: true (end the kiosk) only while the question stands.
    [[nodiscard]] bool confirm_exit(double now);
    void keep_running() { exit_asked_ = false; }

    [[nodiscard]] StaffStage stage() const { return stage_; }
    [[nodiscard]] bool configured() const { return !pin_.empty(); }
    [[nodiscard]] size_t entered() const { return entry_.size(); }
    // The PIN field's slots, `entered()` of them filled: one more than the digits typed, at least
    // the shortest PIN's and at most the longest's; never the PIN's own length, which whoever
    // holds the corner would learn.
    [[nodiscard]] size_t slots() const;
    [[nodiscard]] bool locked_out(double now) const { return now < locked_until_; }
    [[nodiscard]] double locked_until() const { return locked_until_; }
    [[nodiscard]] bool last_was_wrong() const { return wrong_shown_; }
    [[nodiscard]] bool exit_asked() const { return exit_asked_; }
    // When the keypad or menu closes by itself, or the exit question lapses, whichever is first.
    [[nodiscard]] double next_change() const;
    [[nodiscard]] const StaffRules& rules() const { return rules_; }

  private:
    std::string pin_;
    StaffRules rules_;
    StaffStage stage_ = StaffStage::closed;
    std::string entry_;
    int wrong_in_a_row_ = 0;
    double locked_until_ = -1;
    double last_touch_ = 0;
    bool wrong_shown_ = false;
    bool exit_asked_ = false;
    double exit_asked_at_ = 0;
};

// Reads a PIN from the first line of a file: 4 to 8 digits. Empty when missing or malformed;
// `problem` then says why.
[[nodiscard]] std::string read_staff_pin(const std::string& text, std::string& problem);

}  // namespace kiosk
