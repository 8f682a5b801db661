#include "platform/font_lookup.hpp"

#include <algorithm>
#include <iterator>

#include "platform/font_atlas.hpp"

namespace kiosk {

FontLookup::FontLookup()
    : main_(find_font_files()), regular_(main_.regular), bold_(main_.bold), search_(main_) {}

bool FontLookup::can_draw(char32_t c) const {
    if (c > FontAtlas::highest_character) return false;
    if (regular_.has(c) && bold_.has(c)) return true;
    {
        const std::lock_guard lock(mutex_);
        if (const auto known = found_.find(c); known != found_.end()) return known->second;
    }
    // A regular fallback font also serves the bold face, so one that has `c` is enough.
    const bool found = search_.find(std::u32string(1, c), false).complete();
    const std::lock_guard lock(mutex_);
    found_[c] = found;
    return found;
}

FallbackFonts FontLookup::fallbacks_for(const std::u32string& characters) const {
    {
        const std::lock_guard lock(mutex_);
        if (characters == last_characters_) return last_fallbacks_;
    }
    std::u32string drawable;
    std::copy_if(characters.begin(), characters.end(), std::back_inserter(drawable),
                 [](char32_t c) { return c <= FontAtlas::highest_character; });
    const FallbackChoice regular =
        search_.find(lacking(drawable, [this](char32_t c) { return regular_.has(c); }), false);
    const FallbackChoice bold =
        search_.find(lacking(drawable, [this](char32_t c) { return bold_.has(c); }), true);
    FallbackFonts fonts{regular.fonts(), bold.fonts(), regular.missing()};
    for (char32_t c : bold.missing())
        if (fonts.not_found.find(c) == std::u32string::npos) fonts.not_found += c;
    std::sort(fonts.not_found.begin(), fonts.not_found.end());
    for (char32_t c : characters)
        if (c > FontAtlas::highest_character) fonts.not_found += c;
    const std::lock_guard lock(mutex_);
    last_characters_ = characters;
    last_fallbacks_ = fonts;
    return fonts;
}

}  // namespace kiosk
