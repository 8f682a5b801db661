// What the kiosk's window needs from its system beyond GLFW. One source per system:
// platform/linux/window_hooks.cpp, platform/win32/window_hooks.cpp, and
// platform/fallback/window_hooks.cpp where nothing is needed (macOS).
#pragma once

#include <functional>
#include <string>

struct GLFWwindow;

namespace kiosk::window_hooks {

// Empty when windows can be opened here, else why not in one line a person can act on
// ("no display: DISPLAY is not set").
[[nodiscard]] std::string missing_display();

// What the window tells the kiosk just before the process must end.
struct WindowEnding {
    // The user logs off or the system shuts down (Windows ends the process once this returns).
    std::function<void()> session_end;
    // The display went away (the X server died): the process exits 1 once this returns.
    std::function<void()> display_lost;
};

// Once the window is open. On Windows: a touch acts where the finger is and a press-and-hold
// is not turned into a right click, no touch feedback circles or squares are drawn, and
// logging off or shutting down calls `ending.session_end`. On Linux (X11): a lost display
// calls `ending.display_lost`.
void prepare(GLFWwindow* window, WindowEnding ending);

// Where the pointer was when the system made the message being handled now (window
// coordinates), when the system keeps that; false elsewhere (then the last motion counts).
bool message_position(GLFWwindow* window, double& x, double& y);

}  // namespace kiosk::window_hooks
