// A block of words as a screen draws it, for the UI dump's `texts`: what part it plays, the size
// it was drawn at, its box and its colour, so that the design brief's type sizes and contrast can
// be checked from outside.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "core/text_fit.hpp"
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
    std::string words{};       // what it says
    friend bool operator==(const TextBlock&, const TextBlock&) = default;
};

// A picture as drawn: its file (relative to the assets folder) and where it stands.
struct PictureBlock {
    std::string image;
    Rect area{};
    friend bool operator==(const PictureBlock&, const PictureBlock&) = default;
};

// What a frame laid out: its touch targets, words and pictures, for taps and the UI dump.
struct DrawnScreen {
    std::vector<TouchTarget> targets{};
    std::vector<TextBlock> texts{};
    std::vector<PictureBlock> pictures{};
    std::vector<TextMisfit> misfits{};  // words that did not fit their box (noted for the dump)
};

}  // namespace kiosk
