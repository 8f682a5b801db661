// Noticing that staff changed the content: the content and assets folders are looked at
// (names, sizes, times, links followed) twice a second; a change counts once the files have
// stayed the same for a moment, so a file written in parts is read whole.
#pragma once

#include <cstdint>
#include <filesystem>

namespace kiosk {

class ContentWatch {
  public:
    ContentWatch(std::filesystem::path content, std::filesystem::path assets);

    // Looks again if it is time; true once a change has settled (then not again until the
    // next change).
    bool settled_change(double real_now);
    // Treat the folders as changed now (SIGHUP, Reload), without waiting.
    void force() { forced_ = true; }
    // When to look next, in real seconds.
    [[nodiscard]] double next_look(double real_now) const;

    static constexpr double look_every = 0.5;  // seconds between looks
    static constexpr double settle_for = 0.6;  // quiet time before a change counts

  private:
    [[nodiscard]] std::uint64_t look() const;

    std::filesystem::path content_, assets_;
    std::uint64_t seen_ = 0;    // the folders as last loaded
    std::uint64_t latest_ = 0;  // the folders as last looked at
    double latest_since_ = 0;
    double last_look_ = -1;
    bool forced_ = false;
};

}  // namespace kiosk
