// The assets folder as the content files see it: checks that an "image" value names a PNG or
// JPEG file inside the folder that the kiosk can show.
#pragma once

#include <cstdint>
#include <filesystem>
#include <map>
#include <optional>
#include <string>
#include <string_view>

namespace kiosk {

struct ImageLimits {
    std::uint32_t max_side = 8192;                 // pixels, either side
    std::uintmax_t max_bytes = 32u * 1024 * 1024;  // per file
};

class AssetImages {
  public:
    explicit AssetImages(std::filesystem::path folder, ImageLimits limits = {});

    // What is wrong with `image` (a path relative to the assets folder, written with '/'),
    // as a sentence about it; nothing when the kiosk can show it. Each path is checked once.
    [[nodiscard]] std::optional<std::string> problem(std::string_view image);

  private:
    std::filesystem::path folder_;
    std::filesystem::path real_folder_;  // with links resolved; empty when it does not exist
    ImageLimits limits_;
    std::map<std::string, std::optional<std::string>, std::less<>> checked_;

    [[nodiscard]] std::optional<std::string> check(std::string_view image) const;
    [[nodiscard]] std::optional<std::string> check_file(std::string_view image) const;
    [[nodiscard]] bool inside_folder(const std::filesystem::path& file) const;
};

}  // namespace kiosk
