#include "core/asset_images.hpp"

#include <cmath>
#include <system_error>

#include "core/image_header.hpp"
#include "core/path_text.hpp"

namespace kiosk {
namespace fs = std::filesystem;

namespace {

bool has_parent_segment(std::string_view image) {
    std::size_t start = 0;
    for (;;) {
        const std::size_t slash = image.find('/', start);
        if (image.substr(start, slash - start) == "..") return true;
        if (slash == std::string_view::npos) return false;
        start = slash + 1;
    }
}

bool looks_absolute(std::string_view image) {
    return image.front() == '/' || (image.size() > 1 && image[1] == ':');
}

std::string quoted(std::string_view image) {
    return "image '" + std::string(image) + "'";
}

}  // namespace

AssetImages::AssetImages(fs::path folder, ImageLimits limits)
    : folder_(std::move(folder)), limits_(limits) {
    std::error_code ec;
    real_folder_ = fs::canonical(folder_, ec);
    if (ec) real_folder_.clear();
}

std::optional<std::string> AssetImages::problem(std::string_view image) {
    auto it = checked_.find(image);
    if (it == checked_.end()) it = checked_.emplace(std::string(image), check(image)).first;
    return it->second;
}

std::optional<std::string> AssetImages::check(std::string_view image) const {
    if (image.empty()) return "the image path is empty; leave the key out when there is no image";
    if (image.find('\\') != std::string_view::npos)
        return quoted(image) + ": write the path with '/', not '\\'";
    if (looks_absolute(image))
        return quoted(image) + " must be a path inside the assets folder, not an absolute path";
    if (has_parent_segment(image))
        return quoted(image) + " must not contain '..'; images stay inside the assets folder";
    return check_file(image);
}

std::optional<std::string> AssetImages::check_file(std::string_view image) const {
    const fs::path file = folder_ / path_from_utf8(image);
    std::error_code ec;
    if (!fs::exists(file, ec) && ec == std::errc::too_many_symbolic_link_levels)
        return quoted(image) + " cannot be read: a symbolic link loop (" + generic_utf8_of(file) +
               ")";
    if (!fs::exists(file, ec))
        return quoted(image) + " not found in the assets folder (" + generic_utf8_of(file) + ")";
    if (!inside_folder(file))
        return quoted(image) + " leaves the assets folder through a link (" +
               generic_utf8_of(file) + ")";
    if (!fs::is_regular_file(file, ec)) return quoted(image) + " is not a file";
    const std::uintmax_t bytes = fs::file_size(file, ec);
    if (ec) return quoted(image) + " cannot be read";
    if (bytes > limits_.max_bytes)
        return quoted(image) + " is " + std::to_string(bytes / (1024 * 1024)) +
               " MiB; images may be at most " + std::to_string(limits_.max_bytes / (1024 * 1024)) +
               " MiB";
    const ImageHeaderReading reading = read_image_header(file);
    if (!reading.header) return quoted(image) + " " + reading.problem;
    const ImageHeader& h = *reading.header;
    if (h.width > limits_.max_side || h.height > limits_.max_side)
        return quoted(image) + " is " + std::to_string(h.width) + "x" + std::to_string(h.height) +
               " pixels; images may be at most " + std::to_string(limits_.max_side) +
               " pixels on either side";
    if (const std::uint64_t needs = decode_bytes(h.format, h.width, h.height);
        needs > max_decode_bytes) {
        // The largest size of the same shape that fits.
        const double scale = std::sqrt(static_cast<double>(max_decode_bytes) / needs);
        return quoted(image) + " is " + std::to_string(h.width) + "x" + std::to_string(h.height) +
               " pixels: decoding it takes " + std::to_string(needs / (1024 * 1024)) +
               " MiB, more than the " + std::to_string(max_decode_bytes / (1024 * 1024)) +
               " MiB a picture may take; save it at most " +
               std::to_string(static_cast<int>(h.width * scale)) + "x" +
               std::to_string(static_cast<int>(h.height * scale));
    }
    return std::nullopt;
}

bool AssetImages::inside_folder(const fs::path& file) const {
    std::error_code ec;
    const fs::path real_file = fs::canonical(file, ec);
    if (ec || real_folder_.empty()) return false;
    auto folder_part = real_folder_.begin();
    auto file_part = real_file.begin();
    for (; folder_part != real_folder_.end(); ++folder_part, ++file_part)
        if (file_part == real_file.end() || *file_part != *folder_part) return false;
    return true;
}

}  // namespace kiosk
