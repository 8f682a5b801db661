#include "platform/window_hooks.hpp"

#include <cstdlib>

namespace kiosk::window_hooks {

// GLFW would try, and fail with a less telling message.
std::string missing_display() {
    const char* display = std::getenv("DISPLAY");
    const char* wayland = std::getenv("WAYLAND_DISPLAY");
    if ((!display || !*display) && (!wayland || !*wayland)) return "no display: DISPLAY is not set";
    return {};
}

void prepare(GLFWwindow*, std::function<void()>) {}

// X11 events carry their own position, and GLFW reports motion before a press.
bool message_position(GLFWwindow*, double&, double&) {
    return false;
}

}  // namespace kiosk::window_hooks
