// The characters the fonts are built with (core/font_characters.hpp).
#include "core/font_characters.hpp"

#include <doctest/doctest.h>

#include <algorithm>

using kiosk::font_characters;

TEST_CASE("font_characters: printable ASCII and the screens' own punctuation, always") {
    const std::u32string none = font_characters("");
    CHECK(none.find(U' ') != std::u32string::npos);
    CHECK(none.find(U'~') != std::u32string::npos);
    for (char32_t c : U"\u2026\u2013\u2014\u2019\u2022\u00B7")
        if (c) CHECK(none.find(c) != std::u32string::npos);
    CHECK(none.find(U'\n') == std::u32string::npos);
    CHECK(none.find(U'\x7F') == std::u32string::npos);
    CHECK(none.size() == 95 + 6);
}

TEST_CASE("font_characters: every character of the content, ascending, each once") {
    // "é ↔ ✓ ↔", a control character and a byte that is not UTF-8
    const std::u32string all =
        font_characters("\xC3\xA9 \xE2\x86\x94 \xE2\x9C\x93\t\xFF\xE2\x86\x94");
    CHECK(std::is_sorted(all.begin(), all.end()));
    CHECK(std::adjacent_find(all.begin(), all.end()) == all.end());
    CHECK(all.size() == 95 + 6 + 3);
    CHECK(all.find(U'\u00E9') != std::u32string::npos);
    CHECK(all.find(U'\u2194') != std::u32string::npos);
    CHECK(all.find(U'\u2713') != std::u32string::npos);
    CHECK(all.find(U'\t') == std::u32string::npos);
}
