// The pictures known to decode, each with its file's size and time as it was then: a reload,
// or a start on the content of the last good copy, decodes only the pictures that changed.
#pragma once

#include <filesystem>
#include <map>
#include <memory>
#include <mutex>
#include <utility>

#include "core/picture_decoding.hpp"

namespace kiosk {

class DecodedPictures {
  public:
    // `file` decoded when it had this size and time (file_stamp()).
    void note(const std::filesystem::path& file, unsigned long long size,
              unsigned long long modified);
    [[nodiscard]] bool has(const std::filesystem::path& file, unsigned long long size,
                           unsigned long long modified) const;

  private:
    mutable std::mutex mutex_;
    std::map<std::filesystem::path, std::pair<unsigned long long, unsigned long long>> known_;
};

// `decode`, but for a picture `known` has as it is now; the pictures it finds fine are noted in
// `known`. Called on several threads at once, as `decode` is.
[[nodiscard]] PictureCheck skipping_decoded(std::shared_ptr<DecodedPictures> known,
                                            PictureCheck decode);

}  // namespace kiosk
