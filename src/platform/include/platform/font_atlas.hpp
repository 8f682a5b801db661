// The fonts the screens draw with, built into Dear ImGui's atlas at sizes that follow the
// screen, with glyphs for every character the content uses: from the main font, and for those it
// lacks, from fallback fonts merged into each size with only the glyphs they supply.
#pragma once

#include <deque>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "core/fallback_fonts.hpp"
#include "platform/font_lookup.hpp"

struct ImFont;
struct ImFontConfig;

namespace kiosk {

struct FontRequest {
    float pixels = 32;  // glyph height
    bool bold = false;
    bool digits_only = false;  // a big number face needs 0-9 only: a far smaller atlas
};

class FontAtlas {
  public:
    // The highest character the atlas holds: Dear ImGui's characters are 16 bits in this build.
    static constexpr char32_t highest_character = 0xFFFF;

    // `on_gpu` false: the glyphs are measured, never drawn (laying out screens without a
    // window), so no texture is made.
    explicit FontAtlas(const FontLookup& fonts, bool on_gpu = true)
        : lookup_(fonts), on_gpu_(on_gpu) {}

    // Rebuilds the atlas (and its texture) when the sizes or the characters changed.
    // Returns the fonts in the order of `requests`.
    const std::vector<ImFont*>& build(const std::vector<FontRequest>& requests,
                                      const std::string& all_text);
    // The fallback fonts of the last build's characters.
    [[nodiscard]] const FallbackFonts& fallbacks() const { return fallbacks_; }

  private:
    struct FontData {
        std::vector<unsigned char> bytes;  // the whole file, read once a build
        float height_per_em = 0;
    };
    // The font's data, read at its first use in a build; null when it cannot be read or drawn.
    const FontData* data_of(const std::string& file, int face);
    ImFont* add(const FontData& data, float pixels, ImFontConfig& config,
                const unsigned short* ranges);
    ImFont* add_main(const FontRequest& r);
    void merge_fallbacks(const FontRequest& r);

    const FontLookup& lookup_;
    bool on_gpu_ = true;
    std::vector<FontRequest> built_requests_;
    std::string built_text_;
    std::vector<ImFont*> fonts_;
    FallbackFonts fallbacks_;
    std::map<std::string, std::optional<FontData>> data_;  // by file and face, while building
    // ImWchar ranges, kept alive for the atlas: the main font's, and each merged font's.
    std::vector<unsigned short> ranges_;
    std::deque<std::vector<unsigned short>> merged_ranges_;
};

}  // namespace kiosk
