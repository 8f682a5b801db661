#include "core/utf8.hpp"

#include <cstdio>

namespace kiosk {
namespace {

unsigned byte_at(std::string_view bytes, std::size_t i) {
    return static_cast<unsigned char>(bytes[i]);
}

bool is_continuation(unsigned b) {
    return (b & 0xC0u) == 0x80u;
}

// The allowed range of the second byte, which rules out overlong forms, surrogates and
// code points above U+10FFFF (RFC 3629, section 4).
bool second_byte_ok(unsigned lead, unsigned second) {
    if (lead == 0xE0) return second >= 0xA0 && second <= 0xBF;
    if (lead == 0xED) return second >= 0x80 && second <= 0x9F;
    if (lead == 0xF0) return second >= 0x90 && second <= 0xBF;
    if (lead == 0xF4) return second >= 0x80 && second <= 0x8F;
    return is_continuation(second);
}

std::size_t expected_length(unsigned lead) {
    if (lead < 0x80) return 1;
    if (lead >= 0xC2 && lead <= 0xDF) return 2;
    if (lead >= 0xE0 && lead <= 0xEF) return 3;
    if (lead >= 0xF0 && lead <= 0xF4) return 4;
    return 0;
}

}  // namespace

std::size_t utf8_sequence_length(std::string_view bytes) {
    if (bytes.empty()) return 0;
    const unsigned lead = byte_at(bytes, 0);
    const std::size_t length = expected_length(lead);
    if (length <= 1 || bytes.size() < length) return bytes.size() < length ? 0 : length;
    if (!second_byte_ok(lead, byte_at(bytes, 1))) return 0;
    for (std::size_t i = 2; i < length; ++i)
        if (!is_continuation(byte_at(bytes, i))) return 0;
    return length;
}

char32_t utf8_code_point(std::string_view bytes, std::size_t length) {
    static constexpr unsigned lead_mask[] = {0, 0x7F, 0x1F, 0x0F, 0x07};
    char32_t cp = byte_at(bytes, 0) & lead_mask[length];
    for (std::size_t i = 1; i < length; ++i) cp = (cp << 6) | (byte_at(bytes, i) & 0x3Fu);
    return cp;
}

void append_utf8(std::string& out, char32_t cp) {
    auto put = [&](unsigned b) { out.push_back(static_cast<char>(b)); };
    if (cp < 0x80) {
        put(cp);
    } else if (cp < 0x800) {
        put(0xC0 | (cp >> 6));
        put(0x80 | (cp & 0x3F));
    } else if (cp < 0x10000) {
        put(0xE0 | (cp >> 12));
        put(0x80 | ((cp >> 6) & 0x3F));
        put(0x80 | (cp & 0x3F));
    } else {
        put(0xF0 | (cp >> 18));
        put(0x80 | ((cp >> 12) & 0x3F));
        put(0x80 | ((cp >> 6) & 0x3F));
        put(0x80 | (cp & 0x3F));
    }
}

std::string code_point_name(char32_t code_point) {
    char buffer[16];
    std::snprintf(buffer, sizeof buffer, "U+%04X", static_cast<unsigned>(code_point));
    return buffer;
}

}  // namespace kiosk
