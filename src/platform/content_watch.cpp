#include "platform/content_watch.hpp"

#include <algorithm>
#include <system_error>

#include "core/path_text.hpp"
#include "platform/file_system.hpp"

namespace kiosk {
namespace {

void mix(std::uint64_t& hash, std::uint64_t value) {
    hash ^= value + 0x9e3779b97f4a7c15ull + (hash << 6) + (hash >> 2);
}

void mix_text(std::uint64_t& hash, const std::string& text) {
    for (unsigned char c : text) mix(hash, c);
}

void mix_file(std::uint64_t& hash, const std::filesystem::path& path) {
    const FileStamp stamp = file_stamp(path);  // follows links: a re-pointed link shows
    if (!stamp.exists) return;
    mix_text(hash, utf8_of(path));
    mix(hash, stamp.size);
    mix(hash, stamp.modified);
    mix(hash, stamp.id);
}

void mix_folder(std::uint64_t& hash, const std::filesystem::path& folder) {
    namespace fs = std::filesystem;
    std::error_code ec;
    mix_text(hash, utf8_of(fs::weakly_canonical(folder, ec)));  // where a link points now
    mix_file(hash, folder);
    constexpr int most_files = 20000;
    int seen = 0;
    auto options = fs::directory_options::follow_directory_symlink |
                   fs::directory_options::skip_permission_denied;
    for (fs::recursive_directory_iterator it(folder, options, ec), end; !ec && it != end;
         it.increment(ec)) {
        if (++seen > most_files || it.depth() > 8) break;
        mix_file(hash, it->path());
    }
}

}  // namespace

ContentWatch::ContentWatch(std::filesystem::path content, std::filesystem::path assets)
    : content_(std::move(content)), assets_(std::move(assets)) {
    seen_ = latest_ = look();
}

std::uint64_t ContentWatch::look() const {
    std::uint64_t hash = 0;
    mix_folder(hash, content_);
    mix_folder(hash, assets_);
    return hash;
}

bool ContentWatch::settled_change(double now) {
    if (forced_) {
        forced_ = false;
        seen_ = latest_ = look();
        last_look_ = now;
        return true;
    }
    if (now - last_look_ < look_every && latest_ == seen_) return false;
    if (now - last_look_ >= std::min(look_every, settle_for / 3)) {
        std::uint64_t current = look();
        last_look_ = now;
        if (current != latest_) {
            latest_ = current;
            latest_since_ = now;
        }
    }
    if (latest_ != seen_ && now - latest_since_ >= settle_for) {
        seen_ = latest_;
        return true;
    }
    return false;
}

double ContentWatch::next_look(double now) const {
    if (forced_) return now;
    if (latest_ != seen_) return std::min(last_look_ + settle_for / 3, latest_since_ + settle_for);
    return last_look_ + look_every;
}

}  // namespace kiosk
