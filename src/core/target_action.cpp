#include "core/target_action.hpp"

namespace kiosk {

std::optional<ShopperAction> action_for_target(const std::string& id) {
    using K = ShopperActionKind;
    if (id == "start_quiz") return ShopperAction{K::start_quiz, {}};
    if (id == "next") return ShopperAction{K::next, {}};
    if (id == "back") return ShopperAction{K::back, {}};
    if (id == "home") return ShopperAction{K::home, {}};
    if (id == "restart") return ShopperAction{K::restart, {}};
    if (id == "continue") return ShopperAction{K::keep_going, {}};
    if (id.rfind("lang:", 0) == 0) return ShopperAction{K::choose_language, id.substr(5)};
    if (id.rfind("answer:", 0) == 0) {
        // answer:<question id>:<answer id>; ids never hold ':'.
        auto colon = id.rfind(':');
        if (colon > 7) return ShopperAction{K::answer, id.substr(colon + 1)};
    }
    if (id.rfind("product:", 0) == 0) return ShopperAction{K::touch, {}};
    return std::nullopt;
}

}  // namespace kiosk
