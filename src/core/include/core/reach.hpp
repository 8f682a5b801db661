// What a shopper in a wheelchair can reach on the screen: accessibility guidance for
// self-service machines (the ADA's 308, EN 301 549) puts controls about 38 to 122 cm above the
// floor. With kiosk.json's "panel" (how tall the screen is, how high it hangs) the reach mode
// lays the whole interface out in that band; without it, in the screen's lower half. Words and
// touch targets keep their sizes in the band (the brief's floors hold), so the band is never
// less tall than the screens need: `reach_least_room` of the window's short side, and with
// larger text the whole window (its words need all of it).
#pragma once

#include <vector>

#include "core/content.hpp"
#include "core/text_fit.hpp"

namespace kiosk {

inline constexpr double reach_lowest_cm = 38;
inline constexpr double reach_highest_cm = 122;

// The least height of the band, as a share of the window's short side.
inline constexpr double reach_least_room = 0.78;

// The band in reach, as shares of the screen's height from its top edge: from `top` to `bottom`.
// Without a panel, the lower half.
struct ReachBand {
    double top = 0.5;
    double bottom = 1;
};
[[nodiscard]] ReachBand reach_band(const Panel& panel);

// The part of a width x height window the reach mode lays the screens out in: the band, made
// taller where the screens need more room (first upwards, then downwards). In whole pixels.
struct ReachPixels {
    int top = 0, height = 0;
};
[[nodiscard]] ReachPixels reach_pixels(const Panel& panel, int width, int height,
                                       float text_scale = 1);

// The row of the window above which a shopper in a wheelchair cannot reach (the UI dump's
// "reach_line"): from the panel, or without one the top of the part the reach mode uses.
[[nodiscard]] int reach_line(const Panel& panel, int width, int height, float text_scale = 1);

// The screens, each followed by the same screen with the reach mode on (for the fit check),
// where its band is less than the whole screen.
[[nodiscard]] std::vector<ScreenShape> with_reach_bands(const std::vector<ScreenShape>& screens,
                                                        const Panel& panel);

}  // namespace kiosk
