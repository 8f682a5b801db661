// Fonts without fontconfig (Windows, macOS, a portable Linux build): the font folders of
// platform/system.hpp are searched for the families below, first found first; a font's
// characters are read from its own character map with stb_truetype.
#include "platform/font_files.hpp"

#include <algorithm>
#include <cctype>
#include <fstream>
#include <iterator>
#include <map>
#include <memory>
#include <system_error>
#include <vector>

#include "core/path_text.hpp"
#include "platform/system.hpp"

#define STBTT_STATIC
#define STB_TRUETYPE_IMPLEMENTATION
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wunused-function"
#include <stb_truetype.h>
#pragma GCC diagnostic pop

namespace kiosk {
namespace {

namespace fs = std::filesystem;

struct Family {
    const char* name;
    const char* regular;  // file names, lower case
    const char* bold;
};

// Noto Sans as on Linux (bundled in the Windows zip's fonts folder, or installed), then each
// system's own sans-serif.
constexpr Family families[] = {
    {"Noto Sans", "notosans-regular.ttf", "notosans-bold.ttf"},
    {"Segoe UI", "segoeui.ttf", "segoeuib.ttf"},
    {"DejaVu Sans", "dejavusans.ttf", "dejavusans-bold.ttf"},
    {"Arial", "arial.ttf", "arialbd.ttf"},
    {"Arial", "arial.ttf", "arial bold.ttf"},
};

std::string lower(std::string text) {
    std::transform(text.begin(), text.end(), text.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return text;
}

// Every font file in the folders (three levels deep), by lower-case name; the first folder
// that has a name wins.
std::map<std::string, fs::path> font_files_by_name() {
    std::map<std::string, fs::path> found;
    for (const fs::path& folder : os::font_folders()) {
        std::error_code ec;
        for (fs::recursive_directory_iterator
                 it(folder, fs::directory_options::skip_permission_denied, ec),
             end;
             !ec && it != end; it.increment(ec)) {
            if (it.depth() > 2) it.disable_recursion_pending();
            const std::string name = lower(utf8_of(it->path().filename()));
            if (name.size() > 4 && (name.ends_with(".ttf") || name.ends_with(".otf")))
                found.emplace(name, it->path());
        }
    }
    return found;
}

struct CharacterMap {
    std::vector<unsigned char> bytes;
    stbtt_fontinfo info{};
};

}  // namespace

FontFiles find_font_files() {
    const auto files = font_files_by_name();
    for (const Family& family : families) {
        auto regular = files.find(family.regular);
        if (regular == files.end()) continue;
        auto bold = files.find(family.bold);
        const std::string regular_file = utf8_of(regular->second);
        return {regular_file, bold == files.end() ? regular_file : utf8_of(bold->second),
                family.name};
    }
    return {};
}

GlyphCoverage::GlyphCoverage(const std::string& font_file) {
    if (font_file.empty()) return;
    std::ifstream in(path_from_utf8(font_file), std::ios::binary);
    auto map = std::make_unique<CharacterMap>();
    map->bytes.assign(std::istreambuf_iterator<char>(in), {});
    if (map->bytes.empty()) return;
    const int offset = stbtt_GetFontOffsetForIndex(map->bytes.data(), 0);
    if (offset < 0 || !stbtt_InitFont(&map->info, map->bytes.data(), offset)) return;
    charset_ = map.release();
}

GlyphCoverage::~GlyphCoverage() {
    delete static_cast<CharacterMap*>(charset_);
}

bool GlyphCoverage::has(char32_t c) const {
    if (!charset_) return c < 0x80;  // Dear ImGui's own font: ASCII only
    auto* map = static_cast<CharacterMap*>(charset_);
    return stbtt_FindGlyphIndex(&map->info, static_cast<int>(c)) != 0;
}

}  // namespace kiosk
