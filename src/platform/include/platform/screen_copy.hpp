// Showing only the part of a frame that changed, where that is possible and pays (built with
// KIOSK_WITH_GLX_COPY: platform/glx/screen_copy.cpp; elsewhere platform/fallback/): Mesa's
// software renderer under X, which offers GLX_MESA_copy_sub_buffer. There the kiosk never swaps
// buffers; the back buffer always holds the whole last frame, a frame may redraw just a part of
// it, and only that part is copied to the window. On a GPU the frame is swapped as usual: its
// drawing costs next to nothing, and a swap waits for the display's refresh.
#pragma once

namespace kiosk {

class ScreenCopy {
  public:
    // Looks at the current OpenGL context (the window's, made current).
    ScreenCopy();

    [[nodiscard]] bool available() const { return copy_ != nullptr; }
    // Copies the back buffer's area (OpenGL window coordinates: origin bottom left) to the
    // window. Only when available().
    void copy(int x, int y, int width, int height) const;

  private:
    void (*copy_)() = nullptr;  // glXCopySubBufferMESA, cast back to its type where it is called
};

}  // namespace kiosk
