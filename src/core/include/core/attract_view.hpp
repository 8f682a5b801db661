// The attract loop as the screen shows it: the slide on screen and the one fading out, how far
// the loop has come, the brand, the language buttons and the start button's words. Made from
// the flow for each frame (attract_view); the screen only draws it.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/kiosk_flow.hpp"
#include "core/shopper_view.hpp"

namespace kiosk {

// One slide's words, in the shopper's language, and its picture.
struct SlideView {
    std::string title{};
    std::string body{};
    std::vector<std::string> points{};
    std::string source{};   // the citation line as shown ("Source: ..."); empty for none
    std::string picture{};  // relative to the assets folder; empty: words only
    SlideLayout layout = SlideLayout::image_left;
    std::optional<Colour> background{};  // the slide's own; none: the theme's background
};

// Where the loop is: the slide on screen among the others and how much of its time is gone.
struct SlideProgress {
    int slides = 0;      // how many slides the loop has
    int index = 0;       // the one on screen, from 0
    double since = 0;    // app time its timer started (moved on by pauses)
    double seconds = 0;  // how long it stays
    bool paused = false;
    double paused_share = 0;  // the share of its time gone when the timer was paused

    // The share 0..1 of the slide's time gone at app time `t`.
    [[nodiscard]] double share_at(double t) const;
};

struct AttractView {
    BrandView brand{};
    std::vector<LanguageButton> languages{};
    AidsButtonView aids{};
    SlideView slide{};                   // the slide on screen
    std::optional<SlideView> leaving{};  // the slide fading out while the cross-fade runs
    float fade = 1;                      // 0..1 of the cross-fade from `leaving` to `slide`
    double fade_ends = 0;                // app time the cross-fade ends
    SlideProgress progress{};
    std::string start{};                     // the start button's words
    std::string hint{};                      // a line beside the progress; empty for none
    SlideView next{};                        // the slide after this one: its picture is asked early
    std::vector<std::string> first_icons{};  // the first question's icons, ready for Start
};

[[nodiscard]] SlideView slide_view(const KioskFlow& flow, const Slide& slide);
[[nodiscard]] AttractView attract_view(const KioskFlow& flow, double now);

}  // namespace kiosk
