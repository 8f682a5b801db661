// The events file (interfaces.md, "Events"): one JSON line per event, appended with a single
// write so that a cut-off leaves at most one torn last line. When the file passes its size cap
// it is moved to events.1.jsonl (replacing the older one), so the log never fills the disk.
#pragma once

#include <filesystem>
#include <string>

#include "core/event.hpp"
#include "platform/file_system.hpp"

namespace kiosk {

class EventLog {
  public:
    EventLog(std::filesystem::path file, bool demo, long long cap_bytes = 32LL * 1024 * 1024);
    ~EventLog();
    EventLog(const EventLog&) = delete;
    EventLog& operator=(const EventLog&) = delete;

    void write(const Event& event, long long unix_ms);
    [[nodiscard]] const std::filesystem::path& file() const { return file_; }

  private:
    void open_file();
    void rotate();

    std::filesystem::path file_;
    bool demo_;
    long long cap_;
    long long size_ = 0;
    AppendFile out_;
    bool complained_ = false;
};

}  // namespace kiosk
