// File names and the kiosk's text: every string in the kiosk is UTF-8, on every system, while
// std::filesystem's narrow conversions follow the system's code page (on Windows the ANSI one,
// where "crème" is not what a UTF-8 string says). These two convert explicitly.
#pragma once

#include <filesystem>
#include <string>
#include <string_view>

namespace kiosk {

// The path a UTF-8 string names ("content/crème.png").
[[nodiscard]] inline std::filesystem::path path_from_utf8(std::string_view utf8) {
    return std::filesystem::path(
        std::u8string(reinterpret_cast<const char8_t*>(utf8.data()), utf8.size()));
}

// The path as UTF-8 text, with the system's separators (for messages and keys).
[[nodiscard]] inline std::string utf8_of(const std::filesystem::path& path) {
    const std::u8string text = path.u8string();
    return {reinterpret_cast<const char*>(text.data()), text.size()};
}

// The same with '/' as the separator on every system ("content/quiz.json").
[[nodiscard]] inline std::string generic_utf8_of(const std::filesystem::path& path) {
    const std::u8string text = path.generic_u8string();
    return {reinterpret_cast<const char*>(text.data()), text.size()};
}

}  // namespace kiosk
