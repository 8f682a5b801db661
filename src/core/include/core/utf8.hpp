// UTF-8, the encoding of every content file: checking byte sequences and reading code points.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace kiosk {

// Length (1..4) of the well-formed UTF-8 sequence that starts `bytes`, or 0 when it is not one
// (a stray continuation byte, an overlong form, a surrogate, a code point above U+10FFFF,
// or a sequence cut short).
[[nodiscard]] std::size_t utf8_sequence_length(std::string_view bytes);

// The code point of the well-formed sequence that starts `bytes` (see utf8_sequence_length).
[[nodiscard]] char32_t utf8_code_point(std::string_view bytes, std::size_t length);

// Appends `code_point` to `out` as UTF-8.
void append_utf8(std::string& out, char32_t code_point);

// "U+00E9"
[[nodiscard]] std::string code_point_name(char32_t code_point);

}  // namespace kiosk
