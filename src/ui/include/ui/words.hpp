// Interface strings in the shopper's language, with English defaults for the optional ones
// a content folder may leave out.
#pragma once

#include <string>

#include "core/kiosk_flow.hpp"

namespace kiosk::ui {

[[nodiscard]] std::string word(const KioskFlow& flow, const std::string& key);
[[nodiscard]] std::string text(const KioskFlow& flow, const Text& t);

}  // namespace kiosk::ui
