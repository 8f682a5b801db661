#include "platform/picture_library.hpp"

#include <algorithm>

#include "core/path_text.hpp"
#include "platform/gl.hpp"

namespace kiosk {

PictureLibrary::PictureLibrary(int fit_w, int fit_h, std::function<void()> on_ready)
    : fit_w_(fit_w), fit_h_(fit_h), on_ready_(std::move(on_ready)) {
    for (int i = 0; i < 2; ++i) workers_.emplace_back([this] { work(); });
}

PictureLibrary::~PictureLibrary() {
    {
        std::lock_guard lock(mutex_);
        stopping_ = true;
    }
    wanted_cv_.notify_all();
    for (std::thread& w : workers_) w.join();
    clear();
}

const Picture* PictureLibrary::get(const std::filesystem::path& file, int fit) {
    const int largest = std::max(fit_w_, fit_h_);
    // Rounded up to a step, so that boxes a few pixels apart share one decode.
    fit = fit <= 0 ? largest : std::min(largest, (fit + 63) / 64 * 64);
    const std::string key = utf8_of(file);
    if (failures_.has(key)) return nullptr;
    if (auto it = entries_.find(key); it != entries_.end()) {
        recent_.splice(recent_.begin(), recent_, it->second.recent);
        const Entry& e = it->second;
        // Shrunk for a smaller box than this one: decode again, and draw this one meanwhile.
        const bool was_shrunk = std::max(e.picture.width, e.picture.height) >= e.fit - 1;
        if (was_shrunk && fit > e.fit + e.fit / 4) ask(key, fit);
        return &e.picture;
    }
    ask(key, fit);
    return nullptr;
}

PictureState PictureLibrary::state(const std::filesystem::path& file) const {
    const std::string key = utf8_of(file);
    if (failures_.has(key)) return PictureState::failed;
    return entries_.count(key) ? PictureState::ready : PictureState::loading;
}

void PictureLibrary::ask(const std::string& key, int fit) {
    std::lock_guard lock(mutex_);
    if (auto it = in_flight_.find(key); it != in_flight_.end() && it->second >= fit) return;
    in_flight_[key] = fit;
    wanted_.emplace_back(key, fit);
    wanted_cv_.notify_one();
}

void PictureLibrary::forget(std::map<std::string, Entry>::iterator it) {
    Picture& p = it->second.picture;
    if (p.texture) glDeleteTextures(1, &p.texture);
    bytes_ -= static_cast<size_t>(p.width) * p.height * 4;
    recent_.erase(it->second.recent);
    entries_.erase(it);
}

bool PictureLibrary::upload_finished(int budget) {
    bool any = false;
    while (budget-- > 0) {
        Decoded done;
        {
            std::lock_guard lock(mutex_);
            if (finished_.empty()) break;
            done = std::move(finished_.front());
            finished_.pop_front();
            if (auto it = in_flight_.find(done.file);
                it != in_flight_.end() && it->second <= done.fit)
                in_flight_.erase(it);
        }
        const DecodedImage& image = done.image;
        auto old = entries_.find(done.file);
        if (old != entries_.end() && old->second.fit >= done.fit && image.error.empty())
            continue;  // a larger one came first
        if (old != entries_.end()) forget(old);
        if (!image.error.empty()) {
            // The file is broken now, even if an earlier decode of it worked: it is not drawn.
            // The app says so once, in the log and the events (take_failures).
            failures_.add(done.file, image.error);
        } else {
            failures_.remove(done.file);
            entries_[done.file] = upload(done);
        }
        any = true;
    }
    if (any) evict_over_budget();
    return any;
}

PictureLibrary::Entry PictureLibrary::upload(const Decoded& done) {
    const DecodedImage& image = done.image;
    Entry entry;
    recent_.push_front(done.file);
    entry.recent = recent_.begin();
    entry.fit = done.fit;
    // Room first, then the new texture: memory never goes over the budget by a picture.
    evict_over_budget(image.rgba.size());
    glGenTextures(1, &entry.picture.texture);
    glBindTexture(GL_TEXTURE_2D, entry.picture.texture);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MIN_FILTER, GL_LINEAR);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MAG_FILTER, GL_LINEAR);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_WRAP_S, GL_CLAMP_TO_EDGE);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_WRAP_T, GL_CLAMP_TO_EDGE);
    glPixelStorei(GL_UNPACK_ALIGNMENT, 4);
    glTexImage2D(GL_TEXTURE_2D, 0, GL_RGBA, image.width, image.height, 0, GL_RGBA, GL_UNSIGNED_BYTE,
                 image.rgba.data());
    entry.picture.width = image.width;
    entry.picture.height = image.height;
    bytes_ += image.rgba.size();
    return entry;
}

void PictureLibrary::evict_over_budget(size_t coming) {
    // Least recently used first; the few most recent stay whatever their size.
    while (bytes_ + coming > budget_bytes_ && recent_.size() > 4) {
        auto it = entries_.find(recent_.back());
        if (it == entries_.end()) {
            recent_.pop_back();
            continue;
        }
        forget(it);
    }
}

bool PictureLibrary::busy() const {
    std::lock_guard lock(mutex_);
    return !in_flight_.empty();
}

void PictureLibrary::clear() {
    for (auto& [key, entry] : entries_)
        if (entry.picture.texture) glDeleteTextures(1, &entry.picture.texture);
    entries_.clear();
    recent_.clear();
    bytes_ = 0;
    failures_.forget();
}

void PictureLibrary::work() {
    for (;;) {
        std::pair<std::string, int> want;
        {
            std::unique_lock lock(mutex_);
            wanted_cv_.wait(lock, [this] { return stopping_ || !wanted_.empty(); });
            if (stopping_) return;
            want = wanted_.front();
            wanted_.pop_front();
        }
        DecodedImage image =
            decode_image_file(path_from_utf8(want.first), want.second, want.second);
        {
            std::lock_guard lock(mutex_);
            finished_.push_back(Decoded{want.first, want.second, std::move(image)});
        }
        if (on_ready_) on_ready_();
    }
}

}  // namespace kiosk
