// Pictures from the assets folder as GPU textures. Decoding happens on a worker thread; the
// frame loop uploads finished pictures a few at a time, so a frame never waits for a file. A
// picture is loading, ready or failed; a failure is kept with its reason (and not tried again
// until the content changes), and each one is handed out once for the log and the events.
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
#include <utility>
#include <vector>

#include "core/path_text.hpp"
#include "platform/image_file.hpp"
#include "platform/picture_shelf.hpp"

namespace kiosk {

struct PictureFailure {
    std::filesystem::path file;  // as the picture was asked for
    std::string reason;          // what is wrong with it ("image data is damaged", ...)
    friend bool operator==(const PictureFailure&, const PictureFailure&) = default;
};

// The pictures that failed, with why: each failure is known until forgotten (the content
// changed) and handed out once by take_new. Main thread only. Needs no GPU, so it is tested on
// its own.
class PictureFailures {
  public:
    // `error`: the decoder's sentence, which may start with the file's name.
    void add(const std::string& file, const std::string& error) {
        if (failed_.count(file)) return;
        std::string reason = error;
        if (const std::string named = file + ": "; reason.compare(0, named.size(), named) == 0)
            reason.erase(0, named.size());
        if (reason.empty()) reason = "cannot be decoded";
        failed_.emplace(file, reason);
        new_.push_back({path_from_utf8(file), std::move(reason)});
    }
    // The file decoded after all (it was mended before a later try).
    void remove(const std::string& file) { failed_.erase(file); }
    [[nodiscard]] bool has(const std::string& file) const { return failed_.count(file) > 0; }
    [[nodiscard]] const std::string* reason(const std::string& file) const {
        auto it = failed_.find(file);
        return it == failed_.end() ? nullptr : &it->second;
    }
    // The failures since the last call, oldest first.
    [[nodiscard]] std::vector<PictureFailure> take_new() { return std::exchange(new_, {}); }
    // Forget which files failed, so that they are tried again; failures not yet taken stay.
    void forget() { failed_.clear(); }

  private:
    std::map<std::string, std::string> failed_;  // file -> reason
    std::vector<PictureFailure> new_;
};

class PictureLibrary final : public PictureShelf {
  public:
    // `on_ready` is called from the worker thread when a decode finishes (to wake the loop).
    PictureLibrary(int fit_w, int fit_h, std::function<void()> on_ready);
    ~PictureLibrary() override;
    PictureLibrary(const PictureLibrary&) = delete;
    PictureLibrary& operator=(const PictureLibrary&) = delete;

    // The picture when it is on the GPU; otherwise asks for it and returns nullptr. `fit`: the
    // long side of the box it is drawn in, in pixels (0: the library's largest size); the
    // picture is decoded shrunk to that, so a small box costs little memory. A picture first
    // decoded smaller than a later box needs is decoded again at the larger size.
    // A picture that failed is not asked for again (until clear()): nullptr at once.
    const Picture* get(const std::filesystem::path& file, int fit = 0) override;
    // Whether `file` can be drawn, is still coming, or will not come (asks for nothing).
    [[nodiscard]] PictureState state(const std::filesystem::path& file) const override;
    // Pictures that failed since the last call, each once, oldest first: for the log, the
    // picture_failed events and the staff menu.
    [[nodiscard]] std::vector<PictureFailure> take_failures() { return failures_.take_new(); }
    // Uploads pictures that finished decoding; returns true when any became ready.
    bool upload_finished(int budget = 2);
    [[nodiscard]] bool busy() const;
    // Forget every picture (the content changed); pictures that failed are tried again.
    void clear();

  private:
    struct Entry {
        Picture picture;
        int fit = 0;  // the square it was shrunk to fit
        std::list<std::string>::iterator recent;
    };
    struct Decoded {
        std::string file;
        int fit = 0;
        DecodedImage image;
    };
    void work();
    [[nodiscard]] Entry upload(const Decoded& done);  // a texture of the decoded picture
    void evict_over_budget(size_t coming = 0);        // until `coming` more bytes fit
    void ask(const std::string& key, int fit);
    void forget(std::map<std::string, Entry>::iterator it);

    int fit_w_, fit_h_;
    std::function<void()> on_ready_;
    std::map<std::string, Entry> entries_;  // main thread only: pictures on the GPU
    PictureFailures failures_;              // main thread only
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
