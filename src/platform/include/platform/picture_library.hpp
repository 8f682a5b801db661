// Pictures from the assets folder as GPU textures. Decoding happens on a worker thread; the
// frame loop uploads finished pictures a few at a time, so a frame never waits for a file.
#pragma once

#include <condition_variable>
#include <deque>
#include <filesystem>
#include <functional>
#include <list>
#include <map>
#include <mutex>
#include <string>
#include <thread>

#include "platform/image_file.hpp"

namespace kiosk {

struct Picture {
    unsigned texture = 0;  // OpenGL texture name
    int width = 0, height = 0;
    [[nodiscard]] void* id() const {
        return reinterpret_cast<void*>(static_cast<intptr_t>(texture));
    }
};

class PictureLibrary {
  public:
    // `on_ready` is called from the worker thread when a decode finishes (to wake the loop).
    PictureLibrary(int fit_w, int fit_h, std::function<void()> on_ready);
    ~PictureLibrary();
    PictureLibrary(const PictureLibrary&) = delete;
    PictureLibrary& operator=(const PictureLibrary&) = delete;

    // The picture when it is on the GPU; otherwise asks for it and returns nullptr. `fit`: the
    // long side of the box it is drawn in, in pixels (0: the library's largest size); the
    // picture is decoded shrunk to that, so a small box costs little memory. A picture first
    // decoded smaller than a later box needs is decoded again at the larger size.
    const Picture* get(const std::filesystem::path& file, int fit = 0);
    void prefetch(const std::filesystem::path& file, int fit = 0) { (void)get(file, fit); }
    // Uploads pictures that finished decoding; returns true when any became ready.
    bool upload_finished(int budget = 2);
    [[nodiscard]] bool busy() const;
    // Forget every picture (the content changed).
    void clear();

  private:
    struct Entry {
        Picture picture;
        int fit = 0;  // the square it was shrunk to fit
        bool failed = false;
        std::list<std::string>::iterator recent;
    };
    struct Decoded {
        std::string file;
        int fit = 0;
        DecodedImage image;
    };
    void work();
    void evict_over_budget(size_t coming = 0);  // until `coming` more bytes fit
    void ask(const std::string& key, int fit);
    void forget(std::map<std::string, Entry>::iterator it);

    int fit_w_, fit_h_;
    std::function<void()> on_ready_;
    std::map<std::string, Entry> entries_;  // main thread only
    std::list<std::string> recent_;         // most recently used first
    size_t bytes_ = 0;
    // Room for the shipped content whole on a 1080 screen (8 slides of ~2 MiB, 8 products,
    // 18 icons: ~21 MiB at the sizes they are drawn); a folder of hundreds of big pictures stays
    // within it, least recent out first. A picture that was let go decodes again well before its
    // slide comes round (a 1200x1200 PNG in ~15 ms on a worker).
    size_t budget_bytes_ = 40u * 1024 * 1024;

    mutable std::mutex mutex_;
    std::condition_variable wanted_cv_;
    std::deque<std::pair<std::string, int>> wanted_;  // file, fit
    std::deque<Decoded> finished_;
    std::map<std::string, int> in_flight_;  // file -> fit asked for
    bool stopping_ = false;
    std::vector<std::thread> workers_;  // two decoders: a big picture never holds up a small one
};

}  // namespace kiosk
