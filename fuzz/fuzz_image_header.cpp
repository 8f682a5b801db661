// The core's image header reader (used by --validate and the content check for every picture).
#include <cstddef>
#include <cstdint>
#include <sstream>
#include <string>

#include "core/image_header.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    std::istringstream in(std::string(reinterpret_cast<const char*>(data), size));
    const kiosk::ImageHeaderReading reading = kiosk::read_image_header(in);
    if (reading.header && (reading.header->width == 0 || reading.header->height == 0))
        __builtin_trap();
    if (!reading.header && reading.problem.empty()) __builtin_trap();
    return 0;
}
