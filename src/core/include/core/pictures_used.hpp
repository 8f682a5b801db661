// Every picture a content set shows, as its files name them (relative to the assets folder):
// what a copy of the content needs besides its four files (app/last_good_content).
#pragma once

#include <string>
#include <vector>

#include "core/content.hpp"

namespace kiosk {

// The brand's logo, the store map, the slides' pictures, the answers' icons and the products'
// pictures, each once, in that order.
[[nodiscard]] std::vector<std::string> pictures_used(const Content& content);

}  // namespace kiosk
