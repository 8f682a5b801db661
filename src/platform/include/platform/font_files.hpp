// Finding the font files on this machine: Noto Sans, else the system's own sans-serif. Through
// fontconfig where the build has it (platform/fontconfig/font_files.cpp), else by looking in
// the system's font folders (platform/fallback/font_files.cpp).
#pragma once

#include <string>

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

}  // namespace kiosk
