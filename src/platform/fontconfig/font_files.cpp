#include "platform/font_files.hpp"

#include <fontconfig/fontconfig.h>

#include <filesystem>
#include <optional>

#include "core/font_face.hpp"
#include "core/path_text.hpp"

namespace kiosk {
namespace {

// Dear ImGui reads TrueType and OpenType files (.ttf, .otf) and, by a face's index, collections.
bool readable_file(const std::string& file, bool collections) {
    const auto ext = std::filesystem::path(file).extension().string();
    return ext == ".ttf" || ext == ".otf" || (collections && (ext == ".ttc" || ext == ".otc"));
}

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
        if (readable_file(candidate, false)) file = candidate;
    }
    if (found) FcPatternDestroy(found);
    FcPatternDestroy(pattern);
    return file;
}

// The installed fonts sorted for the missing characters: those that have the most of them first,
// among equals the closest to the main family, weight and slant (fontconfig's own order).
FcFontSet* sorted_for(const std::string& family, std::u32string_view missing, bool bold) {
    FcPattern* pattern = FcPatternCreate();
    if (!family.empty())
        FcPatternAddString(pattern, FC_FAMILY, reinterpret_cast<const FcChar8*>(family.c_str()));
    FcPatternAddInteger(pattern, FC_WEIGHT, bold ? FC_WEIGHT_BOLD : FC_WEIGHT_REGULAR);
    FcPatternAddInteger(pattern, FC_SLANT, FC_SLANT_ROMAN);
    FcCharSet* characters = FcCharSetCreate();
    for (char32_t c : missing) FcCharSetAddChar(characters, static_cast<FcChar32>(c));
    FcPatternAddCharSet(pattern, FC_CHARSET, characters);
    FcCharSetDestroy(characters);  // the pattern holds its own copy
    FcConfigSubstitute(nullptr, pattern, FcMatchPattern);
    FcDefaultSubstitute(pattern);
    FcResult result;
    FcFontSet* sorted = FcFontSort(nullptr, pattern, FcFalse, nullptr, &result);
    FcPatternDestroy(pattern);
    return sorted;
}

// The font as a fallback, when Dear ImGui can draw it: a file it reads, not one named instance
// of a variable font (the index's upper half), not a colour font.
std::optional<FallbackFont> fallback_of(FcPattern* font) {
    FcChar8* file = nullptr;
    int index = 0;
    if (FcPatternGetString(font, FC_FILE, 0, &file) != FcResultMatch ||
        !readable_file(reinterpret_cast<char*>(file), true))
        return std::nullopt;
    FcPatternGetInteger(font, FC_INDEX, 0, &index);
    FcBool colour = FcFalse;
#ifdef FC_COLOR
    FcPatternGetBool(font, FC_COLOR, 0, &colour);
#endif
    if (colour || index < 0 || (index >> 16) != 0) return std::nullopt;
    FcChar8* name = nullptr;
    if (FcPatternGetString(font, FC_FULLNAME, 0, &name) != FcResultMatch)
        FcPatternGetString(font, FC_FAMILY, 0, &name);
    return FallbackFont{
        reinterpret_cast<char*>(file), index, name ? reinterpret_cast<char*>(name) : "", {}};
}

// What fontconfig does not say: the outlines are ones Dear ImGui draws, and not in colour.
bool drawable(const std::string& file, int face) {
    const std::optional<FontFace> read = read_font_face(path_from_utf8(file), face);
    return read && read->drawable && !read->colour;
}

}  // namespace

struct FallbackSearch::Fonts {
    std::string family;  // the main family, which the fonts are sorted against
};

FallbackSearch::FallbackSearch(const FontFiles& main)
    : fonts_(std::make_unique<Fonts>(Fonts{main.family})) {
    FcInit();
}

FallbackSearch::~FallbackSearch() = default;

FallbackChoice FallbackSearch::find(std::u32string missing, bool bold) const {
    FallbackChoice choice(std::move(missing));
    if (choice.complete()) return choice;
    FcFontSet* sorted = sorted_for(fonts_->family, choice.missing(), bold);
    for (int i = 0; sorted && i < sorted->nfont && !choice.complete(); ++i) {
        FcCharSet* set = nullptr;
        std::optional<FallbackFont> font = fallback_of(sorted->fonts[i]);
        if (!font || FcPatternGetCharSet(sorted->fonts[i], FC_CHARSET, 0, &set) != FcResultMatch)
            continue;
        auto has = [set](char32_t c) {
            return FcCharSetHasChar(set, static_cast<FcChar32>(c)) == FcTrue;
        };
        // The file is looked at only when the font would add characters.
        if (lacking(choice.missing(), has).size() < choice.missing().size() &&
            drawable(font->file, font->face))
            choice.offer(std::move(*font), has);
    }
    if (sorted) FcFontSetDestroy(sorted);
    return choice;
}

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
