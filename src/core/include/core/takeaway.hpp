// The take-away link: the shop's URL template from kiosk.json with the recommended product ids
// filled in, for the QR code on the results.
#pragma once

#include <string>

#include "core/recommend.hpp"

namespace kiosk {

// `pattern` with every "{products}" replaced by the product ids, comma-separated, in order.
// Empty when there is no pattern or nothing was recommended.
[[nodiscard]] std::string takeaway_url(const std::string& pattern,
                                       const Recommendation& recommendation);
// `pattern` with every "{products}" replaced by `ids` (comma-separated product ids); empty when
// there is no pattern. The product sheet's code names its product alone.
[[nodiscard]] std::string takeaway_url(const std::string& pattern, const std::string& ids);

}  // namespace kiosk
