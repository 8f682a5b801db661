// The tour of every screen (core/screen_tour) on the sample content of sample_content.hpp:
// three slides; questions concern, fermented (shown after breakouts or redness), diet (shown
// after fermented: none) and skin-feel; "Still there?"; results.
#include "core/screen_tour.hpp"

#include <doctest/doctest.h>

#include <map>
#include <memory>
#include <set>
#include <string>
#include <vector>

#include "sample_content.hpp"

namespace {

struct Seen {
    std::vector<std::string> slides, questions;
    int still_there = 0, results = 0, aids_panels = 0;
    std::set<std::string> products;
    std::set<std::string> languages;
};

Seen tour(const std::string& language, kiosk::TourLimits limits = {}) {
    auto content = std::make_shared<const kiosk::Content>(kiosk::sample::content());
    Seen seen;
    kiosk::tour_screens(
        content, language,
        [&](const kiosk::KioskFlow& flow, double now) {
            seen.languages.insert(flow.language());
            if (flow.overlay() == kiosk::Overlay::still_there) {
                ++seen.still_there;
                CHECK(flow.aids().has(kiosk::Aid::more_time));  // its longer words
                return;
            }
            if (flow.overlay() == kiosk::Overlay::accessibility) {
                ++seen.aids_panels;
                return;
            }
            // Settled: no transition of the screen is still running.
            CHECK(now - flow.screen_since() >= 1.0);
            switch (flow.screen()) {
                case kiosk::Screen::attract:
                    seen.slides.push_back(flow.slide().id);
                    break;
                case kiosk::Screen::quiz:
                    seen.questions.push_back(flow.question().id);
                    break;
                case kiosk::Screen::results:
                    ++seen.results;
                    for (const auto& p : flow.recommendation().products)
                        seen.products.insert(p.product->id);
                    break;
            }
        },
        limits);
    return seen;
}

}  // namespace

TEST_CASE("screen tour: every slide once, in order, in the language asked for") {
    const Seen seen = tour("id");
    CHECK(seen.slides == std::vector<std::string>{"gut", "balance", "habits"});
    CHECK(seen.languages == std::set<std::string>{"id"});
}

TEST_CASE(
    "screen tour: every question, those behind show_if too, the accessibility panel and Still "
    "there? once") {
    const Seen seen = tour("en");
    CHECK(seen.questions == std::vector<std::string>{"concern", "fermented", "diet", "skin-feel"});
    CHECK(seen.still_there == 1);
    CHECK(seen.aids_panels == 1);
}

TEST_CASE("screen tour: results of different answer paths, each set of products once") {
    const Seen seen = tour("en");
    CHECK(seen.results >= 3);
    // Every in-stock product some answers recommend is laid out on a results screen.
    for (const char* id : {"cleanser", "cream", "calm-serum", "gut-blend"})
        CHECK(seen.products.count(id) == 1);
    CHECK(seen.products.count("old-toner") == 0);  // out of stock
    // No answer paths tried: no results screen.
    CHECK(tour("en", {.answer_paths = 0, .seed = 1}).results == 0);
}
