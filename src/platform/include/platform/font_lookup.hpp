// The fonts of this machine the kiosk draws with: the main family, and for the characters it
// lacks, fallback fonts found through the system's font lookup (platform/font_files.hpp). The
// content's glyph check asks it whether a character can be drawn, the font atlas which fonts to
// merge. Safe to use from several threads: content is checked on worker threads while the atlas
// is built.
#pragma once

#include <map>
#include <mutex>
#include <string>

#include "core/fallback_fonts.hpp"
#include "platform/font_files.hpp"

namespace kiosk {

class FontLookup {
  public:
    FontLookup();  // finds the main family (find_font_files())

    [[nodiscard]] const FontFiles& main() const { return main_; }

    // Whether the atlas can draw `c` in both faces, with the main font or a fallback font: false
    // only for a character no installed font has (or that Dear ImGui's atlas cannot hold).
    [[nodiscard]] bool can_draw(char32_t c) const;

    // The fallback fonts of each face for `characters` (ascending, each once; font_characters()).
    [[nodiscard]] FallbackFonts fallbacks_for(const std::u32string& characters) const;

  private:
    FontFiles main_;
    GlyphCoverage regular_, bold_;
    FallbackSearch search_;
    mutable std::mutex mutex_;
    mutable std::map<char32_t, bool> found_;  // characters the main font lacks: has any font it
    mutable std::u32string last_characters_;  // the last fallbacks_for(), whose answer is kept
    mutable FallbackFonts last_fallbacks_;
};

}  // namespace kiosk
