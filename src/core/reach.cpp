#include "core/reach.hpp"

#include <algorithm>
#include <cmath>

namespace kiosk {

ReachBand reach_band(const Panel& panel) {
    if (panel.height_cm <= 0) return {};
    const double h = panel.height_cm;
    // Above the reach line nothing; below the lowest reach (a screen hung low) nothing either.
    const double top = 1 - (reach_highest_cm - panel.from_floor_cm) / h;
    const double bottom = 1 - std::max(0.0, reach_lowest_cm - panel.from_floor_cm) / h;
    return {std::clamp(top, 0.0, 1.0), std::clamp(bottom, 0.0, 1.0)};
}

ReachPixels reach_pixels(const Panel& panel, int width, int height, float text_scale) {
    const ReachBand band = reach_band(panel);
    // Larger text needs the whole of a reference screen (the fit check found no smaller band
    // that its words fit in): whole words come first, and the reach mode gives way.
    const double least = reach_least_room * std::min(width, height);
    const int need = text_scale > 1 ? height : std::min(height, static_cast<int>(std::ceil(least)));
    int bottom = static_cast<int>(std::lround(band.bottom * height));
    int top = std::min(static_cast<int>(std::lround(band.top * height)), bottom);
    if (bottom - top < need) top = std::max(0, bottom - need);
    if (bottom - top < need) bottom = top + need;
    return {top, bottom - top};
}

int reach_line(const Panel& panel, int width, int height, float text_scale) {
    if (panel.height_cm <= 0) return reach_pixels(panel, width, height, text_scale).top;
    return static_cast<int>(std::lround(reach_band(panel).top * height));
}

std::vector<ScreenShape> with_reach_bands(const std::vector<ScreenShape>& screens,
                                          const Panel& panel) {
    std::vector<ScreenShape> out;
    for (const ScreenShape& screen : screens) {
        out.push_back(screen);
        ScreenShape within_reach = screen;
        within_reach.band = reach_pixels(panel, screen.width, screen.height).height;
        if (within_reach.band < screen.height) out.push_back(within_reach);
    }
    return out;
}

}  // namespace kiosk
