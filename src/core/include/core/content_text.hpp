// Reading a Text: a string a shopper reads, either one string for every language or an object
// from language code to string. Checks the languages against kiosk.json and the characters
// against the fonts.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/content.hpp"
#include "core/content_fields.hpp"
#include "core/content_loader.hpp"

namespace kiosk {

struct TextRules {
    std::vector<std::string> languages;  // from kiosk.json; empty while unknown
    std::string default_language;        // from kiosk.json; empty while unknown
    GlyphCheck can_draw;                 // empty: every character can be drawn
};

// The Text at `field`; an empty Text (with an error) when it is neither a string nor an object
// of strings, or lacks the default language.
[[nodiscard]] Text read_text(const Field& field, const TextRules& rules);

// Warns about the first character of `text` (at `field`) that the fonts cannot draw.
void check_drawable(const Field& field, std::string_view text, const TextRules& rules);

}  // namespace kiosk
