// What the kiosk reads itself of one face of a TrueType or OpenType font file (.ttf, .otf, and a
// face of a collection, .ttc): whether Dear ImGui's rasteriser can draw it, whether it is a
// colour (emoji) font, its height per em and which characters it has. Only the table directory
// and the head, hhea and cmap tables are read, never the outlines, so a search through a big
// font folder stays quick; every offset is checked against what was read. Drawing is Dear
// ImGui's (stb_truetype).
#pragma once

#include <cstdint>
#include <filesystem>
#include <istream>
#include <optional>
#include <vector>

namespace kiosk {

// Which characters a face has, from the Unicode subtable of its cmap table: format 12 (every
// plane) where the font has one, else format 4 (the Basic Multilingual Plane).
class CharacterMap {
  public:
    CharacterMap() = default;  // has no character
    // `cmap` is the whole cmap table.
    explicit CharacterMap(std::vector<unsigned char> cmap);
    [[nodiscard]] bool has(char32_t c) const;

  private:
    std::vector<unsigned char> table_;
    std::uint32_t subtable_ = 0;  // offset of the subtable read, in `table_`
    std::uint16_t format_ = 0;    // 4 or 12; 0 when the table has neither
};

struct FontFace {
    // Outlines Dear ImGui draws (glyf with loca, or CFF) and the tables it needs to (cmap, head,
    // hhea, hmtx).
    bool drawable = false;
    bool colour = false;      // colour glyphs (CBDT, sbix, COLR or SVG tables): an emoji font
    float height_per_em = 0;  // ascender to descender (hhea) over units per em (head); 0: unknown
    CharacterMap characters;
};

// Face `face` (0 for a single font) of the font file in `in`; nullopt when it is not a TrueType
// or OpenType file or has no such face.
[[nodiscard]] std::optional<FontFace> read_font_face(std::istream& in, int face);
[[nodiscard]] std::optional<FontFace> read_font_face(const std::filesystem::path& file, int face);

}  // namespace kiosk
