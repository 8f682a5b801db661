#include "platform/signals.hpp"

#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

#include <atomic>
#include <cerrno>
#include <csignal>
#include <cstdlib>
#include <cstring>
#include <thread>

#include "core/path_text.hpp"

namespace kiosk::signals {
namespace {

int wake_pipe[2] = {-1, -1};
int pid_file = -1;  // DATA_DIR/kiosk.pid, locked while the kiosk runs
std::filesystem::path pid_path;

void on_signal(int number) {
    if (number == SIGUSR1) request_arrived(Request::screenshot);
    if (number == SIGHUP) request_arrived(Request::reload);
    if (number == SIGTERM || number == SIGINT) request_arrived(Request::stop);
    // glfwPostEmptyEvent is not async-signal-safe: hand over to a thread through a pipe.
    char byte = 1;
    if (wake_pipe[1] >= 0) {
        ssize_t written = write(wake_pipe[1], &byte, 1);
        (void)written;
    }
}

// The pid file holds the kiosk's process id and stays locked (flock) while it runs, so that
// --send never signals a process that merely reused the id of a kiosk gone since.
void write_pid_file(const std::filesystem::path& data_folder) {
    pid_path = data_folder / "kiosk.pid";
    pid_file = ::open(pid_path.c_str(), O_RDWR | O_CREAT | O_CLOEXEC, 0644);
    if (pid_file < 0) return;
    if (flock(pid_file, LOCK_EX | LOCK_NB) != 0) {  // another kiosk uses this data folder
        ::close(pid_file);
        pid_file = -1;
        return;
    }
    const std::string pid = std::to_string(getpid()) + "\n";
    if (ftruncate(pid_file, 0) != 0 || pwrite(pid_file, pid.data(), pid.size(), 0) < 0) return;
}

int signal_of(Request request) {
    switch (request) {
        case Request::screenshot:
            return SIGUSR1;
        case Request::reload:
            return SIGHUP;
        case Request::stop:
            break;
    }
    return SIGTERM;
}

}  // namespace

void install(const std::filesystem::path& data_folder) {
    if (pipe(wake_pipe) == 0) {
        std::thread([] {
            char byte;
            while (read(wake_pipe[0], &byte, 1) > 0) wake_loop();
        }).detach();
    }
    struct sigaction action {};
    action.sa_handler = on_signal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    for (int number : {SIGUSR1, SIGHUP, SIGTERM, SIGINT}) sigaction(number, &action, nullptr);
    std::signal(SIGPIPE, SIG_IGN);
    write_pid_file(data_folder);
}

std::string stop_reason() {
    return "signal";
}

void session_ending() {
    request_arrived(Request::stop);
}

void finished() {
    if (pid_file < 0) return;
    std::error_code ec;
    std::filesystem::remove(pid_path, ec);
    ::close(pid_file);  // and with it the lock
    pid_file = -1;
}

std::string send(Request request, const std::filesystem::path& data_folder) {
    const std::filesystem::path file = data_folder / "kiosk.pid";
    const std::string none = "no kiosk is running with data folder " + utf8_of(data_folder);
    int fd = ::open(file.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) return none;
    // A lock we can take means nobody holds it: the kiosk that wrote the file is gone.
    const bool running = flock(fd, LOCK_SH | LOCK_NB) != 0 && errno == EWOULDBLOCK;
    char text[32] = {};
    const ssize_t n = read(fd, text, sizeof text - 1);
    ::close(fd);
    const long pid = n > 0 ? std::strtol(text, nullptr, 10) : 0;
    if (!running || pid <= 0) return none;
    if (kill(static_cast<pid_t>(pid), signal_of(request)) != 0)
        return "cannot signal the kiosk (process " + std::to_string(pid) +
               "): " + std::strerror(errno);
    return {};
}

}  // namespace kiosk::signals
