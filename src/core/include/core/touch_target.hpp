// A place on screen that accepts a tap, as the screens lay it out and the UI dump lists it.
#pragma once

#include <optional>
#include <string>
#include <variant>
#include <vector>

#include "core/preview_action.hpp"
#include "core/shopper_action.hpp"
#include "core/staff_action.hpp"

namespace kiosk {

struct Rect {
    float x = 0, y = 0, w = 0, h = 0;
    [[nodiscard]] bool contains(float px, float py) const {
        return px >= x && py >= y && px < x + w && py < y + h;
    }
    friend bool operator==(const Rect&, const Rect&) = default;
};

// The smallest rectangle holding both.
[[nodiscard]] Rect bounding(const Rect& a, const Rect& b);
// The whole pixels that cover `r`, within a `width` x `height` screen (possibly empty).
[[nodiscard]] Rect whole_pixels(const Rect& r, int width, int height);

// What a tap on a target does: a shopper's action, one of the staff menu's, or one of the
// preview's banner and list.
using TargetAction = std::variant<ShopperAction, StaffAction, PreviewAction>;

// Made with designated initialisers where the screen lays it out, e.g.
//   {.action = shopper::Home{}, .label = words.home, .area = r}
struct TouchTarget {
    TargetAction action{};
    std::string label{};             // what it says, in the current language
    Rect area{};                     // the whole area that accepts the tap, window pixels
    std::optional<bool> selected{};  // for answer tiles
    bool enabled = true;             // a disabled target is shown but does nothing
    // Its name in the UI dump: start_quiz, lang:en, answer:<question>:<answer>, staff:ok, ...
    [[nodiscard]] std::string id() const;
    friend bool operator==(const TouchTarget&, const TouchTarget&) = default;
};

// The topmost target containing the point, or nullptr.
[[nodiscard]] const TouchTarget* target_at(const std::vector<TouchTarget>& targets, float x,
                                           float y);

}  // namespace kiosk
