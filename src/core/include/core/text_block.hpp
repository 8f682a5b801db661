// A block of words as a screen draws it, for the UI dump's `texts`: what part it plays, the size
// it was drawn at, its box and its colour, so that the design brief's type sizes and contrast can
// be checked from outside.
#pragma once

#include <cstdint>
#include <vector>

#include "core/touch_target.hpp"

namespace kiosk {

enum class TextRole {
    title,    // a slide's or screen's title, a question
    heading,  // a product's or tip's name, a section's heading
    body,     // running text: a slide's words, a summary, a hint
    label,    // the words on a button, tile or language pill
    price,    // a product's price
    why,      // "why it fits you" and its lines
    fine,     // the disclaimer, captions, counts
    staff,    // the staff menu's and the preview's words: not the shopper's
};

[[nodiscard]] const char* role_name(TextRole role);

struct TextBlock {
    TextRole role = TextRole::body;
    float size = 0;            // the font size it was drawn at, pixels
    Rect box{};                // where its lines stand
    std::uint32_t colour = 0;  // 0xRRGGBB
    float opacity = 1;         // below 1 while it fades in, or on a disabled button
    friend bool operator==(const TextBlock&, const TextBlock&) = default;
};

}  // namespace kiosk
