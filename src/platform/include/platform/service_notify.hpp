// Telling systemd how the kiosk is doing (sd_notify), for a unit with Type=notify and
// WatchdogSec= (packaging/probiotic-kiosk.service): platform/systemd/service_notify.cpp, built
// with libsystemd when it is found (KIOSK_WITH_SYSTEMD). Without it (other systems:
// platform/fallback/service_notify.cpp), or when not started by systemd (no NOTIFY_SOCKET),
// every function does nothing, so the kiosk runs the same from a shell.
#pragma once

namespace kiosk::service {

// The kiosk is up: the first frame is on the screen (READY=1).
void ready();
// Called on every pass of the frame loop with the real (not scaled) time in seconds. When the
// unit has a watchdog (WATCHDOG_USEC, read once through sd_watchdog_enabled), sends
// WATCHDOG=1 at most every third of its period, so a loop that stops turning gets the kiosk
// restarted. The loop must come round well within the period (it sleeps at most 5 s).
void alive(double real_seconds);
// The kiosk is shutting down on purpose (STOPPING=1), so systemd does not count it as a hang.
void stopping();

// The watchdog period in seconds from the environment, 0 when there is none (for logs, tests).
double watchdog_period();

}  // namespace kiosk::service
