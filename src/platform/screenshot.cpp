#include "platform/screenshot.hpp"

#include "platform/gl.hpp"

#define STB_IMAGE_WRITE_STATIC
#define STB_IMAGE_WRITE_IMPLEMENTATION
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wunused-function"
#pragma GCC diagnostic ignored "-Wmissing-field-initializers"
#include <stb_image_write.h>
#pragma GCC diagnostic pop

#include <string>
#include <vector>

#include "platform/file_system.hpp"

namespace kiosk {
namespace {

void append(void* context, void* data, int size) {
    auto* out = static_cast<std::string*>(context);
    out->append(static_cast<const char*>(data), static_cast<size_t>(size));
}

}  // namespace

bool save_screenshot(const std::filesystem::path& file, int width, int height) {
    if (width <= 0 || height <= 0) return false;
    std::vector<unsigned char> pixels(static_cast<size_t>(width) * height * 3);
    glPixelStorei(GL_PACK_ALIGNMENT, 1);
    glReadBuffer(GL_BACK);
    glReadPixels(0, 0, width, height, GL_RGB, GL_UNSIGNED_BYTE, pixels.data());
    std::string png;
    // OpenGL rows run bottom to top: write from the last row with a negative stride.
    const int stride = width * 3;
    stbi_write_png_to_func(append, &png, width, height, 3,
                           pixels.data() + static_cast<size_t>(height - 1) * stride, -stride);
    return !png.empty() && write_file_atomically(file, png);
}

}  // namespace kiosk
