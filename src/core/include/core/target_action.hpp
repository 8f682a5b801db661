// What tapping a target means: target ids (interfaces.md) to shopper actions.
#pragma once

#include <optional>
#include <string>

#include "core/kiosk_flow.hpp"

namespace kiosk {

[[nodiscard]] std::optional<ShopperAction> action_for_target(const std::string& target_id);

}  // namespace kiosk
