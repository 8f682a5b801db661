#include "core/touch_target.hpp"

namespace kiosk {

const TouchTarget* target_at(const std::vector<TouchTarget>& targets, float x, float y) {
    for (auto it = targets.rbegin(); it != targets.rend(); ++it)
        if (it->area.contains(x, y)) return &*it;
    return nullptr;
}

}  // namespace kiosk
