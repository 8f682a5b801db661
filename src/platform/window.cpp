#include "platform/window.hpp"

#include <GLFW/glfw3.h>

#include <map>

#include "platform/window_hooks.hpp"

namespace kiosk {
namespace {

std::string glfw_error;

void remember_error(int, const char* description) {
    glfw_error = description ? description : "?";
}

Window* owner(GLFWwindow* w) {
    return static_cast<Window*>(glfwGetWindowUserPointer(w));
}

GLFWmonitor* pick_monitor(int index) {
    int count = 0;
    GLFWmonitor** monitors = glfwGetMonitors(&count);
    if (count <= 0) return glfwGetPrimaryMonitor();
    return monitors[index < count ? index : 0];
}

Key key_of(int glfw_key) {
    static const std::map<int, Key> keys{{GLFW_KEY_ESCAPE, Key::escape},
                                         {GLFW_KEY_LEFT, Key::left},
                                         {GLFW_KEY_RIGHT, Key::right},
                                         {GLFW_KEY_SPACE, Key::space},
                                         {GLFW_KEY_F11, Key::f11},
                                         {GLFW_KEY_F12, Key::f12},
                                         {GLFW_KEY_R, Key::r},
                                         {GLFW_KEY_PAGE_UP, Key::page_up},
                                         {GLFW_KEY_PAGE_DOWN, Key::page_down},
                                         {GLFW_KEY_HOME, Key::home},
                                         {GLFW_KEY_L, Key::l},
                                         {GLFW_KEY_D, Key::d}};
    // The digits of the main row and of the keypad alike
    if (glfw_key >= GLFW_KEY_1 && glfw_key <= GLFW_KEY_9) return digit_key(glfw_key - GLFW_KEY_0);
    if (glfw_key >= GLFW_KEY_KP_1 && glfw_key <= GLFW_KEY_KP_9)
        return digit_key(glfw_key - GLFW_KEY_KP_0);
    const auto it = keys.find(glfw_key);
    return it == keys.end() ? Key::other : it->second;
}

}  // namespace

Window::Window(const WindowSettings& settings) : settings_(settings), clock_(settings.clock) {
    error_ = window_hooks::missing_display();
    if (!error_.empty()) return;
    glfwSetErrorCallback(remember_error);
    if (!glfwInit()) {
        error_ = "no display: cannot open one (" + glfw_error + ")";
        return;
    }
    glfwWindowHint(GLFW_CONTEXT_VERSION_MAJOR, 3);
    glfwWindowHint(GLFW_CONTEXT_VERSION_MINOR, 3);
    glfwWindowHint(GLFW_OPENGL_PROFILE, GLFW_OPENGL_CORE_PROFILE);
    // macOS gives a 3.3 core context only forward-compatible; the kiosk uses no removed call.
    glfwWindowHint(GLFW_OPENGL_FORWARD_COMPAT, GLFW_TRUE);
    glfwWindowHint(GLFW_AUTO_ICONIFY, GLFW_FALSE);
    glfwWindowHint(GLFW_DOUBLEBUFFER, GLFW_TRUE);

    const bool fullscreen = settings.mode == WindowMode::kiosk;
    GLFWmonitor* monitor = fullscreen ? pick_monitor(settings.monitor) : nullptr;
    int w = settings.width, h = settings.height;
    if (monitor) {
        const GLFWvidmode* mode = glfwGetVideoMode(monitor);
        w = mode->width;
        h = mode->height;
        glfwWindowHint(GLFW_REFRESH_RATE, mode->refreshRate);
    }
    window_ = glfwCreateWindow(w, h, settings.title.c_str(), monitor, nullptr);
    if (!window_) {
        error_ = "cannot open an OpenGL 3.3 window: " + glfw_error;
        glfwTerminate();
        return;
    }
    glfwMakeContextCurrent(window_);
    glfwSwapInterval(1);
    copy_ = std::make_unique<ScreenCopy>();
    glfwSetWindowUserPointer(window_, this);
    glfwSetMouseButtonCallback(window_, on_button);
    glfwSetCursorPosCallback(window_, on_cursor);
    glfwSetKeyCallback(window_, on_key);
    glfwSetWindowRefreshCallback(window_, on_refresh);
    glfwSetFramebufferSizeCallback(window_, on_size);
    if (settings.mode == WindowMode::kiosk)
        glfwSetInputMode(window_, GLFW_CURSOR, GLFW_CURSOR_HIDDEN);
    window_hooks::prepare(window_, settings.ending);
}

Window::~Window() {
    if (window_) {
        glfwDestroyWindow(window_);
        glfwTerminate();
    }
}

void Window::wait(double seconds) {
    if (seconds <= 0)
        glfwPollEvents();
    else
        glfwWaitEventsTimeout(seconds);
}

void Window::poll() {
    glfwPollEvents();
}
void Window::wake() {
    glfwPostEmptyEvent();
}

int Window::width() const {
    int w = 0, h = 0;
    glfwGetFramebufferSize(window_, &w, &h);
    return w;
}

int Window::height() const {
    int w = 0, h = 0;
    glfwGetFramebufferSize(window_, &w, &h);
    return h;
}

bool Window::needs_redraw() {
    bool r = redraw_;
    redraw_ = false;
    return r;
}

std::vector<PointerSample> Window::take_pointer_samples() {
    std::vector<PointerSample> out;
    out.swap(samples_);
    return out;
}

std::vector<Key> Window::take_keys() {
    std::vector<Key> out;
    out.swap(keys_);
    return out;
}

bool Window::close_requested() {
    bool requested = glfwWindowShouldClose(window_);
    glfwSetWindowShouldClose(window_, GLFW_FALSE);
    return requested;
}

void Window::toggle_fullscreen() {
    if (GLFWmonitor* current = glfwGetWindowMonitor(window_)) {
        (void)current;
        glfwSetWindowMonitor(window_, nullptr, saved_x_, saved_y_, saved_w_, saved_h_, 0);
        return;
    }
    glfwGetWindowPos(window_, &saved_x_, &saved_y_);
    glfwGetWindowSize(window_, &saved_w_, &saved_h_);
    GLFWmonitor* monitor = pick_monitor(settings_.monitor);
    const GLFWvidmode* mode = glfwGetVideoMode(monitor);
    glfwSetWindowMonitor(window_, monitor, 0, 0, mode->width, mode->height, mode->refreshRate);
}

void Window::present(const std::optional<Rect>& changed) {
    if (!keeps_last_frame()) {
        glfwSwapBuffers(window_);
        return;
    }
    const int h = height();
    if (!changed) {
        copy_->copy(0, 0, width(), h);
        return;
    }
    const int x = static_cast<int>(changed->x), y = static_cast<int>(changed->y);
    const int w = static_cast<int>(changed->w), rows = static_cast<int>(changed->h);
    if (w > 0 && rows > 0) copy_->copy(x, h - y - rows, w, rows);
}

void Window::add_sample(bool down, double x, double y) {
    // Window coordinates to framebuffer pixels (they differ on high-density screens).
    int ww = 1, wh = 1, fw = 1, fh = 1;
    glfwGetWindowSize(window_, &ww, &wh);
    glfwGetFramebufferSize(window_, &fw, &fh);
    float sx = ww > 0 ? static_cast<float>(fw) / static_cast<float>(ww) : 1.f;
    float sy = wh > 0 ? static_cast<float>(fh) / static_cast<float>(wh) : 1.f;
    // Real seconds when the event was read, whatever the app's clock scale: a tap is a tap.
    samples_.push_back(
        {down, static_cast<float>(x) * sx, static_cast<float>(y) * sy, clock_->real_seconds()});
}

void Window::on_button(GLFWwindow* w, int button, int action, int) {
    Window* self = owner(w);
    if (button != GLFW_MOUSE_BUTTON_LEFT) return;
    self->button_down_ = action == GLFW_PRESS;
    // Where the pointer was when the button event happened (the system's position of the
    // message, else the last motion before it), not where it is by the time it is read.
    window_hooks::message_position(w, self->cursor_x_, self->cursor_y_);
    self->add_sample(self->button_down_, self->cursor_x_, self->cursor_y_);
}

void Window::on_cursor(GLFWwindow* w, double x, double y) {
    Window* self = owner(w);
    self->cursor_x_ = x;
    self->cursor_y_ = y;
    // Moves without a press are hover: a touchscreen has none, so they are not kept.
    if (self->button_down_) self->add_sample(true, x, y);
}

void Window::on_key(GLFWwindow* w, int key, int, int action, int) {
    if (action == GLFW_PRESS) owner(w)->keys_.push_back(key_of(key));
}

void Window::on_refresh(GLFWwindow* w) {
    owner(w)->redraw_ = true;
}
void Window::on_size(GLFWwindow* w, int, int) {
    owner(w)->redraw_ = true;
}

void Window::set_title(const std::string& title) {
    if (window_) glfwSetWindowTitle(window_, title.c_str());
}

}  // namespace kiosk
