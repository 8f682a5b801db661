// Every screen a shopper can see, in one language, each reached the way a shopper reaches it:
// every slide, every question (by answers that show it), the results of many answer paths
// (each different set of products once), and "Still there?". For laying every screen out
// once, as the fit check of --validate does.
#pragma once

#include <cstddef>
#include <functional>
#include <memory>
#include <string>

#include "core/kiosk_flow.hpp"

namespace kiosk {

struct TourLimits {
    std::size_t answer_paths = 300;  // random answer paths tried for different results
    unsigned seed = 1;               // the same tour every time
};

// Calls `visit` with the flow on each screen, and an app time at which it has settled
// (transitions over). Expects content that loaded without errors.
void tour_screens(std::shared_ptr<const Content> content, const std::string& language,
                  const std::function<void(const KioskFlow&, double now)>& visit,
                  const TourLimits& limits = {});

}  // namespace kiosk
