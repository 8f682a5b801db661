// Every text of the content a shopper reads, in one language, with where it comes from: what
// the fit check needs to place a warning about words that do not fit at the words themselves.
#pragma once

#include <string>
#include <vector>

#include "core/content.hpp"
#include "core/text_fit.hpp"

namespace kiosk {

[[nodiscard]] std::vector<TextPlace> shopper_text_places(const Content& content,
                                                         const std::string& language);

// The places whose words, in that language, are `words` (several texts may read the same).
[[nodiscard]] std::vector<const TextPlace*> places_of(const std::vector<TextPlace>& places,
                                                      const std::string& words);

}  // namespace kiosk
