#include "platform/font_files.hpp"

#include <fontconfig/fontconfig.h>

#include <filesystem>

namespace kiosk {
namespace {

// The file fontconfig picks for the pattern, when its family is the one asked for.
std::string match(const char* family, int weight) {
    FcPattern* pattern = FcPatternCreate();
    FcPatternAddString(pattern, FC_FAMILY, reinterpret_cast<const FcChar8*>(family));
    FcPatternAddInteger(pattern, FC_WEIGHT, weight);
    FcPatternAddInteger(pattern, FC_SLANT, FC_SLANT_ROMAN);
    FcConfigSubstitute(nullptr, pattern, FcMatchPattern);
    FcDefaultSubstitute(pattern);
    FcResult result;
    FcPattern* found = FcFontMatch(nullptr, pattern, &result);
    std::string file;
    FcChar8* path = nullptr;
    FcChar8* found_family = nullptr;
    if (found && FcPatternGetString(found, FC_FILE, 0, &path) == FcResultMatch &&
        FcPatternGetString(found, FC_FAMILY, 0, &found_family) == FcResultMatch &&
        std::string(reinterpret_cast<char*>(found_family)) == family) {
        std::string candidate = reinterpret_cast<char*>(path);
        // Dear ImGui reads TrueType and OpenType (.ttf, .otf) files only.
        auto ext = std::filesystem::path(candidate).extension().string();
        if (ext == ".ttf" || ext == ".otf") file = candidate;
    }
    if (found) FcPatternDestroy(found);
    FcPatternDestroy(pattern);
    return file;
}

}  // namespace

FontFiles find_font_files() {
    FcInit();
    for (const char* family : {"Noto Sans", "DejaVu Sans"}) {
        std::string regular = match(family, FC_WEIGHT_REGULAR);
        if (regular.empty()) continue;
        std::string bold = match(family, FC_WEIGHT_BOLD);
        return {regular, bold.empty() ? regular : bold, family};
    }
    return {};
}

GlyphCoverage::GlyphCoverage(const std::string& font_file) {
    if (font_file.empty()) return;
    int count = 0;
    FcPattern* pattern =
        FcFreeTypeQuery(reinterpret_cast<const FcChar8*>(font_file.c_str()), 0, nullptr, &count);
    if (!pattern) return;
    FcCharSet* set = nullptr;
    if (FcPatternGetCharSet(pattern, FC_CHARSET, 0, &set) == FcResultMatch)
        charset_ = FcCharSetCopy(set);
    FcPatternDestroy(pattern);
}

GlyphCoverage::~GlyphCoverage() {
    if (charset_) FcCharSetDestroy(static_cast<FcCharSet*>(charset_));
}

bool GlyphCoverage::has(char32_t c) const {
    if (!charset_) return c < 0x80;  // Dear ImGui's own font: ASCII only
    return FcCharSetHasChar(static_cast<FcCharSet*>(charset_), static_cast<FcChar32>(c));
}

}  // namespace kiosk
