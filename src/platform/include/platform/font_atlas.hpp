// The fonts the screens draw with, built into Dear ImGui's atlas at sizes that follow the
// screen, with glyphs for every character the content uses.
#pragma once

#include <string>
#include <vector>

#include "platform/font_files.hpp"

struct ImFont;

namespace kiosk {

struct FontRequest {
    float pixels = 32;  // glyph height
    bool bold = false;
    bool digits_only = false;  // a big number face needs 0-9 only: a far smaller atlas
};

class FontAtlas {
  public:
    // `on_gpu` false: the glyphs are measured, never drawn (laying out screens without a
    // window), so no texture is made.
    explicit FontAtlas(FontFiles files, bool on_gpu = true)
        : files_(std::move(files)), on_gpu_(on_gpu) {}

    // Rebuilds the atlas (and its texture) when the sizes or the characters changed.
    // Returns the fonts in the order of `requests`.
    const std::vector<ImFont*>& build(const std::vector<FontRequest>& requests,
                                      const std::string& all_text);
    [[nodiscard]] const FontFiles& files() const { return files_; }

  private:
    FontFiles files_;
    bool on_gpu_ = true;
    std::vector<FontRequest> built_requests_;
    std::string built_text_;
    std::vector<ImFont*> fonts_;
    std::vector<unsigned short> ranges_;  // ImWchar ranges, kept alive for the atlas
};

}  // namespace kiosk
