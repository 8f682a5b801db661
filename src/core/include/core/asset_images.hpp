// The assets folder as the content files see it: checks that an "image" value names a PNG or
// JPEG file inside the folder that the kiosk can show, and keeps where each such value is, for
// decoding the pictures afterwards (core/picture_decoding.hpp).
#pragma once

#include <cstdint>
#include <filesystem>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace kiosk {

class ContentFile;

struct ImageLimits {
    std::uint32_t max_side = 8192;                 // pixels, either side
    std::uintmax_t max_bytes = 32u * 1024 * 1024;  // per file
};

// An "image" value whose picture passed the checks: what it names and where it is.
struct PictureUse {
    std::string image;            // relative to the assets folder, as written
    ContentFile* file = nullptr;  // the content file that holds the value
    std::string pointer;          // the value's JSON pointer
};

class AssetImages {
  public:
    explicit AssetImages(std::filesystem::path folder, ImageLimits limits = {});

    // What is wrong with `image` (a path relative to the assets folder, written with '/'),
    // as a sentence about it; nothing when the kiosk can show it. Each path is checked once.
    [[nodiscard]] std::optional<std::string> problem(std::string_view image);

    // The value at `pointer` in `file` names `image`, which has no problem(): noted, in order.
    void note_use(std::string image, ContentFile& file, std::string pointer) {
        uses_.push_back({std::move(image), &file, std::move(pointer)});
    }
    // The uses noted since the last call.
    [[nodiscard]] std::vector<PictureUse> take_uses() { return std::exchange(uses_, {}); }

  private:
    std::filesystem::path folder_;
    std::filesystem::path real_folder_;  // with links resolved; empty when it does not exist
    ImageLimits limits_;
    std::map<std::string, std::optional<std::string>, std::less<>> checked_;
    std::vector<PictureUse> uses_;

    [[nodiscard]] std::optional<std::string> check(std::string_view image) const;
    [[nodiscard]] std::optional<std::string> check_file(std::string_view image) const;
    [[nodiscard]] bool inside_folder(const std::filesystem::path& file) const;
};

}  // namespace kiosk
