// Taps and swipes from pointer samples (design brief, "Touch": a tap must never be mistaken for
// a swipe or the reverse). Default limits: slop 20 px, swipe 120 px within 1 s, tap within 1.5 s.
#include "core/gesture.hpp"

#include <doctest/doctest.h>

#include <optional>
#include <utility>
#include <vector>

using kiosk::Gesture;
using kiosk::GestureKind;
using kiosk::GestureReader;
using kiosk::PointerSample;

namespace {

// Feeds the samples in order; returns what the last one completed (earlier ones must give
// nothing).
std::optional<Gesture> feed(GestureReader& reader, const std::vector<PointerSample>& samples) {
    std::optional<Gesture> result;
    for (size_t i = 0; i < samples.size(); ++i) {
        result = reader.read(samples[i]);
        if (i + 1 < samples.size()) REQUIRE_FALSE(result.has_value());
    }
    return result;
}

PointerSample down(float x, float y, double t) {
    return {true, x, y, t};
}
PointerSample up(float x, float y, double t) {
    return {false, x, y, t};
}

}  // namespace

TEST_CASE("gesture: press and release in place is a tap") {
    GestureReader reader;
    const auto g = feed(reader, {down(100, 200, 1.0), up(100, 200, 1.1)});
    REQUIRE(g);
    CHECK(g->kind == GestureKind::tap);
    CHECK(g->start_x == 100);
    CHECK(g->start_y == 200);
    CHECK(g->end_x == 100);
    CHECK(g->end_y == 200);
    CHECK_FALSE(reader.pressing());
}

TEST_CASE("gesture: a tap with a small wobble is still a tap") {
    GestureReader reader;
    // Furthest point (112, 208): sqrt(12² + 8²) ≈ 14.4 px, within the 20 px slop.
    const auto g = feed(reader, {down(100, 200, 0), down(112, 208, 0.05), down(104, 195, 0.1),
                                 up(105, 210, 0.15)});  // end: sqrt(5² + 10²) ≈ 11.2 px
    REQUIRE(g);
    CHECK(g->kind == GestureKind::tap);
    CHECK(g->start_x == 100);
    CHECK(g->end_x == 105);
}

TEST_CASE("gesture: a press that moved beyond the slop is no tap, even if it comes back") {
    GestureReader reader;
    reader.read(down(100, 200, 0));
    CHECK(reader.pressing());
    CHECK(reader.may_tap());
    reader.read(down(100, 225, 0.05));  // 25 px down: beyond 20 px
    CHECK_FALSE(reader.may_tap());
    CHECK(reader.pressing());
    const auto g = reader.read(up(100, 200, 0.1));  // back where it started
    CHECK_FALSE(g.has_value());
    CHECK_FALSE(reader.pressing());
}

TEST_CASE("gesture: a long press is not a tap") {
    GestureReader reader;
    CHECK_FALSE(feed(reader, {down(100, 200, 0), up(100, 200, 2.0)}).has_value());  // 2 s > 1.5 s
    // and the reader is ready for the next tap
    const auto g = feed(reader, {down(50, 50, 3.0), up(50, 50, 3.2)});
    REQUIRE(g);
    CHECK(g->kind == GestureKind::tap);
}

TEST_CASE("gesture: a quick sideways move far enough is a swipe") {
    GestureReader reader;
    SUBCASE("to the left") {
        const auto g = feed(reader, {down(500, 300, 0), down(440, 305, 0.1), up(360, 310, 0.3)});
        REQUIRE(g);  // dx -140 ≥ 120, |dy| 10: mostly sideways, 0.3 s
        CHECK(g->kind == GestureKind::swipe_left);
        CHECK(g->start_x == 500);
        CHECK(g->end_x == 360);
    }
    SUBCASE("to the right") {
        const auto g = feed(reader, {down(300, 300, 0), up(430, 290, 0.4)});
        REQUIRE(g);  // dx +130
        CHECK(g->kind == GestureKind::swipe_right);
    }
    SUBCASE("drag_x follows the finger while pressing") {
        reader.read(down(300, 300, 0));
        reader.read(down(250, 300, 0.1));
        CHECK(reader.drag_x() == -50);
    }
}

TEST_CASE("gesture: a swipe needs distance, a mostly sideways direction and speed") {
    GestureReader reader;
    SUBCASE("too short") {
        // dx -100 < 120 (and beyond the slop, so no tap either).
        CHECK_FALSE(feed(reader, {down(500, 300, 0), up(400, 300, 0.2)}).has_value());
    }
    SUBCASE("too steep") {
        // dx 130, dy 80: |dx| is not more than twice |dy| (160).
        CHECK_FALSE(feed(reader, {down(300, 300, 0), up(430, 380, 0.2)}).has_value());
    }
    SUBCASE("straight down") {
        CHECK_FALSE(feed(reader, {down(300, 100, 0), up(300, 400, 0.2)}).has_value());
    }
    SUBCASE("too slow") {
        // dx -200 but 1.5 s > 1 s.
        CHECK_FALSE(feed(reader, {down(500, 300, 0), up(300, 300, 1.5)}).has_value());
    }
}

TEST_CASE("gesture: samples without a press give nothing") {
    GestureReader reader;
    CHECK_FALSE(reader.read(up(10, 10, 0)).has_value());
    CHECK_FALSE(reader.pressing());
    CHECK(reader.drag_x() == 0);
}

TEST_CASE("gesture: limits_for_screen takes 2% and 8% of the short side") {
    // 1920×1080 and 1080×1920: short side 1080 → slop 21.6, swipe 86.4.
    for (auto [w, h] : {std::pair{1920, 1080}, std::pair{1080, 1920}}) {
        const auto limits = kiosk::limits_for_screen(w, h);
        CHECK(limits.tap_slop == doctest::Approx(21.6));
        CHECK(limits.swipe_distance == doctest::Approx(86.4));
    }
    // 1280×800: 16 and 64.
    const auto laptop = kiosk::limits_for_screen(1280, 800);
    CHECK(laptop.tap_slop == doctest::Approx(16));
    CHECK(laptop.swipe_distance == doctest::Approx(64));
    // The times stay the defaults.
    CHECK(laptop.swipe_seconds == doctest::Approx(kiosk::GestureLimits{}.swipe_seconds));
    CHECK(laptop.tap_seconds == doctest::Approx(kiosk::GestureLimits{}.tap_seconds));

    // With the screen limits a 100 px sideways move on 1080p is a swipe (≥ 86.4).
    GestureReader reader(kiosk::limits_for_screen(1920, 1080));
    const auto g = feed(reader, {down(500, 300, 0), up(400, 300, 0.2)});
    REQUIRE(g);
    CHECK(g->kind == GestureKind::swipe_left);
}
