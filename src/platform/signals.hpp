// Signals of interfaces.md, turned into flags the frame loop reads: SIGUSR1 screenshot,
// SIGHUP check the content now, SIGTERM/SIGINT stop. The handlers only set flags and wake
// the frame loop.
#pragma once

namespace kiosk::signals {

void install();
// Each returns true once per signal received, then clears.
bool take_screenshot_request();
bool take_reload_request();
bool stop_requested();
// Called by the handlers to wake a frame loop sleeping in the window system; set by the app.
void set_waker(void (*wake)());

}  // namespace kiosk::signals
