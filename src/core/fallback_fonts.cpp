#include "core/fallback_fonts.hpp"

#include <algorithm>

#include "core/utf8.hpp"

namespace kiosk {
namespace {

// "U+2194 U+2713", the first few of many and how many more.
std::string names_of(std::u32string_view characters) {
    constexpr std::size_t shown = 6;
    std::string out;
    for (std::size_t i = 0; i < characters.size() && i < shown; ++i) {
        if (i) out += ' ';
        out += code_point_name(characters[i]);
    }
    if (characters.size() > shown)
        out += " and " + std::to_string(characters.size() - shown) + " more";
    return out;
}

std::string fonts_of(const std::vector<FallbackFont>& fonts) {
    std::string out;
    for (const FallbackFont& f : fonts) {
        if (!out.empty()) out += ", ";
        out += f.name + " for " + names_of(f.characters);
    }
    return out.empty() ? "none" : out;
}

}  // namespace

FallbackChoice::FallbackChoice(std::u32string missing) : missing_(std::move(missing)) {}

bool FallbackChoice::offer(FallbackFont font, const std::function<bool(char32_t)>& has) {
    font.characters.clear();
    std::u32string still_missing;
    for (char32_t c : missing_) (has(c) ? font.characters : still_missing) += c;
    if (font.characters.empty()) return false;
    missing_ = std::move(still_missing);
    fonts_.push_back(std::move(font));
    return true;
}

std::u32string lacking(std::u32string_view characters, const std::function<bool(char32_t)>& has) {
    std::u32string out;
    for (char32_t c : characters)
        if (!has(c)) out += c;
    return out;
}

std::vector<std::string> search_order(const std::vector<std::string>& names,
                                      std::span<const std::string_view> preferred) {
    std::vector<std::string> order;
    for (std::string_view name : preferred)
        if (std::find(names.begin(), names.end(), name) != names.end() &&
            std::find(order.begin(), order.end(), name) == order.end())
            order.emplace_back(name);
    for (const std::string& name : names)
        if (std::find(preferred.begin(), preferred.end(), name) == preferred.end())
            order.push_back(name);
    return order;
}

float fallback_pixels(float pixels, float main_height_per_em, float fallback_height_per_em) {
    if (main_height_per_em <= 0 || fallback_height_per_em <= 0) return pixels;
    return pixels * fallback_height_per_em / main_height_per_em;
}

std::string fallback_summary(const FallbackFonts& fonts) {
    std::string out;
    if (!fonts.regular.empty() || !fonts.bold.empty())
        out = fonts_of(fonts.regular) + "; bold: " + fonts_of(fonts.bold);
    if (!fonts.not_found.empty()) {
        if (!out.empty()) out += "; ";
        out += "no font has " + names_of(fonts.not_found);
    }
    return out.empty() ? "none needed" : out;
}

}  // namespace kiosk
