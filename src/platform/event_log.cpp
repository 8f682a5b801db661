#include "platform/event_log.hpp"

#include <utility>

#include "core/path_text.hpp"

namespace kiosk {

EventLog::EventLog(std::filesystem::path file, EventOrigin origin,
                   std::function<void(const std::string&)> say, long long cap_bytes,
                   std::size_t keep)
    : file_(std::move(file)), origin_(origin), say_(std::move(say)), cap_(cap_bytes), keep_(keep) {
    open_file();
    if (!out_.is_open()) now_failing();
}

void EventLog::open_file() {
    out_.open(file_);
    size_ = out_.is_open() ? out_.size() : 0;
    // A torn last line, left when the app was cut off mid-write, is ended here so that the
    // next event starts a whole line of its own.
    if (size_ > 0 && out_.last_byte() != '\n' && out_.append("\n") == 1) size_ += 1;
}

void EventLog::rotate() {
    out_.close();
    std::filesystem::path older = file_;
    older.replace_extension(".1.jsonl");
    replace_file(file_, older);
    open_file();
}

// The whole line, or nothing: a short write is cut off again at once, so the file ends with a
// whole line whatever happens.
bool EventLog::append_line(const std::string& line) {
    if (!out_.is_open()) open_file();
    if (!out_.is_open()) return false;
    if (size_ + static_cast<long long>(line.size()) > cap_) rotate();
    if (!out_.is_open()) return false;
    const long long n = out_.append(line);
    if (n == static_cast<long long>(line.size())) {
        size_ += n;
        return true;
    }
    if (!out_.truncate(size_)) out_.close();  // opened again (and ended) on the next try
    return false;
}

void EventLog::now_failing() {
    if (failing_) return;
    failing_ = true;
    written_while_failing_ = 0;
    say_("events: cannot write " + utf8_of(file_) + " (is the disk full?); keeping up to " +
         std::to_string(keep_) + " events in memory until it works again");
}

void EventLog::keep_waiting(std::string line) {
    if (waiting_.size() >= keep_) {
        waiting_.pop_front();
        ++dropped_total_;
        ++dropped_unreported_;
    }
    waiting_.push_back(std::move(line));
}

void EventLog::retry(long long unix_ms) {
    while (!waiting_.empty()) {
        if (!append_line(waiting_.front())) return now_failing();
        waiting_.pop_front();
        ++written_while_failing_;
    }
    if (dropped_unreported_ > 0) {
        const std::string line =
            event_line(Event{"events_dropped", {{"count", dropped_unreported_}}, {}}, unix_ms,
                       origin_) +
            "\n";
        if (!append_line(line)) return now_failing();
        dropped_unreported_ = 0;
    }
    if (failing_) {
        failing_ = false;
        say_("events: written again to " + utf8_of(file_) + "; " +
             std::to_string(written_while_failing_) + " kept in memory were written, " +
             std::to_string(dropped_total_) + " dropped in all");
    }
}

void EventLog::write(const Event& event, long long unix_ms) {
    std::string line = event_line(event, unix_ms, origin_) + "\n";
    if (!waiting_.empty() || dropped_unreported_ > 0) retry(unix_ms);
    if (waiting_.empty() && append_line(line)) {
        if (failing_) retry(unix_ms);  // the first line after a failure: say it recovered
        return;
    }
    keep_waiting(std::move(line));
    now_failing();
}

}  // namespace kiosk
