#include "platform/window_hooks.hpp"

#include <X11/Xlib.h>

#include <cstdlib>

namespace kiosk::window_hooks {

// GLFW would try, and fail with a less telling message.
std::string missing_display() {
    const char* display = std::getenv("DISPLAY");
    const char* wayland = std::getenv("WAYLAND_DISPLAY");
    if ((!display || !*display) && (!wayland || !*wayland)) return "no display: DISPLAY is not set";
    return {};
}

namespace {

std::function<void()> display_lost;

// Xlib calls this when the connection to the X server breaks, and ends the process with exit
// code 1 once it returns: the last events are written first.
int on_display_lost(Display*) {
    if (display_lost) display_lost();
    return 0;
}

}  // namespace

void prepare(GLFWwindow*, WindowEnding ending) {
    display_lost = std::move(ending.display_lost);
    XSetIOErrorHandler(on_display_lost);
}

// X11 events carry their own position, and GLFW reports motion before a press.
bool message_position(GLFWwindow*, double&, double&) {
    return false;
}

}  // namespace kiosk::window_hooks
