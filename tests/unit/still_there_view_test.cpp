// "Still there?" as its view (core/still_there_view) shows it: the words, the whole seconds left
// and the share of the countdown still to run, on the sample content (idle timeout 30 s, warning
// 10 s).
#include "core/still_there_view.hpp"

#include <doctest/doctest.h>

#include <string>

#include "sample_content.hpp"
#include "shopper_actions.hpp"

using kiosk::KioskFlow;
using kiosk::still_there_view;
using kiosk::StillThereView;
using kiosk::test::act;
using kiosk::test::K;

TEST_CASE("still_there_view: the countdown in whole seconds and as the ring's share") {
    KioskFlow flow(kiosk::sample::shared(), 0.0, [] { return std::string("s1"); });
    act(flow, K::start_quiz, 1);
    flow.advance(31);  // 30 s without a touch
    REQUIRE(flow.overlay() == kiosk::Overlay::still_there);

    StillThereView v = still_there_view(flow, 31);
    CHECK(v.seconds == 10);
    CHECK(v.left == doctest::Approx(1));
    CHECK(v.returning == "Back to the start in 10");
    CHECK(v.body == "Tap Continue to keep your answers.");
    CHECK(v.appear == doctest::Approx(0));
    CHECK(v.appear_ends == doctest::Approx(31 + kiosk::still_there_appear_seconds));

    v = still_there_view(flow, 33.5);
    CHECK(v.seconds == 8);  // 7.5 left, shown rounded up
    CHECK(v.left == doctest::Approx(0.75));
    CHECK(v.returning == "Back to the start in 8");
    CHECK(v.appear == doctest::Approx(1));

    v = still_there_view(flow, 45);  // past the end: never below nothing
    CHECK(v.seconds == 0);
    CHECK(v.left == doctest::Approx(0));
}
