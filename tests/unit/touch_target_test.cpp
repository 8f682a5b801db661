// Which touch target a point hits: the topmost (the last laid out) that contains it.
#include "core/touch_target.hpp"

#include <doctest/doctest.h>

#include <vector>

using kiosk::Rect;
using kiosk::TouchTarget;

namespace {

TouchTarget target(kiosk::ShopperAction action, Rect area) {
    return TouchTarget{.action = std::move(action), .label = "", .area = area};
}

}  // namespace

TEST_CASE("touch_target: a rectangle holds its left and top edges, not its right and bottom ones") {
    const Rect r{10, 20, 100, 50};
    CHECK(r.contains(10, 20));
    CHECK(r.contains(109.9f, 69.9f));
    CHECK_FALSE(r.contains(110, 40));
    CHECK_FALSE(r.contains(50, 70));
    CHECK_FALSE(r.contains(9.9f, 40));
    CHECK_FALSE(r.contains(50, 19.9f));
}

TEST_CASE("touch_target: the point finds the target under it, or none") {
    const std::vector<TouchTarget> targets = {
        target(kiosk::shopper::Back{}, {0, 900, 200, 100}),
        target(kiosk::shopper::Next{}, {1700, 900, 200, 100})};
    REQUIRE(kiosk::target_at(targets, 50, 950));
    CHECK(kiosk::target_at(targets, 50, 950)->id() == "back");
    REQUIRE(kiosk::target_at(targets, 1800, 950));
    CHECK(kiosk::target_at(targets, 1800, 950)->id() == "next");
    CHECK(kiosk::target_at(targets, 900, 500) == nullptr);
    CHECK(kiosk::target_at({}, 0, 0) == nullptr);
}

TEST_CASE("touch_target: where targets overlap, the topmost wins") {
    // A full-screen overlay card laid out after the quiz targets, its Continue button last.
    const std::vector<TouchTarget> targets = {
        target(kiosk::shopper::Answer{"q", "a"}, {100, 100, 400, 300}),
        target(kiosk::shopper::Touch{}, {0, 0, 1920, 1080}),
        target(kiosk::shopper::KeepGoing{}, {800, 600, 300, 120})};
    CHECK(kiosk::target_at(targets, 200, 200)->id() == "touch");     // not the answer below it
    CHECK(kiosk::target_at(targets, 900, 650)->id() == "continue");  // on top of the overlay
    CHECK(kiosk::target_at(targets, 1900, 1000)->id() == "touch");
}

TEST_CASE("touch_target: the bounding box of two rectangles") {
    CHECK(kiosk::bounding({10, 20, 30, 5}, {0, 40, 5, 10}) == Rect{0, 20, 40, 30});
    CHECK(kiosk::bounding({10, 20, 30, 5}, {12, 21, 2, 2}) == Rect{10, 20, 30, 5});
}

TEST_CASE("touch_target: whole pixels covering a rectangle stay on the screen") {
    CHECK(kiosk::whole_pixels({10.5f, 20.2f, 5.f, 4.6f}, 100, 100) == Rect{10, 20, 6, 5});
    CHECK(kiosk::whole_pixels({-3.5f, 95.f, 10.f, 10.f}, 100, 100) == Rect{0, 95, 7, 5});
    CHECK(kiosk::whole_pixels({120, 10, 5, 5}, 100, 100).w == 0);
}
