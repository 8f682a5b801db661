// Choosing fallback fonts (core/fallback_fonts.hpp): which font supplies which character, the
// order in which font files are read without fontconfig, the size of a merged font, the log line.
#include "core/fallback_fonts.hpp"

#include <doctest/doctest.h>

#include <string>
#include <string_view>
#include <vector>

using kiosk::FallbackChoice;
using kiosk::FallbackFont;
using kiosk::FallbackFonts;

namespace {

// A font's coverage as a test writes it: the characters it has.
auto has_any_of(std::u32string characters) {
    return [characters](char32_t c) { return characters.find(c) != std::u32string::npos; };
}

FallbackFont font(std::string name) {
    return {"/fonts/" + name + ".ttf", 0, name, {}};
}

}  // namespace

TEST_CASE("fallback_fonts: each font offered keeps the characters still missing that it has") {
    FallbackChoice choice(U"\u2194\u2713\uE000");
    CHECK_FALSE(choice.complete());
    CHECK(choice.offer(font("Symbols"), has_any_of(U"\u2194\u2190")));
    CHECK_FALSE(choice.offer(font("Latin"), has_any_of(U"abc")));
    CHECK_FALSE(choice.offer(font("Arrows"), has_any_of(U"\u2194")));  // adds nothing new
    CHECK(choice.offer(font("DejaVu"), has_any_of(U"\u2194\u2713")));
    REQUIRE(choice.fonts().size() == 2);
    CHECK(choice.fonts()[0].name == "Symbols");
    CHECK(choice.fonts()[0].characters == U"\u2194");
    CHECK(choice.fonts()[1].name == "DejaVu");
    CHECK(choice.fonts()[1].characters == U"\u2713");  // not the arrow: Symbols has it
    CHECK(choice.missing() == U"\uE000");
    CHECK_FALSE(choice.complete());
    CHECK(choice.offer(font("Private"), has_any_of(U"\uE000")));
    CHECK(choice.complete());
    CHECK(choice.missing().empty());
}

TEST_CASE("fallback_fonts: nothing missing is a complete choice of no font") {
    FallbackChoice choice(U"");
    CHECK(choice.complete());
    CHECK_FALSE(choice.offer(font("DejaVu"), has_any_of(U"\u2194")));
    CHECK(choice.fonts().empty());
}

TEST_CASE("fallback_fonts: the characters a font lacks, in their order") {
    CHECK(kiosk::lacking(U"ab\u2194c\u2713", has_any_of(U"abc")) == U"\u2194\u2713");
    CHECK(kiosk::lacking(U"abc", has_any_of(U"abc")).empty());
}

TEST_CASE("fallback_fonts: files read in the preferred order first, then the others") {
    const std::vector<std::string> names = {"arial.ttf", "dejavusans.ttf", "seguiemj.ttf",
                                            "seguisym.ttf", "tahoma.ttf"};
    const std::string_view preferred[] = {"seguisym.ttf", "arialuni.ttf", "dejavusans.ttf",
                                          "seguisym.ttf"};
    CHECK(kiosk::search_order(names, preferred) ==
          std::vector<std::string>{"seguisym.ttf", "dejavusans.ttf", "arial.ttf", "seguiemj.ttf",
                                   "tahoma.ttf"});
    CHECK(kiosk::search_order({}, preferred).empty());
    CHECK(kiosk::search_order(names, {}) == names);
}

TEST_CASE("fallback_fonts: a merged font is sized so that its letters match the main font's") {
    // Noto Sans is 1.362 em from ascender to descender, DejaVu Sans 1.164 em: at 48 pixels,
    // DejaVu's em is Noto's, 35.2 pixels, at 41 pixels.
    CHECK(kiosk::fallback_pixels(48, 1.362f, 1.164f) == doctest::Approx(41.02).epsilon(0.001));
    CHECK(kiosk::fallback_pixels(48, 1.362f, 1.362f) == doctest::Approx(48));
    CHECK(kiosk::fallback_pixels(48, 0, 1.164f) == doctest::Approx(48));  // main unknown
    CHECK(kiosk::fallback_pixels(48, 1.362f, 0) == doctest::Approx(48));
}

TEST_CASE("fallback_fonts: the log line names each face's fonts and what no font has") {
    FallbackFonts fonts;
    CHECK(kiosk::fallback_summary(fonts) == "none needed");
    fonts.regular = {{"/f/DejaVuSans.ttf", 0, "DejaVu Sans", U"\u2194\u2713"}};
    fonts.bold = {{"/f/DejaVuSans-Bold.ttf", 0, "DejaVu Sans Bold", U"\u2194"},
                  {"/f/Symbols2.ttf", 0, "Noto Sans Symbols2", U"\u2713"}};
    CHECK(kiosk::fallback_summary(fonts) ==
          "DejaVu Sans for U+2194 U+2713; bold: DejaVu Sans Bold for U+2194, Noto Sans Symbols2 "
          "for U+2713");
    const FallbackFonts not_all{fonts.regular, fonts.bold, U"\uE000"};
    CHECK(kiosk::fallback_summary(not_all).ends_with("; no font has U+E000"));
    CHECK(kiosk::fallback_summary({{}, {}, U"\uE000"}) == "no font has U+E000");
    const FallbackFonts many{
        {{"/f/Thai.ttf", 0, "Noto Sans Thai", U"\u0E01\u0E02\u0E03\u0E04\u0E05\u0E06\u0E07\u0E08"}},
        {},
        {}};
    CHECK(kiosk::fallback_summary(many) ==
          "Noto Sans Thai for U+0E01 U+0E02 U+0E03 U+0E04 U+0E05 U+0E06 and 2 more; bold: none");
}
