#include "platform/decoded_pictures.hpp"

#include "platform/file_system.hpp"

namespace kiosk {

void DecodedPictures::note(const std::filesystem::path& file, unsigned long long size,
                           unsigned long long modified) {
    std::lock_guard lock(mutex_);
    known_[file] = {size, modified};
}

bool DecodedPictures::has(const std::filesystem::path& file, unsigned long long size,
                          unsigned long long modified) const {
    std::lock_guard lock(mutex_);
    const auto it = known_.find(file);
    return it != known_.end() && it->second == std::pair{size, modified};
}

PictureCheck skipping_decoded(std::shared_ptr<DecodedPictures> known, PictureCheck decode) {
    return [known = std::move(known), decode = std::move(decode)](
               const std::filesystem::path& file) -> std::optional<std::string> {
        // Read before decoding: a file replaced meanwhile is decoded again next time.
        const FileStamp stamp = file_stamp(file);
        if (stamp.exists && known->has(file, stamp.size, stamp.modified)) return std::nullopt;
        std::optional<std::string> problem = decode(file);
        if (!problem && stamp.exists) known->note(file, stamp.size, stamp.modified);
        return problem;
    };
}

}  // namespace kiosk
