// The requests' flags, the same on every system (platform/signals.hpp); how requests arrive is
// in platform/posix/signals.cpp and platform/win32/signals.cpp, which raise them here.
#include "platform/signals.hpp"

#include <atomic>

namespace kiosk::signals {
namespace {

std::atomic<bool> screenshot{false};
std::atomic<bool> reload{false};
std::atomic<bool> stop{false};
std::atomic<void (*)()> waker{nullptr};

}  // namespace

void request_arrived(Request request) {
    (request == Request::screenshot ? screenshot
     : request == Request::reload   ? reload
                                    : stop) = true;
}

void wake_loop() {
    if (auto w = waker.load()) w();
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
