// Requests from outside the running kiosk (interfaces.md, "Signals and keys"): take a
// screenshot, check the content now, stop cleanly. They arrive as the system has them, and
// the frame loop reads them as flags; handlers only set flags and wake the loop.
//   POSIX (platform/posix/signals.cpp): SIGUSR1 screenshot, SIGHUP check the content,
//     SIGTERM and SIGINT stop. DATA_DIR/kiosk.pid names the running kiosk for --send.
//   Windows (platform/win32/signals.cpp): named events of the data folder, which --send sets;
//     Ctrl+C, Ctrl+Break, closing the console, logging off and shutting down stop the kiosk.
#pragma once

#include <filesystem>
#include <string>

namespace kiosk::signals {

enum class Request { screenshot, reload, stop };

// Starts listening, for the kiosk whose data folder is `data_folder`.
void install(const std::filesystem::path& data_folder);
// Each returns true once per request received, then clears.
bool take_screenshot_request();
bool take_reload_request();
bool stop_requested();
// Why the kiosk was asked to stop, for app_stopped: "signal", "console_closed", "session_end".
std::string stop_reason();
// Called by the handlers to wake a frame loop sleeping in the window system; set by the app.
void set_waker(void (*wake)());
// The user is logging off or the system is shutting down (from the window, on Windows).
void session_ending();
// The kiosk has written its last events and is about to exit. Windows waits for this before
// it ends a process whose console is closing or whose user is logging off.
void finished();

// For the system's own part (posix/, win32/): a request arrived (async-signal-safe), and
// wake the frame loop (not from a signal handler).
void request_arrived(Request request);
void wake_loop();

// --send: hands `request` to the kiosk running with `data_folder`. Empty when delivered, else
// a sentence saying why not ("no kiosk is running with data folder ...").
[[nodiscard]] std::string send(Request request, const std::filesystem::path& data_folder);

}  // namespace kiosk::signals
