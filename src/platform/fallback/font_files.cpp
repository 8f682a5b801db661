// Fonts without fontconfig (Windows, macOS, a portable Linux build): the font folders of
// platform/system.hpp are searched for the families below, first found first, and for fallback
// fonts; a font's characters are read from its own character map (core/font_face.hpp).
#include "platform/font_files.hpp"

#include <algorithm>
#include <cctype>
#include <map>
#include <memory>
#include <mutex>
#include <system_error>
#include <vector>

#include "core/font_face.hpp"
#include "core/path_text.hpp"
#include "platform/system.hpp"

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

// Fallback fonts read first, by file name (lower case): the symbol fonts of each system and of
// Linux's font packages. Segoe UI Emoji is a colour font, which Dear ImGui does not draw.
constexpr std::string_view preferred_regular[] = {
    "seguisym.ttf",                  // Segoe UI Symbol (Windows)
    "arialuni.ttf",                  // Arial Unicode MS (Office)
    "arial unicode.ttf",             // (macOS)
    "dejavusans.ttf",                // DejaVu Sans
    "notosanssymbols2-regular.ttf",  // Noto Sans Symbols 2
    "notosanssymbols-regular.ttf",   // Noto Sans Symbols
    "apple symbols.ttf",             // Apple Symbols (macOS)
};
constexpr std::string_view preferred_bold[] = {"dejavusans-bold.ttf", "notosanssymbols-bold.ttf"};

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
            if (name.size() > 4 && (name.ends_with(".ttf") || name.ends_with(".otf") ||
                                    name.ends_with(".ttc") || name.ends_with(".otc")))
                found.emplace(name, it->path());
        }
    }
    return found;
}

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
    std::optional<FontFace> face = read_font_face(path_from_utf8(font_file), 0);
    if (face) charset_ = new CharacterMap(std::move(face->characters));
}

GlyphCoverage::~GlyphCoverage() {
    delete static_cast<CharacterMap*>(charset_);
}

bool GlyphCoverage::has(char32_t c) const {
    if (!charset_) return c < 0x80;  // Dear ImGui's own font: ASCII only
    return static_cast<CharacterMap*>(charset_)->has(c);
}

struct FallbackSearch::Fonts {
    std::once_flag listed;  // the folders are listed at the first search that needs them
    std::map<std::string, fs::path> files;
    std::vector<std::string> regular_order, bold_order;  // lower-case names, as search_order()

    void list() {
        files = font_files_by_name();
        std::vector<std::string> names;
        for (const auto& [name, path] : files) names.push_back(name);
        regular_order = search_order(names, preferred_regular);
        std::vector<std::string_view> bold(std::begin(preferred_bold), std::end(preferred_bold));
        bold.insert(bold.end(), std::begin(preferred_regular), std::end(preferred_regular));
        bold_order = search_order(names, bold);
    }
};

FallbackSearch::FallbackSearch(const FontFiles&) : fonts_(std::make_unique<Fonts>()) {}

FallbackSearch::~FallbackSearch() = default;

// Reads the files in their order, each as far as its character map (a collection: its first
// face), until every character is found.
FallbackChoice FallbackSearch::find(std::u32string missing, bool bold) const {
    FallbackChoice choice(std::move(missing));
    if (choice.complete()) return choice;
    std::call_once(fonts_->listed, [this] { fonts_->list(); });
    for (const std::string& name : bold ? fonts_->bold_order : fonts_->regular_order) {
        if (choice.complete()) break;
        const fs::path& path = fonts_->files.at(name);
        const std::optional<FontFace> face = read_font_face(path, 0);
        if (!face || !face->drawable || face->colour) continue;
        choice.offer({utf8_of(path), 0, utf8_of(path.stem()), {}},
                     [&](char32_t c) { return face->characters.has(c); });
    }
    return choice;
}

}  // namespace kiosk
