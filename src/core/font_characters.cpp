#include "core/font_characters.hpp"

#include <set>

#include "core/utf8.hpp"

namespace kiosk {

std::u32string font_characters(std::string_view content_characters) {
    std::set<char32_t> characters;
    for (char32_t c = 0x20; c <= 0x7E; ++c) characters.insert(c);
    // … – — ’ • ·
    for (char32_t c : {0x2026, 0x2013, 0x2014, 0x2019, 0x2022, 0xB7}) characters.insert(c);
    for (std::size_t at = 0; at < content_characters.size();) {
        const std::string_view rest = content_characters.substr(at);
        const std::size_t length = utf8_sequence_length(rest);
        if (length == 0) {
            ++at;  // not UTF-8: the loader refuses such files
            continue;
        }
        const char32_t c = utf8_code_point(rest, length);
        if (c >= 0x20 && c != 0x7F) characters.insert(c);
        at += length;
    }
    return {characters.begin(), characters.end()};
}

}  // namespace kiosk
