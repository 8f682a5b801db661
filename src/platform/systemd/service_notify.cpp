#include "platform/service_notify.hpp"

#include <systemd/sd-daemon.h>

#include <cstdint>

namespace kiosk::service {

namespace {

struct Watchdog {
    bool read = false;
    double period = 0;      // seconds; 0: no watchdog
    double last_ping = -1;  // real seconds of the last WATCHDOG=1
};

Watchdog& watchdog() {
    static Watchdog w;
    if (!w.read) {
        w.read = true;
        std::uint64_t usec = 0;
        // 0: keep the variables in the environment (the kiosk starts no other process).
        if (sd_watchdog_enabled(0, &usec) > 0 && usec > 0)
            w.period = static_cast<double>(usec) / 1e6;
    }
    return w;
}

}  // namespace

void ready() {
    sd_notify(0, "READY=1\nSTATUS=Showing the kiosk");
}

void alive(double real_seconds) {
    Watchdog& w = watchdog();
    if (w.period <= 0) return;
    if (w.last_ping >= 0 && real_seconds - w.last_ping < w.period / 3 &&
        real_seconds >= w.last_ping)
        return;
    w.last_ping = real_seconds;
    sd_notify(0, "WATCHDOG=1");
}

void stopping() {
    sd_notify(0, "STOPPING=1\nSTATUS=Stopping");
}

double watchdog_period() {
    return watchdog().period;
}

}  // namespace kiosk::service
