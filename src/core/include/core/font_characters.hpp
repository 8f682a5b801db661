// The characters the kiosk's fonts are built with, in the main font or a fallback font: printable
// ASCII (the staff menu, numbers, file names), the punctuation the screens draw themselves
// (… – — ’ • ·), and every character of the content.
#pragma once

#include <string>
#include <string_view>

namespace kiosk {

// Those characters, ascending, each once, no control characters; `content_characters` is UTF-8
// (every_character() of core/content.hpp). Not the whole of Latin-1: each glyph costs build
// time at every size.
[[nodiscard]] std::u32string font_characters(std::string_view content_characters);

}  // namespace kiosk
