#include "platform/picture_check.hpp"

#include <fstream>
#include <vector>

#include "platform/image_file.hpp"

namespace kiosk {

PictureCheck picture_decode_check(int side) {
    return [side](const std::filesystem::path& file) -> std::optional<std::string> {
        std::ifstream in(file, std::ios::binary | std::ios::ate);
        const std::streamoff size = in ? static_cast<std::streamoff>(in.tellg()) : -1;
        if (size < 0 || size > max_image_file_bytes)
            return "cannot be read (check the file's permissions)";
        std::vector<unsigned char> bytes(static_cast<std::size_t>(size));
        in.seekg(0);
        if (!in.read(reinterpret_cast<char*>(bytes.data()), size))
            return "cannot be read (check the file's permissions)";
        const DecodedImage image = decode_image_bytes(bytes.data(), bytes.size(), side, side);
        if (image.error.empty()) return std::nullopt;
        return image.error;
    };
}

}  // namespace kiosk
