// Decoding every picture of a content set before the content is taken: a picture whose header
// is fine but whose data is damaged or cut short (an interrupted upload) is an error at each
// "image" value that names it. Core decodes no pixels: the decoder is given to it (the app
// gives the kiosk's own, platform/picture_check.hpp).
#pragma once

#include <filesystem>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "core/asset_images.hpp"

namespace kiosk {

// Decodes the picture `file` fully and says what is wrong with it, in words staff can act on
// ("PNG data ends early ..."); nothing when it can be shown. Called on several threads at once.
// Empty: pictures are checked by their headers only.
using PictureCheck = std::function<std::optional<std::string>(const std::filesystem::path& file)>;

// How many pictures decode at once for `asked` workers (0: one per core), given `cores` (0:
// unknown, taken as 1) and `pictures`: never more than the cores or the pictures, at least 1.
[[nodiscard]] unsigned picture_workers(unsigned asked, unsigned cores, std::size_t pictures);

// Decodes each picture of `uses` once, however many values name it, `workers` at a time (as
// picture_workers() bounds it, with this machine's cores), the calling thread among them. A
// failure is an error at every value that names the picture: "image 'a.png': <problem>".
void decode_pictures(const std::vector<PictureUse>& uses, const std::filesystem::path& assets,
                     const PictureCheck& check, unsigned workers = 0);

}  // namespace kiosk
