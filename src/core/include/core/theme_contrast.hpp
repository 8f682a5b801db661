// How readable a shop's theme is: the theme's colours that carry words, each paired with what
// it stands on. Staff are warned of a pair below 4.5:1 (--validate); the high-contrast look
// derives a theme from the shop's in which every pair reaches 7:1.
#pragma once

#include <string_view>
#include <vector>

#include "core/content.hpp"

namespace kiosk {

// What the high-contrast look reaches for every text (WCAG 2.1, 1.4.6, level AAA).
inline constexpr double strong_contrast = 7.0;

// Words in one theme colour on a ground of another, as the screens draw them.
struct WordsOnGround {
    std::string_view words;   // the theme key of the words' colour: "text", "accent", ...
    std::string_view ground;  // the theme key of what they stand on: "background", "surface", ...
    Colour words_colour;      // as seen: a colour with alpha laid over what is below it
    Colour ground_colour;
    // The kiosk darkens (or lightens) these words itself until they read (the highlight's
    // prices); staff are not warned of them.
    bool kiosk_adjusts = false;
};

// Every pair of the theme that carries words: text on the background and on the cards, the
// accent's text on the accent (buttons), the accent as words on a card (the current language,
// the answers' letters), the highlight on both grounds (prices).
[[nodiscard]] std::vector<WordsOnGround> words_on_grounds(const Theme& theme);

// The shop's theme made stronger, every pair at `strong_contrast` or more: the grounds pushed
// to their light (or dark) end, the words darkened (or lightened) keeping their hue, all opaque.
[[nodiscard]] Theme high_contrast(const Theme& theme);

// "#RRGGBB", for messages.
[[nodiscard]] std::string hex_of(const Colour& colour);

}  // namespace kiosk
