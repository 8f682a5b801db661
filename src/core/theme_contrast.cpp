#include "core/theme_contrast.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>

#include "core/contrast.hpp"

namespace kiosk {
namespace {

constexpr Colour black{0, 0, 0}, white{1, 1, 1};

// `top` laid over the opaque `below` by its alpha.
Colour over(const Colour& top, const Colour& below) {
    auto blend = [&](float a, float b) { return a * top.a + b * (1 - top.a); };
    return {blend(top.r, below.r), blend(top.g, below.g), blend(top.b, below.b), 1};
}

Colour opaque(const Colour& c) {
    return {c.r, c.g, c.b, 1};
}

// `c` taken `t` of the way to `to`.
Colour towards(const Colour& c, const Colour& to, float t) {
    return {c.r + (to.r - c.r) * t, c.g + (to.g - c.g) * t, c.b + (to.b - c.b) * t, 1};
}

// How far the high-contrast look takes the shop's background towards white (or black): a tint
// of it stays, so that the shop's look is still there.
constexpr float background_push = 0.6f;

}  // namespace

std::vector<WordsOnGround> words_on_grounds(const Theme& theme) {
    const Colour background = opaque(theme.background);
    const Colour surface = over(theme.surface, background);
    const Colour accent = over(theme.accent, background);
    return {
        {"text", "background", over(theme.text, background), background},
        {"text", "surface", over(theme.text, surface), surface},
        {"accent_text", "accent", over(theme.accent_text, accent), accent},
        {"accent", "surface", over(theme.accent, surface), surface},
        {"highlight", "surface", over(theme.highlight, surface), surface, true},
        {"highlight", "background", over(theme.highlight, background), background, true},
    };
}

Theme high_contrast(const Theme& theme) {
    // Light grounds get lighter and dark words darker; a dark theme the other way round.
    const Colour background = opaque(theme.background);
    const bool light = contrast_ratio(background, black) >= contrast_ratio(background, white);
    const Colour far = light ? white : black;
    Theme strong;
    strong.background = towards(background, far, background_push);
    strong.surface = far;
    auto words = [&](const Colour& c) {
        const Colour seen = over(c, strong.background);
        return readable_on(readable_on(seen, strong.surface, strong_contrast), strong.background,
                           strong_contrast);
    };
    strong.text = words(theme.text);
    strong.highlight = words(theme.highlight);
    // Buttons: the accent deepened until the far colour reads on it; being as far from the
    // surface, the accent then reads as words on a card too.
    strong.accent_text = far;
    strong.accent = readable_on(over(theme.accent, strong.background), far, strong_contrast);
    return strong;
}

std::string hex_of(const Colour& colour) {
    auto byte = [](float v) {
        return static_cast<unsigned>(std::lround(std::clamp(v, 0.f, 1.f) * 255));
    };
    char text[8];
    std::snprintf(text, sizeof text, "#%02X%02X%02X", byte(colour.r), byte(colour.g),
                  byte(colour.b));
    return text;
}

}  // namespace kiosk
