// The accessibility panel as it shows: its title, one row per aid with what it does and whether
// it is on, and Close. Made from the flow for each frame; the panel only draws it.
#pragma once

#include <string>
#include <vector>

#include "core/kiosk_flow.hpp"

namespace kiosk {

// How long the panel takes to appear (app seconds).
inline constexpr double aids_panel_appear_seconds = 0.25;

struct AidRow {
    Aid aid{};
    std::string name{};  // "High contrast"
    std::string note{};  // what it does, in a line
    bool on = false;
};

struct AidsPanelView {
    std::string title{};  // "Accessibility"
    std::vector<AidRow> rows{};
    std::string close{};
    float appear = 1;  // 0..1 of the panel appearing
    double appear_ends = 0;
};

[[nodiscard]] AidsPanelView aids_panel_view(const KioskFlow& flow, double now);

}  // namespace kiosk
