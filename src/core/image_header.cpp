#include "core/image_header.hpp"

#include <algorithm>
#include <array>
#include <fstream>

namespace kiosk {
namespace {

constexpr std::array<unsigned char, 8> png_signature = {0x89, 'P',  'N',  'G',
                                                        '\r', '\n', 0x1A, '\n'};
constexpr int most_jpeg_segments = 4096;

std::uint32_t big_endian(const unsigned char* bytes, int count) {
    std::uint32_t value = 0;
    for (int i = 0; i < count; ++i) value = (value << 8) | bytes[i];
    return value;
}

bool read_bytes(std::istream& in, unsigned char* out, std::size_t count) {
    in.read(reinterpret_cast<char*>(out), static_cast<std::streamsize>(count));
    return static_cast<std::size_t>(in.gcount()) == count;
}

ImageHeaderReading problem(std::string what) {
    return {std::nullopt, std::move(what)};
}

ImageHeaderReading found(ImageFormat format, std::uint32_t width, std::uint32_t height) {
    if (width == 0 || height == 0) return problem("says it is 0 pixels wide or high");
    return {ImageHeader{format, width, height}, {}};
}

// After the 8-byte signature: length (4), "IHDR", width (4), height (4).
ImageHeaderReading read_png(std::istream& in) {
    unsigned char chunk[16];
    if (!read_bytes(in, chunk, sizeof chunk))
        return problem("is a PNG file cut short (no IHDR header)");
    if (chunk[4] != 'I' || chunk[5] != 'H' || chunk[6] != 'D' || chunk[7] != 'R')
        return problem("is a damaged PNG file (its first chunk is not IHDR)");
    return found(ImageFormat::png, big_endian(chunk + 8, 4), big_endian(chunk + 12, 4));
}

// Start-of-frame markers: C0..CF except DHT (C4), JPG (C8) and DAC (CC).
bool is_start_of_frame(unsigned char marker) {
    return marker >= 0xC0 && marker <= 0xCF && marker != 0xC4 && marker != 0xC8 && marker != 0xCC;
}

// Markers without a length: TEM, RST0..7 (SOI and EOI are handled by the caller).
bool stands_alone(unsigned char marker) {
    return marker == 0x01 || (marker >= 0xD0 && marker <= 0xD7);
}

// Reads the next marker byte, skipping fill bytes (0xFF). 0 when the file ends or is damaged.
unsigned char next_marker(std::istream& in) {
    unsigned char byte = 0;
    if (!read_bytes(in, &byte, 1) || byte != 0xFF) return 0;
    while (byte == 0xFF)
        if (!read_bytes(in, &byte, 1)) return 0;
    return byte;
}

ImageHeaderReading read_jpeg(std::istream& in) {
    for (int segment = 0; segment < most_jpeg_segments; ++segment) {
        const unsigned char marker = next_marker(in);
        if (marker == 0) return problem("is a damaged or cut-short JPEG file (no frame header)");
        if (marker == 0xDA || marker == 0xD9)
            return problem("is a JPEG file without a frame header (SOF)");
        if (stands_alone(marker)) continue;
        unsigned char length_bytes[2];
        if (!read_bytes(in, length_bytes, 2)) return problem("is a JPEG file cut short");
        const std::uint32_t length = big_endian(length_bytes, 2);
        if (length < 2) return problem("is a damaged JPEG file (bad segment length)");
        if (is_start_of_frame(marker)) {
            unsigned char frame[5];  // precision, height (2), width (2)
            if (!read_bytes(in, frame, sizeof frame)) return problem("is a JPEG file cut short");
            return found(ImageFormat::jpeg, big_endian(frame + 3, 2), big_endian(frame + 1, 2));
        }
        in.seekg(static_cast<std::streamoff>(length - 2), std::ios::cur);
        if (!in) return problem("is a JPEG file cut short");
    }
    return problem("is a damaged JPEG file (too many segments before the frame header)");
}

}  // namespace

ImageHeaderReading read_image_header(std::istream& in) {
    unsigned char start[8] = {};
    in.read(reinterpret_cast<char*>(start), 2);
    if (in.gcount() == 0) return problem("is an empty file");
    if (in.gcount() == 2 && start[0] == 0xFF && start[1] == 0xD8) return read_jpeg(in);
    if (in.gcount() == 2 && read_bytes(in, start + 2, 6) &&
        std::equal(png_signature.begin(), png_signature.end(), start))
        return read_png(in);
    return problem("is not a PNG or JPEG image");
}

ImageHeaderReading read_image_header(const std::filesystem::path& file) {
    std::ifstream in(file, std::ios::binary);
    if (!in) return problem("cannot be read (check the file's permissions)");
    return read_image_header(in);
}

std::uint64_t decode_bytes(ImageFormat format, std::uint64_t width, std::uint64_t height) {
    return width * height * (format == ImageFormat::png ? 8 : 7);
}

}  // namespace kiosk
