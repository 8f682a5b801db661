#include "platform/event_log.hpp"

#include <cstdio>

#include "core/path_text.hpp"

namespace kiosk {

EventLog::EventLog(std::filesystem::path file, bool demo, long long cap_bytes)
    : file_(std::move(file)), demo_(demo), cap_(cap_bytes) {
    open_file();
}

EventLog::~EventLog() = default;

void EventLog::open_file() {
    out_.open(file_);
    size_ = out_.is_open() ? out_.size() : 0;
    // A torn last line, left when the app was cut off mid-write, is ended here so that the
    // next event starts a whole line of its own.
    if (size_ > 0 && out_.last_byte() != '\n' && out_.append("\n") == 1) size_ += 1;
    if (!out_.is_open() && !complained_) {
        std::fprintf(stderr,
                     "probiotic-kiosk: events: cannot write %s; the kiosk goes on without it\n",
                     utf8_of(file_).c_str());
        complained_ = true;
    }
}

void EventLog::rotate() {
    out_.close();
    std::filesystem::path older = file_;
    older.replace_extension(".1.jsonl");
    replace_file(file_, older);
    open_file();
}

void EventLog::write(const Event& event, long long unix_ms) {
    if (!out_.is_open()) open_file();
    if (!out_.is_open()) return;
    std::string line = event_line(event, unix_ms, demo_) + "\n";
    if (size_ + static_cast<long long>(line.size()) > cap_) rotate();
    if (!out_.is_open()) return;
    long long n = out_.append(line);
    if (n > 0) size_ += n;
}

}  // namespace kiosk
