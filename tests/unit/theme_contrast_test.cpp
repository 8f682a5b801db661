// How readable a theme is (core/theme_contrast): the pairs that carry words, and the
// high-contrast look derived from a shop's theme.
#include "core/theme_contrast.hpp"

#include <doctest/doctest.h>

#include "core/contrast.hpp"

namespace {

kiosk::Colour hex(unsigned rgb, float alpha = 1) {
    return {((rgb >> 16) & 0xFF) / 255.f, ((rgb >> 8) & 0xFF) / 255.f, (rgb & 0xFF) / 255.f, alpha};
}

kiosk::Theme theme_of(unsigned background, unsigned surface, unsigned text, unsigned accent,
                      unsigned accent_text, unsigned highlight) {
    return {hex(background), hex(surface),     hex(text),
            hex(accent),     hex(accent_text), hex(highlight)};
}

double weakest(const kiosk::Theme& theme) {
    double least = 21;
    for (const auto& pair : kiosk::words_on_grounds(theme))
        least = std::min(least, kiosk::contrast_ratio(pair.words_colour, pair.ground_colour));
    return least;
}

}  // namespace

TEST_CASE(
    "theme_contrast: the pairs carry the colours as seen, a clear ground over the background") {
    kiosk::Theme theme;
    theme.background = hex(0x000000);
    theme.surface = hex(0xFFFFFF, 0.5f);
    const auto pairs = kiosk::words_on_grounds(theme);
    REQUIRE(pairs.size() == 6);
    CHECK(pairs[0].words == "text");
    CHECK(pairs[0].ground == "background");
    CHECK(pairs[1].ground == "surface");
    CHECK(kiosk::hex_of(pairs[1].ground_colour) == "#808080");  // half white over black
    CHECK(pairs[2].words == "accent_text");
    CHECK(pairs[2].ground == "accent");
    CHECK_FALSE(pairs[3].kiosk_adjusts);
    CHECK(pairs[4].words == "highlight");
    CHECK(pairs[4].kiosk_adjusts);  // prices are made readable by the screens themselves
}

TEST_CASE("theme_contrast: the shipped theme's own words read at 4.5:1 or better") {
    for (const auto& pair : kiosk::words_on_grounds(kiosk::Theme{})) {
        if (pair.kiosk_adjusts) continue;
        CAPTURE(pair.words);
        CAPTURE(pair.ground);
        CHECK(kiosk::contrast_ratio(pair.words_colour, pair.ground_colour) >= 4.5);
    }
}

TEST_CASE("theme_contrast: the high-contrast look reaches 7:1 for every pair of any shop theme") {
    const kiosk::Theme themes[] = {
        kiosk::Theme{},                                                        // the shipped look
        theme_of(0xFFFFFF, 0xFFFFFF, 0x999999, 0x88CC88, 0xFFFFFF, 0xFFD0B0),  // pale and grey
        theme_of(0x101820, 0x1C2833, 0xB0B8C0, 0x4FC3A1, 0x101820, 0xF0A060),  // a dark shop
        theme_of(0x808080, 0x909090, 0x707070, 0x7F7F7F, 0x8F8F8F, 0x858585),  // all mid grey
        theme_of(0xF6F1E7, 0x202020, 0xF6F1E7, 0xFFEE00, 0xFFFFFF, 0xD9825B),  // dark cards
    };
    for (const kiosk::Theme& shop : themes) {
        const kiosk::Theme strong = kiosk::high_contrast(shop);
        CAPTURE(kiosk::hex_of(shop.background));
        CHECK(weakest(strong) >= kiosk::strong_contrast);
        CHECK(weakest(strong) >= weakest(shop) - 1e-9);  // never weaker than the shop's own
        CHECK(strong.surface.a == 1);
    }
}

TEST_CASE("theme_contrast: the high-contrast look keeps the shop's hues") {
    const kiosk::Theme strong = kiosk::high_contrast(kiosk::Theme{});
    // The deep green accent stays green (its green channel the largest), the cream stays warm.
    CHECK(strong.accent.g > strong.accent.r);
    CHECK(strong.accent.g > strong.accent.b);
    CHECK(strong.background.r > strong.background.b);
    CHECK(strong.background.r > 0.95f);
    CHECK(kiosk::contrast_ratio(strong.text, strong.background) >= 7);
}

TEST_CASE("theme_contrast: colours are written #RRGGBB") {
    CHECK(kiosk::hex_of(hex(0x2F6B4F)) == "#2F6B4F");
    CHECK(kiosk::hex_of({1.2f, -0.1f, 0.5f}) == "#FF0080");
}
