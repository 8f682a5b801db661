// Decoding a staff-supplied picture (stb_image with the kiosk's limits, then the downscale).
// The last byte also picks the size the picture must fit, so the resize path is exercised too
// (trailing bytes do not disturb a PNG or JPEG, so the seeds stay valid pictures).
#include <cstddef>
#include <cstdint>
#include <sstream>
#include <string>

#include "core/image_header.hpp"
#include "platform/image_file.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    if (size < 1) return 0;
    // Pictures of many megapixels decode slowly and reach no other code: leave them out.
    std::istringstream in(std::string(reinterpret_cast<const char*>(data), size));
    const kiosk::ImageHeaderReading header = kiosk::read_image_header(in);
    if (header.header && std::uint64_t{header.header->width} * header.header->height > 1u << 22)
        return 0;
    // Also where the kiosk's own header reader finds no size but stb_image does.
    const kiosk::PictureSize size_seen = kiosk::picture_size(data, size);
    if (std::uint64_t{static_cast<unsigned>(size_seen.width)} *
            static_cast<unsigned>(size_seen.height) >
        1u << 22)
        return 0;
    const int fit_choice = data[size - 1] % 4;
    const int fit[4] = {0, 1, 3, 64};
    const kiosk::DecodedImage image =
        kiosk::decode_image_bytes(data, size, fit[fit_choice], fit[fit_choice]);
    if (image.error.empty()) {
        if (image.width <= 0 || image.height <= 0 ||
            image.rgba.size() != static_cast<std::size_t>(image.width) * image.height * 4)
            __builtin_trap();
        if (fit[fit_choice] > 0 &&
            (image.width > fit[fit_choice] || image.height > fit[fit_choice]))
            __builtin_trap();
    }
    return 0;
}
