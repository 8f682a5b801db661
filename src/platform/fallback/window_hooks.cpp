// Systems whose window needs nothing beyond GLFW (macOS): platform/window_hooks.hpp.
#include "platform/window_hooks.hpp"

namespace kiosk::window_hooks {

std::string missing_display() {
    return {};
}

void prepare(GLFWwindow*, WindowEnding) {}

bool message_position(GLFWwindow*, double&, double&) {
    return false;
}

}  // namespace kiosk::window_hooks
