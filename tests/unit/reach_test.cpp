// The band a seated shopper reaches (core/reach): 38 to 122 cm above the floor, on the screen
// kiosk.json's "panel" describes, and never less tall than the screens need.
#include "core/reach.hpp"

#include <doctest/doctest.h>

TEST_CASE("reach: without a panel, the lower half of the screen") {
    const kiosk::ReachBand band = kiosk::reach_band({});
    CHECK(band.top == doctest::Approx(0.5));
    CHECK(band.bottom == doctest::Approx(1));
    const kiosk::ReachPixels portrait = kiosk::reach_pixels({}, 1080, 1920);
    CHECK(portrait.top == 960);
    CHECK(portrait.height == 960);
    CHECK(kiosk::reach_line({}, 1080, 1920) == 960);
}

TEST_CASE("reach: a portrait panel 95 cm tall, its bottom 80 cm up: the lowest 42 cm of it") {
    const kiosk::ReachBand band = kiosk::reach_band({.height_cm = 95, .from_floor_cm = 80});
    CHECK(band.top == doctest::Approx(1 - 42.0 / 95));  // 122 - 80 = 42 cm in reach
    CHECK(band.bottom == doctest::Approx(1));
}

TEST_CASE("reach: a screen hung low loses its bottom below 38 cm, one hung high keeps nothing") {
    // 100 cm tall from 20 cm: 20..38 cm is too low, 122..120 is not on the screen.
    kiosk::ReachBand band = kiosk::reach_band({.height_cm = 100, .from_floor_cm = 20});
    CHECK(band.top == doctest::Approx(0));
    CHECK(band.bottom == doctest::Approx(1 - 18.0 / 100));
    band = kiosk::reach_band({.height_cm = 60, .from_floor_cm = 130});
    CHECK(band.top == doctest::Approx(1));
    // In pixels the band keeps the room the screens need: the lowest 78% of the short side.
    const kiosk::ReachPixels high =
        kiosk::reach_pixels({.height_cm = 60, .from_floor_cm = 130}, 1080, 1920);
    CHECK(high.height == 843);  // 0.78 * 1080 = 842.4
    CHECK(high.top == 1920 - 843);
    CHECK(kiosk::reach_line({.height_cm = 60, .from_floor_cm = 130}, 1080, 1920) == 1920);
}

TEST_CASE("reach: a band too short for the screens grows up, then down, never off the window") {
    // A landscape screen's lower half is 540 px: the screens need 843.
    const kiosk::ReachPixels landscape = kiosk::reach_pixels({}, 1920, 1080);
    CHECK(landscape.top == 1080 - 843);
    CHECK(landscape.height == 843);
    // Larger text needs the whole screen: whole words come first.
    const kiosk::ReachPixels larger = kiosk::reach_pixels({}, 1080, 1920, 1.4f);
    CHECK(larger.top == 0);
    CHECK(larger.height == 1920);
    CHECK(kiosk::reach_line({}, 1080, 1920, 1.4f) == 0);
    // With a panel the reach line stays where the panel puts it, and the dump shows it.
    CHECK(kiosk::reach_line({.height_cm = 95, .from_floor_cm = 80}, 1080, 1920, 1.4f) == 1071);
    // Hung low, the band above the floor's 38 cm is too short: it grows upwards to the top,
    // then down over the part too low to reach.
    const kiosk::ReachPixels low =
        kiosk::reach_pixels({.height_cm = 30, .from_floor_cm = 20}, 1920, 1080);
    CHECK(low.top == 0);
    CHECK(low.height == 843);
}

TEST_CASE("reach: the band in whole pixels, and each fit-check screen with its band after it") {
    const kiosk::Panel panel{.height_cm = 95, .from_floor_cm = 80};
    const kiosk::ReachPixels band = kiosk::reach_pixels(panel, 1080, 1920);
    CHECK(band.top == 1071);  // 1920 * (1 - 42 / 95) = 1071.2
    CHECK(band.height == 1920 - 1071);
    CHECK(kiosk::reach_line(panel, 1080, 1920) == 1071);
    const auto screens = kiosk::with_reach_bands({{1080, 1920}, {1920, 1080}}, panel);
    REQUIRE(screens.size() == 4);
    CHECK(screens[0].band == 0);
    CHECK(screens[1].band == 849);
    CHECK(screens[1].name() == "1080x1920 within reach");
    CHECK(screens[1].layout_height() == 849);
    CHECK(screens[3].band == 843);  // 1080 * 42 / 95 = 477 px in reach: less than the screens need
    // A screen wholly in reach has no band of its own to check.
    CHECK(kiosk::with_reach_bands({{1920, 1080}}, {.height_cm = 30, .from_floor_cm = 90}).size() ==
          1);
}
