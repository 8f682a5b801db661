// The events file (interfaces.md, "Events"): one JSON line per event, appended with a single
// write so that a cut-off leaves at most one torn last line. When the file passes its size cap
// it is moved to events.1.jsonl (replacing the older one), so the log never fills the disk.
//
// A write that cannot complete (a full disk, a folder gone read-only) never leaves a fragment
// for the next event to be glued to: the file is cut back to its last whole line, and the event
// waits in memory (at most `keep` of them, the oldest dropped first and counted) until writing
// works again. Then the waiting events are written in order, followed by an `events_dropped`
// event with the count when some had to be dropped. The log says once that events are failing
// and once that they are written again.
#pragma once

#include <deque>
#include <filesystem>
#include <functional>
#include <string>

#include "core/event.hpp"
#include "platform/file_system.hpp"

namespace kiosk {

class EventLog {
  public:
    // `origin`: how the lines are marked (core/event.hpp); `say`: where the two messages go
    // (the kiosk's log).
    EventLog(std::filesystem::path file, EventOrigin origin,
             std::function<void(const std::string&)> say, long long cap_bytes = 32LL * 1024 * 1024,
             std::size_t keep = 2000);
    EventLog(const EventLog&) = delete;
    EventLog& operator=(const EventLog&) = delete;

    void write(const Event& event, long long unix_ms);
    // Writes what is waiting, if writing works again; `unix_ms` stamps an events_dropped event.
    void retry(long long unix_ms);
    [[nodiscard]] const std::filesystem::path& file() const { return file_; }
    [[nodiscard]] std::size_t waiting() const { return waiting_.size(); }
    [[nodiscard]] long long dropped() const { return dropped_total_; }

  private:
    void open_file();
    void rotate();
    bool append_line(const std::string& line);
    void keep_waiting(std::string line);
    void now_failing();

    std::filesystem::path file_;
    EventOrigin origin_;
    std::function<void(const std::string&)> say_;
    long long cap_;
    std::size_t keep_;
    long long size_ = 0;  // bytes of whole lines in the file
    AppendFile out_;
    std::deque<std::string> waiting_;
    long long dropped_total_ = 0;
    long long dropped_unreported_ = 0;
    long long written_while_failing_ = 0;
    bool failing_ = false;
};

}  // namespace kiosk
