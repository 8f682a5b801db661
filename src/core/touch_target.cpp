#include "core/touch_target.hpp"

#include <algorithm>
#include <cmath>

#include "core/target_id.hpp"

namespace kiosk {

Rect bounding(const Rect& a, const Rect& b) {
    const float x0 = std::min(a.x, b.x), y0 = std::min(a.y, b.y);
    const float x1 = std::max(a.x + a.w, b.x + b.w), y1 = std::max(a.y + a.h, b.y + b.h);
    return {x0, y0, x1 - x0, y1 - y0};
}

Rect whole_pixels(const Rect& r, int width, int height) {
    const float w = static_cast<float>(width), h = static_cast<float>(height);
    const float x0 = std::clamp(std::floor(r.x), 0.f, w), y0 = std::clamp(std::floor(r.y), 0.f, h);
    const float x1 = std::clamp(std::ceil(r.x + r.w), x0, w);
    const float y1 = std::clamp(std::ceil(r.y + r.h), y0, h);
    return {x0, y0, x1 - x0, y1 - y0};
}

std::string TouchTarget::id() const {
    return std::visit([](const auto& a) { return target_id(a); }, action);
}

const TouchTarget* target_at(const std::vector<TouchTarget>& targets, float x, float y) {
    for (auto it = targets.rbegin(); it != targets.rend(); ++it)
        if (it->area.contains(x, y)) return &*it;
    return nullptr;
}

}  // namespace kiosk
