// The first bytes of an image file: which format it is and how large it says it is.
// Only the header is read (PNG: the IHDR chunk; JPEG: the segments up to the frame header),
// never the pixels, so a check of many images stays quick.
#pragma once

#include <cstdint>
#include <filesystem>
#include <istream>
#include <optional>
#include <string>

namespace kiosk {

enum class ImageFormat {
    png,
    jpeg,
};

struct ImageHeader {
    ImageFormat format = ImageFormat::png;
    std::uint32_t width = 0;   // pixels, as the header says
    std::uint32_t height = 0;  // pixels, as the header says
};

struct ImageHeaderReading {
    std::optional<ImageHeader> header;  // set when the header could be read
    std::string problem;                // otherwise, what is wrong: "is not a PNG or JPEG image"
};

// The most memory the decoding of one picture may take. Two decode at a time on a kiosk PC
// that has a gigabyte to spare; a picture that needs more is refused by the validator.
inline constexpr std::uint64_t max_decode_bytes = 128ull * 1024 * 1024;

// What decoding a picture of this size holds at its peak, its file aside: PNG keeps the
// inflated rows and the pixels (8 bytes a pixel), JPEG its colour planes and the pixels (7).
[[nodiscard]] std::uint64_t decode_bytes(ImageFormat format, std::uint64_t width,
                                         std::uint64_t height);

[[nodiscard]] ImageHeaderReading read_image_header(std::istream& in);
[[nodiscard]] ImageHeaderReading read_image_header(const std::filesystem::path& file);

}  // namespace kiosk
