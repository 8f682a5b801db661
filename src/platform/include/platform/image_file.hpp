// Decoding a staff-supplied PNG or JPEG safely: size cap, header check before decoding,
// always RGBA, downscaled to what the screen can show, alpha premultiplied for clean edges.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

namespace kiosk {

inline constexpr long long max_image_file_bytes = 32LL * 1024 * 1024;
inline constexpr int max_image_side = 8192;

struct DecodedImage {
    int width = 0, height = 0;        // after downscaling
    std::vector<unsigned char> rgba;  // premultiplied alpha, rows top to bottom
    std::string error;                // set when decoding failed
};

// The width and height stb_image reads from the file's header (0 × 0 when it cannot): what a
// decode would allocate, known before decoding.
struct PictureSize {
    int width = 0, height = 0;
};
[[nodiscard]] PictureSize picture_size(const unsigned char* bytes, size_t size);

// Decodes `path`, shrinking it (keeping its shape) to fit `fit_w` × `fit_h` when larger.
[[nodiscard]] DecodedImage decode_image_file(const std::filesystem::path& path, int fit_w,
                                             int fit_h);
[[nodiscard]] DecodedImage decode_image_bytes(const unsigned char* bytes, size_t size, int fit_w,
                                              int fit_h);

}  // namespace kiosk
