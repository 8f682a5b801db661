#include "core/still_there_view.hpp"

#include <algorithm>
#include <cmath>

namespace kiosk {

StillThereView still_there_view(const KioskFlow& flow, double now) {
    const double left = std::max(0.0, flow.overlay_seconds_left(now));
    const double total = std::max(0.1, flow.idle_warning_seconds());
    const int seconds = static_cast<int>(std::ceil(left));
    return {.title = word(flow, "still_there"),
            .body = flow.aids().has(Aid::more_time)
                        ? word(flow, "still_there_body") + " " + word(flow, "still_there_more_time")
                        : word(flow, "still_there_body"),
            .returning = fill_in(word(flow, "returning_in"), "seconds", std::to_string(seconds)),
            .keep_going = word(flow, "continue"),
            .seconds = seconds,
            .left = static_cast<float>(left / total),
            .appear = motion_share(now, flow.overlay_since(), still_there_appear_seconds),
            .appear_ends = flow.overlay_since() + still_there_appear_seconds};
}

}  // namespace kiosk
