#include "platform/picture_library.hpp"

#include <GL/gl.h>

#include <cstdio>

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

const Picture* PictureLibrary::get(const std::filesystem::path& file) {
    const std::string key = file.string();
    if (auto it = entries_.find(key); it != entries_.end()) {
        recent_.splice(recent_.begin(), recent_, it->second.recent);
        return it->second.failed ? nullptr : &it->second.picture;
    }
    std::lock_guard lock(mutex_);
    if (!in_flight_.count(key)) {
        in_flight_[key] = true;
        wanted_.push_back(key);
        wanted_cv_.notify_one();
    }
    return nullptr;
}

bool PictureLibrary::upload_finished(int budget) {
    bool any = false;
    while (budget-- > 0) {
        std::pair<std::string, DecodedImage> done;
        {
            std::lock_guard lock(mutex_);
            if (finished_.empty()) break;
            done = std::move(finished_.front());
            finished_.pop_front();
            in_flight_.erase(done.first);
        }
        Entry entry;
        recent_.push_front(done.first);
        entry.recent = recent_.begin();
        const DecodedImage& image = done.second;
        if (!image.error.empty()) {
            std::fprintf(stderr, "probiotic-kiosk: picture: %s\n", image.error.c_str());
            entry.failed = true;
        } else {
            glGenTextures(1, &entry.picture.texture);
            glBindTexture(GL_TEXTURE_2D, entry.picture.texture);
            glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MIN_FILTER, GL_LINEAR);
            glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MAG_FILTER, GL_LINEAR);
            glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_WRAP_S, GL_CLAMP_TO_EDGE);
            glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_WRAP_T, GL_CLAMP_TO_EDGE);
            glPixelStorei(GL_UNPACK_ALIGNMENT, 4);
            glTexImage2D(GL_TEXTURE_2D, 0, GL_RGBA, image.width, image.height, 0, GL_RGBA,
                         GL_UNSIGNED_BYTE, image.rgba.data());
            entry.picture.width = image.width;
            entry.picture.height = image.height;
            bytes_ += image.rgba.size();
        }
        entries_[done.first] = std::move(entry);
        any = true;
    }
    if (any) evict_over_budget();
    return any;
}

void PictureLibrary::evict_over_budget() {
    // Least recently used first; the few most recent stay whatever their size.
    while (bytes_ > budget_bytes_ && recent_.size() > 4) {
        const std::string key = recent_.back();
        recent_.pop_back();
        auto it = entries_.find(key);
        if (it == entries_.end()) continue;
        Picture& p = it->second.picture;
        if (p.texture) glDeleteTextures(1, &p.texture);
        bytes_ -= static_cast<size_t>(p.width) * p.height * 4;
        entries_.erase(it);
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
}

void PictureLibrary::work() {
    for (;;) {
        std::string file;
        {
            std::unique_lock lock(mutex_);
            wanted_cv_.wait(lock, [this] { return stopping_ || !wanted_.empty(); });
            if (stopping_) return;
            file = wanted_.front();
            wanted_.pop_front();
        }
        DecodedImage image = decode_image_file(file, fit_w_, fit_h_);
        {
            std::lock_guard lock(mutex_);
            finished_.emplace_back(file, std::move(image));
        }
        if (on_ready_) on_ready_();
    }
}

}  // namespace kiosk
