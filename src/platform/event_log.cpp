#include "platform/event_log.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cstdio>

namespace kiosk {

EventLog::EventLog(std::filesystem::path file, bool demo, long long cap_bytes)
    : file_(std::move(file)), demo_(demo), cap_(cap_bytes) {
    open_file();
}

EventLog::~EventLog() {
    if (fd_ >= 0) close(fd_);
}

void EventLog::open_file() {
    fd_ = open(file_.c_str(), O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0644);
    struct stat st {};
    size_ = fd_ >= 0 && fstat(fd_, &st) == 0 ? st.st_size : 0;
    // A torn last line, left when the app was cut off mid-write, is ended here so that the
    // next event starts a whole line of its own.
    char last = '\n';
    if (fd_ >= 0 && size_ > 0) {
        int reader = open(file_.c_str(), O_RDONLY | O_CLOEXEC);
        if (reader >= 0 && pread(reader, &last, 1, size_ - 1) == 1 && last != '\n')
            size_ += ::write(fd_, "\n", 1);
        if (reader >= 0) close(reader);
    }
    if (fd_ < 0 && !complained_) {
        std::fprintf(stderr,
                     "probiotic-kiosk: events: cannot write %s; the kiosk goes on without it\n",
                     file_.c_str());
        complained_ = true;
    }
}

void EventLog::rotate() {
    close(fd_);
    std::filesystem::path older = file_;
    older.replace_extension(".1.jsonl");
    std::rename(file_.c_str(), older.c_str());
    open_file();
}

void EventLog::write(const Event& event, long long unix_ms) {
    if (fd_ < 0) open_file();
    if (fd_ < 0) return;
    std::string line = event_line(event, unix_ms, demo_) + "\n";
    if (size_ + static_cast<long long>(line.size()) > cap_) rotate();
    if (fd_ < 0) return;
    ssize_t n = ::write(fd_, line.data(), line.size());
    if (n > 0) size_ += n;
}

}  // namespace kiosk
