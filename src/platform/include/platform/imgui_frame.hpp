// Dear ImGui's version-specific calls, kept in one place: starting and ending the library
// with its GLFW and OpenGL 3 backends, and one frame's begin and end. Screens only use the
// draw list this hands out.
#pragma once

#include <optional>

#include "core/touch_target.hpp"

struct GLFWwindow;
struct ImDrawList;

namespace kiosk {

class ImGuiFrame {
  public:
    explicit ImGuiFrame(GLFWwindow* window);
    ~ImGuiFrame();
    ImGuiFrame(const ImGuiFrame&) = delete;
    ImGuiFrame& operator=(const ImGuiFrame&) = delete;

    // Starts a frame and returns the list to draw it into.
    ImDrawList* begin(int width, int height, float seconds_since_last);
    // Renders the frame into the back buffer: clears it to `background` (an ImU32 colour) and
    // draws what was drawn. With `only` (whole pixels, origin top left), just that part of the
    // screen is cleared and drawn; the rest of the back buffer keeps the last frame.
    void end(int width, int height, unsigned int background,
             const std::optional<Rect>& only = std::nullopt);
};

}  // namespace kiosk
