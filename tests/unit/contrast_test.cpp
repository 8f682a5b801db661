#include "core/contrast.hpp"

#include <doctest/doctest.h>

using kiosk::Colour;
using kiosk::contrast_ratio;
using kiosk::readable_on;
using kiosk::relative_luminance;

namespace {
Colour hex(unsigned rgb) {
    return {static_cast<float>((rgb >> 16) & 0xFF) / 255.f,
            static_cast<float>((rgb >> 8) & 0xFF) / 255.f, static_cast<float>(rgb & 0xFF) / 255.f};
}
}  // namespace

TEST_CASE("contrast: the luminance and ratios WCAG 2.1 publishes") {
    CHECK(relative_luminance(hex(0x000000)) == doctest::Approx(0.0));
    CHECK(relative_luminance(hex(0xFFFFFF)) == doctest::Approx(1.0));
    // Black on white is the most there is; a colour on itself the least.
    CHECK(contrast_ratio(hex(0x000000), hex(0xFFFFFF)) == doctest::Approx(21.0));
    CHECK(contrast_ratio(hex(0x777777), hex(0x777777)) == doctest::Approx(1.0));
    // #777 on white is the well-known near miss of 4.48:1, #767676 the lightest grey that passes.
    CHECK(contrast_ratio(hex(0x777777), hex(0xFFFFFF)) == doctest::Approx(4.48).epsilon(0.002));
    CHECK(contrast_ratio(hex(0x767676), hex(0xFFFFFF)) >= 4.5);
    // Pure red on white (WCAG's understanding document): 4.0:1; blue on white 8.6:1.
    CHECK(contrast_ratio(hex(0xFF0000), hex(0xFFFFFF)) == doctest::Approx(4.0).epsilon(0.002));
    CHECK(contrast_ratio(hex(0x0000FF), hex(0xFFFFFF)) == doctest::Approx(8.59).epsilon(0.002));
    // The order of the two does not matter.
    CHECK(contrast_ratio(hex(0xFFFFFF), hex(0x2F6B4F)) ==
          doctest::Approx(contrast_ratio(hex(0x2F6B4F), hex(0xFFFFFF))));
}

TEST_CASE("contrast: a colour too light for its ground is darkened just enough, keeping its hue") {
    const Colour terracotta = hex(0xD9825B), white = hex(0xFFFFFF);
    REQUIRE(contrast_ratio(terracotta, white) < 3.0);  // the shipped price colour on a card
    const Colour price = readable_on(terracotta, white);
    CHECK(contrast_ratio(price, white) >= 4.5);
    CHECK(contrast_ratio(price, white) < 4.8);  // no darker than it needs to be
    // Darker in the same proportions: red stays the strongest, blue the weakest, as before.
    CHECK(price.r / terracotta.r == doctest::Approx(price.g / terracotta.g).epsilon(0.01));
    CHECK(price.r / terracotta.r == doctest::Approx(price.b / terracotta.b).epsilon(0.01));
    CHECK(price.r < terracotta.r);
}

TEST_CASE("contrast: a colour that already reads, and a dark ground") {
    const Colour green = hex(0x2F6B4F), cream = hex(0xF6F1E7);
    CHECK(readable_on(green, cream) == green);  // 6:1 already: left as the shop chose it
    // Dark grey words on a deep green ground are made lighter, not darker.
    const Colour ground = hex(0x1F3A2C), words = hex(0x4A5A52);
    const Colour lighter = readable_on(words, ground);
    CHECK(contrast_ratio(lighter, ground) >= 4.5);
    CHECK(relative_luminance(lighter) > relative_luminance(words));
    // A ratio that no shade reaches ends at black (or white): the best there is.
    CHECK(readable_on(hex(0x808080), hex(0x808080), 22.0) == hex(0x000000));
}
