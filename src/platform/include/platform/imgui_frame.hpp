// Dear ImGui's version-specific calls, kept in one place: starting and ending the library
// with its GLFW and OpenGL 3 backends, and one frame's begin and end. Screens only use the
// draw list this hands out.
#pragma once

#include <optional>

#include "core/touch_target.hpp"

struct GLFWwindow;
struct ImDrawList;
struct ImDrawCmd;

namespace kiosk {

class ImGuiFrame {
  public:
    explicit ImGuiFrame(GLFWwindow* window);
    ~ImGuiFrame();
    ImGuiFrame(const ImGuiFrame&) = delete;
    ImGuiFrame& operator=(const ImGuiFrame&) = delete;

    // Makes the renderer ready to draw the first frame at once: Mesa's software renderer
    // compiles its drawing code for each way of blending on first use, tens of milliseconds;
    // done here, it overlaps with the content being read instead of delaying the first frame.
    // Draws two squares of one pixel's texture into the back buffer, which the first frame clears.
    void warm_up();

    // Starts a frame and returns the list to draw it into.
    ImDrawList* begin(int width, int height, float seconds_since_last);
    // Renders the frame into the back buffer: clears it to `background` (an ImU32 colour) and
    // draws what was drawn. With `only` (whole pixels, origin top left), just that part of the
    // screen is cleared and drawn; the rest of the back buffer keeps the last frame.
    void end(int width, int height, unsigned int background,
             const std::optional<Rect>& only = std::nullopt);
};

// A draw callback: what follows is premultiplied (pictures), until
// ImDrawCallback_ResetRenderState puts Dear ImGui's own blend back.
void premultiplied_blend(const ImDrawList*, const ImDrawCmd*);

}  // namespace kiosk
