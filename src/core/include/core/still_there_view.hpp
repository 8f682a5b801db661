// "Still there?" as the overlay shows it: its words, the seconds left and how much of the
// countdown remains. Made from the flow for each frame (still_there_view); the overlay only
// draws it.
#pragma once

#include <string>

#include "core/kiosk_flow.hpp"
#include "core/shopper_view.hpp"

namespace kiosk {

// How long the overlay takes to appear (app seconds).
inline constexpr double still_there_appear_seconds = 0.3;

struct StillThereView {
    std::string title{};       // "Still there?"
    std::string body{};        // what Continue keeps
    std::string returning{};   // "Back to the start in 7"
    std::string keep_going{};  // Continue's words
    int seconds = 0;           // whole seconds left, as the ring's middle shows them
    float left = 0;            // share 0..1 of the countdown still to run (the ring)
    float appear = 1;          // 0..1 of the overlay appearing
    double appear_ends = 0;    // app time it is whole
};

[[nodiscard]] StillThereView still_there_view(const KioskFlow& flow, double now);

}  // namespace kiosk
