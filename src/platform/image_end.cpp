#include "platform/image_end.hpp"

#include <algorithm>

namespace kiosk {
namespace {

constexpr unsigned char png_signature[8] = {0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};

std::size_t big_endian(const unsigned char* bytes, std::size_t count) {
    std::size_t value = 0;
    for (std::size_t i = 0; i < count; ++i) value = value << 8 | bytes[i];
    return value;
}

// Where the entropy-coded data that starts at `i` ends: at the first marker that is neither a
// 0xFF of the data (followed by 0) nor a restart marker; `size` when there is none.
std::size_t scan_data_end(const unsigned char* bytes, std::size_t size, std::size_t i) {
    for (; i + 1 < size; ++i) {
        if (bytes[i] != 0xFF) continue;
        std::size_t next = i + 1;
        while (next < size && bytes[next] == 0xFF) ++next;  // fill bytes
        if (next == size) return size;
        const unsigned code = bytes[next];
        if (code != 0 && (code < 0xD0 || code > 0xD7)) return i;
        i = next;
    }
    return size;
}

}  // namespace

bool png_data_ends_early(const unsigned char* bytes, std::size_t size) {
    if (size < 8 || !std::equal(png_signature, png_signature + 8, bytes)) return false;
    for (std::size_t i = 8;;) {
        if (size - i < 12) return true;  // no room for one more chunk's length, type and CRC
        const std::size_t length = big_endian(bytes + i, 4);
        if (length > size - i - 12) return true;
        if (std::equal(bytes + i + 4, bytes + i + 8, "IEND")) return false;
        i += 12 + length;
    }
}

bool jpeg_data_ends_early(const unsigned char* bytes, std::size_t size) {
    if (size < 3 || bytes[0] != 0xFF || bytes[1] != 0xD8 || bytes[2] != 0xFF) return false;
    for (std::size_t i = 2; i < size;) {
        if (bytes[i++] != 0xFF) continue;          // a stray byte between segments
        while (i < size && bytes[i] == 0xFF) ++i;  // fill bytes
        if (i == size) return true;
        const unsigned marker = bytes[i++];
        if (marker == 0xD9) return false;                                    // end of image
        if (marker == 0x01 || (marker >= 0xD0 && marker <= 0xD8)) continue;  // no length
        if (size - i < 2) return true;
        const std::size_t length = big_endian(bytes + i, 2);
        if (length < 2) return false;  // damaged, not cut short: stb_image refuses it
        if (length > size - i) return true;
        i += length;
        if (marker == 0xDA) i = scan_data_end(bytes, size, i);
    }
    return true;
}

}  // namespace kiosk
