#include "core/gesture.hpp"

#include <algorithm>
#include <cmath>

namespace kiosk {

GestureLimits limits_for_screen(int width, int height) {
    const float short_side = static_cast<float>(std::max(1, std::min(width, height)));
    GestureLimits limits;
    limits.tap_slop = std::max(8.0f, 0.02f * short_side);
    limits.swipe_distance = std::max(40.0f, 0.08f * short_side);
    return limits;
}

std::optional<Gesture> GestureReader::read(const PointerSample& sample) {
    if (sample.down && !pressing_) {
        pressing_ = true;
        moved_ = false;
        cancelled_ = false;
        start_x_ = last_x_ = sample.x;
        start_y_ = last_y_ = sample.y;
        start_time_ = sample.now;
        return std::nullopt;
    }
    if (!pressing_) return std::nullopt;

    last_x_ = sample.x;
    last_y_ = sample.y;
    const float dx = sample.x - start_x_, dy = sample.y - start_y_;
    if (std::hypot(dx, dy) > limits_.tap_slop) moved_ = true;
    if (sample.down) return std::nullopt;

    pressing_ = false;
    if (cancelled_) return std::nullopt;
    const double held = sample.now - start_time_;
    Gesture g{GestureKind::tap, start_x_, start_y_, sample.x, sample.y};
    if (!moved_) {
        if (held > limits_.tap_seconds) return std::nullopt;
        return g;
    }
    const bool sideways =
        std::fabs(dx) >= limits_.swipe_distance && std::fabs(dx) > 2 * std::fabs(dy);
    if (!sideways || held > limits_.swipe_seconds) return std::nullopt;
    g.kind = dx < 0 ? GestureKind::swipe_left : GestureKind::swipe_right;
    return g;
}

}  // namespace kiosk
