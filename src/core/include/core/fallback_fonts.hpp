// Fallback fonts: fonts on the machine that supply the characters the main font lacks (an arrow
// '↔', a tick '✓'). The system's font lookup offers fonts best first (platform/font_files.hpp);
// each keeps the characters still missing that it has, and one that adds none is left out, so
// the font atlas merges few fonts, each with only the glyphs it supplies
// (platform/font_atlas.cpp).
#pragma once

#include <functional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace kiosk {

struct FallbackFont {
    std::string file;           // UTF-8 path
    int face = 0;               // the face in a font collection (.ttc), else 0
    std::string name;           // "DejaVu Sans Bold", for the log
    std::u32string characters;  // the characters it supplies, ascending
};

// The fallback fonts of the regular and the bold faces for the characters of the atlas.
struct FallbackFonts {
    std::vector<FallbackFont> regular, bold;
    std::u32string not_found;  // characters no installed font has, ascending
};

// One search: the fonts offered in turn, best first.
class FallbackChoice {
  public:
    explicit FallbackChoice(std::u32string missing);  // ascending, each once

    // Keeps `font` with the characters still missing that `has`; a font that adds none is not
    // kept. Returns whether it was.
    bool offer(FallbackFont font, const std::function<bool(char32_t)>& has);
    [[nodiscard]] bool complete() const { return missing_.empty(); }
    [[nodiscard]] const std::u32string& missing() const { return missing_; }
    [[nodiscard]] const std::vector<FallbackFont>& fonts() const { return fonts_; }

  private:
    std::u32string missing_;
    std::vector<FallbackFont> fonts_;
};

// The characters of `characters` that `has` lacks, in their order.
[[nodiscard]] std::u32string lacking(std::u32string_view characters,
                                     const std::function<bool(char32_t)>& has);

// The order in which a search without fontconfig reads the font files of the font folders: the
// preferred names first, in their order, then every other name in the order given. A preferred
// name that is not there is left out.
[[nodiscard]] std::vector<std::string> search_order(const std::vector<std::string>& names,
                                                    std::span<const std::string_view> preferred);

// The pixel size at which a fallback font's letters are as tall as the main font's at `pixels`.
// Dear ImGui sizes a font by its height from ascender to descender, which for the same letters
// differs from font to font (Noto Sans 1.36 em, DejaVu Sans 1.16 em). An unknown height (0)
// keeps `pixels`.
[[nodiscard]] float fallback_pixels(float pixels, float main_height_per_em,
                                    float fallback_height_per_em);

// For the log: "DejaVu Sans for U+2194 U+2713; bold: DejaVu Sans Bold for U+2194 U+2713", with
// "; no font has U+E000" at the end; "none needed" when the main font has every character.
[[nodiscard]] std::string fallback_summary(const FallbackFonts& fonts);

}  // namespace kiosk
