// The GLFW window and its OpenGL 3.3 context: fullscreen on a monitor (kiosk) or a window
// (demo, windowed), the pointer and keys as the frame loop needs them, and a lock that keeps
// a kiosk from being closed.
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "core/command_line.hpp"
#include "core/gesture.hpp"
#include "core/key.hpp"
#include "core/touch_target.hpp"
#include "platform/clock.hpp"
#include "platform/screen_copy.hpp"
#include "platform/window_hooks.hpp"

struct GLFWwindow;

namespace kiosk {

struct WindowSettings {
    WindowMode mode = WindowMode::kiosk;
    int width = 1280, height = 800;  // for a window
    int monitor = 0;                 // for fullscreen
    std::string title = "Probiotic kiosk";
    // Called just before the process must end (platform/window_hooks.hpp): the user logs off
    // or the system shuts down (Windows), or the display went away (X11). The last events are
    // written here.
    window_hooks::WindowEnding ending;
    // The app's clock: pointer samples are stamped in its real seconds.
    const AppClock* clock = nullptr;
};

class Window {
  public:
    // Opens the window; on failure `error()` says why in one line.
    explicit Window(const WindowSettings& settings);
    ~Window();
    Window(const Window&) = delete;
    Window& operator=(const Window&) = delete;

    [[nodiscard]] bool ok() const { return window_ != nullptr; }
    [[nodiscard]] const std::string& error() const { return error_; }
    [[nodiscard]] GLFWwindow* handle() const { return window_; }

    // Sleep until an input event or `seconds` pass, then collect input.
    void wait(double seconds);
    void poll();
    static void wake();  // from any thread

    [[nodiscard]] int width() const;  // framebuffer pixels
    [[nodiscard]] int height() const;
    [[nodiscard]] bool needs_redraw();  // exposed or resized since the last call

    // Pointer samples (time filled in by the caller) and keys since the last call.
    [[nodiscard]] std::vector<PointerSample> take_pointer_samples();
    [[nodiscard]] std::vector<Key> take_keys();

    // A close request (window button, Alt+F4 through the window manager).
    [[nodiscard]] bool close_requested();
    void toggle_fullscreen();
    void set_title(const std::string& title);
    // Shows the frame just drawn. `changed`: the only part of the screen it redrew (whole
    // pixels, origin top left); none for the whole screen.
    void present(const std::optional<Rect>& changed = std::nullopt);
    // The back buffer still holds the whole last frame, so a frame may redraw just a part.
    [[nodiscard]] bool keeps_last_frame() const { return copy_ && copy_->available(); }

  private:
    static void on_button(GLFWwindow*, int button, int action, int mods);
    static void on_cursor(GLFWwindow*, double x, double y);
    static void on_key(GLFWwindow*, int key, int scancode, int action, int mods);
    static void on_refresh(GLFWwindow*);
    static void on_size(GLFWwindow*, int, int);
    void add_sample(bool down, double x, double y);

    GLFWwindow* window_ = nullptr;
    std::unique_ptr<ScreenCopy> copy_;
    std::string error_;
    WindowSettings settings_;
    bool button_down_ = false;
    double cursor_x_ = 0, cursor_y_ = 0;
    bool redraw_ = true;
    std::vector<PointerSample> samples_;
    std::vector<Key> keys_;
    const AppClock* clock_;
    int saved_x_ = 0, saved_y_ = 0, saved_w_ = 0, saved_h_ = 0;
};

}  // namespace kiosk
