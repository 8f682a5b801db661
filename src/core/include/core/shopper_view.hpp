// What the views of the shopper screens share: the interface words in the shopper's language
// (with English defaults for the optional ones a content folder may leave out), the brand, the
// language buttons, and how far a motion has come.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/kiosk_flow.hpp"

namespace kiosk {

// An interface string of kiosk.json ("start_quiz", "back", ...) in the shopper's language.
[[nodiscard]] std::string word(const KioskFlow& flow, std::string_view key);
// A text of the content in the shopper's language.
[[nodiscard]] std::string text(const KioskFlow& flow, const Text& t);
// `pattern` with every "{name}" replaced by `value`.
[[nodiscard]] std::string fill_in(std::string pattern, std::string_view name,
                                  std::string_view value);

struct BrandView {
    std::string logo{};  // relative to the assets folder; empty for none
    std::string name{};  // the shop's name beside it; empty for none
};

struct LanguageButton {
    std::string language{};  // its code in kiosk.json, which a tap chooses
    std::string label{};     // the language's name, written in that language
    bool current = false;    // the language on screen
};

// The accessibility button, on every shopper screen at the bottom left.
struct AidsButtonView {
    std::string label{};  // "Accessibility"
    bool any_on = false;  // an aid is on: the button shows it
};

[[nodiscard]] BrandView brand_view(const KioskFlow& flow);
[[nodiscard]] AidsButtonView aids_button_view(const KioskFlow& flow);
// One button per language, in kiosk.json's order; none when the kiosk speaks one language.
[[nodiscard]] std::vector<LanguageButton> language_buttons(const KioskFlow& flow);

// How far a motion that started at `since` and lasts `seconds` has come at `now`: 0..1.
[[nodiscard]] float motion_share(double now, double since, double seconds);

}  // namespace kiosk
