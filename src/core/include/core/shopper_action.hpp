// What a shopper can do, as a typed value made where the touch target is made (or by a swipe, a
// key or the demo's autopilot). The flow decides what each one means in the state it is in.
#pragma once

#include <string>
#include <variant>

#include "core/aids.hpp"

namespace kiosk {

namespace shopper {

struct Touch {  // any touch at all: keeps the session alive
    friend bool operator==(const Touch&, const Touch&) = default;
};
struct StartQuiz {  // the big start button on the slides
    friend bool operator==(const StartQuiz&, const StartQuiz&) = default;
};
struct ChooseLanguage {
    std::string language;  // a language code of kiosk.json
    friend bool operator==(const ChooseLanguage&, const ChooseLanguage&) = default;
};
struct Answer {  // a tile of a question: taken only while that question is the current one
    std::string question;
    std::string answer;
    friend bool operator==(const Answer&, const Answer&) = default;
};
struct Next {  // Next on a choose-many question
    friend bool operator==(const Next&, const Next&) = default;
};
struct Back {  // the previous question, or the slides from the first one
    friend bool operator==(const Back&, const Back&) = default;
};
struct Home {  // back to the slides
    friend bool operator==(const Home&, const Home&) = default;
};
struct Restart {  // "Start over" on the results
    friend bool operator==(const Restart&, const Restart&) = default;
};
struct KeepGoing {  // Continue on "Still there?"
    friend bool operator==(const KeepGoing&, const KeepGoing&) = default;
};
struct ShowProduct {  // a product card on the results: its sheet opens
    std::string product;
    friend bool operator==(const ShowProduct&, const ShowProduct&) = default;
};
struct CloseProduct {  // Close on a product's sheet: back to the results
    friend bool operator==(const CloseProduct&, const CloseProduct&) = default;
};
struct TurnResults {  // with larger text, the results in two pages: the tips, or the products
    bool tips = false;
    friend bool operator==(const TurnResults&, const TurnResults&) = default;
};
struct NextSlide {  // swipe left, or the Right key
    friend bool operator==(const NextSlide&, const NextSlide&) = default;
};
struct PreviousSlide {  // swipe right, or the Left key
    friend bool operator==(const PreviousSlide&, const PreviousSlide&) = default;
};
struct OpenAids {  // the accessibility button, on every shopper screen
    friend bool operator==(const OpenAids&, const OpenAids&) = default;
};
struct ToggleAid {  // a switch on the accessibility panel
    Aid aid;
    friend bool operator==(const ToggleAid&, const ToggleAid&) = default;
};
struct CloseAids {  // Close on the accessibility panel
    friend bool operator==(const CloseAids&, const CloseAids&) = default;
};
struct TogglePause {  // Space in demo mode: stop or resume the slide timer
    friend bool operator==(const TogglePause&, const TogglePause&) = default;
};

}  // namespace shopper

using ShopperAction =
    std::variant<shopper::Touch, shopper::StartQuiz, shopper::ChooseLanguage, shopper::Answer,
                 shopper::Next, shopper::Back, shopper::Home, shopper::Restart, shopper::KeepGoing,
                 shopper::ShowProduct, shopper::CloseProduct, shopper::NextSlide,
                 shopper::PreviousSlide, shopper::TogglePause, shopper::OpenAids,
                 shopper::ToggleAid, shopper::CloseAids, shopper::TurnResults>;

}  // namespace kiosk
