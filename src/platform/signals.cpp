#include "platform/signals.hpp"

#include <pthread.h>
#include <unistd.h>

#include <atomic>
#include <csignal>
#include <thread>

namespace kiosk::signals {
namespace {

std::atomic<bool> screenshot{false};
std::atomic<bool> reload{false};
std::atomic<bool> stop{false};
std::atomic<void (*)()> waker{nullptr};
int wake_pipe[2] = {-1, -1};

void on_signal(int number) {
    if (number == SIGUSR1) screenshot = true;
    if (number == SIGHUP) reload = true;
    if (number == SIGTERM || number == SIGINT) stop = true;
    // glfwPostEmptyEvent is not async-signal-safe: hand over to a thread through a pipe.
    char byte = 1;
    if (wake_pipe[1] >= 0) {
        ssize_t written = write(wake_pipe[1], &byte, 1);
        (void)written;
    }
}

}  // namespace

void install() {
    if (pipe(wake_pipe) == 0) {
        std::thread([] {
            char byte;
            while (read(wake_pipe[0], &byte, 1) > 0)
                if (auto w = waker.load()) w();
        }).detach();
    }
    struct sigaction action {};
    action.sa_handler = on_signal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    for (int number : {SIGUSR1, SIGHUP, SIGTERM, SIGINT}) sigaction(number, &action, nullptr);
    std::signal(SIGPIPE, SIG_IGN);
}

bool take_screenshot_request() {
    return screenshot.exchange(false);
}
bool take_reload_request() {
    return reload.exchange(false);
}
bool stop_requested() {
    return stop.load();
}
void set_waker(void (*wake)()) {
    waker = wake;
}

}  // namespace kiosk::signals
