// Finding the font files on this machine: Noto Sans, else the system's own sans-serif, and
// fallback fonts for the characters it lacks. Through fontconfig where the build has it
// (platform/fontconfig/font_files.cpp), else by looking in the system's font folders
// (platform/fallback/font_files.cpp).
#pragma once

#include <memory>
#include <string>

#include "core/fallback_fonts.hpp"

namespace kiosk {

struct FontFiles {
    std::string regular;  // empty when nothing was found: use Dear ImGui's own font
    std::string bold;     // may equal `regular` when no bold face exists
    std::string family;   // the family found, for the log
};

[[nodiscard]] FontFiles find_font_files();

// Whether the font file has a glyph for the character (for the content's glyph warning).
class GlyphCoverage {
  public:
    explicit GlyphCoverage(const std::string& font_file);
    ~GlyphCoverage();
    GlyphCoverage(const GlyphCoverage&) = delete;
    GlyphCoverage& operator=(const GlyphCoverage&) = delete;
    [[nodiscard]] bool has(char32_t c) const;

  private:
    void* charset_ = nullptr;  // the font's character map, as the build's lookup keeps it
};

// Fonts that supply characters the main font lacks. With fontconfig: its coverage search (the
// fonts sorted by how many of the characters they have, then by closeness to the main family,
// weight and slant). Without: the font files of the font folders, a preferred list of symbol
// fonts first (Segoe UI Symbol, Arial Unicode, DejaVu Sans, Noto Sans Symbols 2, Apple Symbols),
// then the others until every character is found, each read only as far as its character map.
// Only faces Dear ImGui draws are taken: TrueType and OpenType outlines, no colour (emoji)
// fonts. Safe to use from several threads.
class FallbackSearch {
  public:
    explicit FallbackSearch(const FontFiles& main);
    ~FallbackSearch();
    FallbackSearch(const FallbackSearch&) = delete;
    FallbackSearch& operator=(const FallbackSearch&) = delete;

    // The fonts for `missing` (ascending, each once), for the bold face or the regular one; a
    // bold face may get a regular font. What no font has stays in the choice's missing().
    [[nodiscard]] FallbackChoice find(std::u32string missing, bool bold) const;

  private:
    struct Fonts;  // what the search keeps between searches, as this system's lookup needs it
    std::unique_ptr<Fonts> fonts_;
};

}  // namespace kiosk
