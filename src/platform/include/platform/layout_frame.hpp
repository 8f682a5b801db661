// A frame laid out without a window: a Dear ImGui context of its own, with no backend, that
// hands out a draw list the screens draw into and nothing ever shows. For checking what the
// screens lay out (the fit check of --validate) with the same code that draws them.
#pragma once

struct ImDrawList;
struct ImGuiContext;

namespace kiosk {

class LayoutFrame {
  public:
    LayoutFrame();
    ~LayoutFrame();
    LayoutFrame(const LayoutFrame&) = delete;
    LayoutFrame& operator=(const LayoutFrame&) = delete;

    // Starts a frame of that size (the fonts must be built) and returns its draw list.
    ImDrawList* begin(int width, int height);
    // Throws the frame away.
    void end();

  private:
    ImGuiContext* context_;
    ImGuiContext* previous_;
};

}  // namespace kiosk
