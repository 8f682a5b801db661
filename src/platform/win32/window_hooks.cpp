#include "platform/window_hooks.hpp"

#define WIN32_LEAN_AND_MEAN
#include <tpcshrd.h>
#include <windows.h>
#define GLFW_EXPOSE_NATIVE_WIN32
#include <GLFW/glfw3.h>
#include <GLFW/glfw3native.h>

#include "platform/signals.hpp"

namespace kiosk::window_hooks {
namespace {

WNDPROC glfw_procedure = nullptr;
std::function<void()> session_end;

// The tablet service's switches for this window: no press-and-hold right click, no feedback
// drawn at a pen or finger tap, no flick gestures.
constexpr DWORD tablet_switches = TABLET_DISABLE_PRESSANDHOLD | TABLET_DISABLE_PENTAPFEEDBACK |
                                  TABLET_DISABLE_PENBARRELFEEDBACK | TABLET_DISABLE_TOUCHUIFORCEON |
                                  TABLET_DISABLE_FLICKS;

// Windows 8's touch feedback (the circles and squares drawn at a finger), off for this window.
// Looked up at run time: older systems and Wine may not have it.
void no_touch_feedback(HWND window) {
    using SetFeedback = BOOL(WINAPI*)(HWND, int, DWORD, UINT32, const void*);
    auto set = reinterpret_cast<SetFeedback>(reinterpret_cast<void*>(
        GetProcAddress(GetModuleHandleW(L"user32.dll"), "SetWindowFeedbackSetting")));
    if (!set) return;
    const BOOL off = FALSE;
    // FEEDBACK_TOUCH_CONTACTVISUALIZATION 1 ... FEEDBACK_GESTURE_PRESSANDTAP 11
    for (int feedback = 1; feedback <= 11; ++feedback) set(window, feedback, 0, sizeof off, &off);
}

LRESULT CALLBACK procedure(HWND window, UINT message, WPARAM w, LPARAM l) {
    if (message == WM_QUERYENDSESSION) {
        signals::session_ending();
        return TRUE;
    }
    // Windows ends the process soon after this returns: the last events are written now.
    if (message == WM_ENDSESSION && w) {
        signals::session_ending();
        if (session_end) session_end();
        return 0;
    }
    return CallWindowProcW(glfw_procedure, window, message, w, l);
}

}  // namespace

std::string missing_display() {
    return {};
}

void prepare(GLFWwindow* glfw_window, WindowEnding ending) {
    HWND window = glfwGetWin32Window(glfw_window);
    if (!window) return;
    SetPropW(window, L"MicrosoftTabletPenServiceProperty",
             reinterpret_cast<HANDLE>(static_cast<ULONG_PTR>(tablet_switches)));
    no_touch_feedback(window);
    session_end = std::move(ending.session_end);
    glfw_procedure = reinterpret_cast<WNDPROC>(
        SetWindowLongPtrW(window, GWLP_WNDPROC, reinterpret_cast<LONG_PTR>(&procedure)));
}

// A tap on a touchscreen arrives as a button press whose position is in the message, while
// GLFW's cursor still holds the last motion, which may be the previous tap's place (GLFW
// issue 42). GetMessagePos is the position of the message being handled.
bool message_position(GLFWwindow* glfw_window, double& x, double& y) {
    HWND window = glfwGetWin32Window(glfw_window);
    if (!window) return false;
    const DWORD at = GetMessagePos();
    POINT p{static_cast<short>(LOWORD(at)), static_cast<short>(HIWORD(at))};
    if (!ScreenToClient(window, &p)) return false;
    x = p.x;
    y = p.y;
    return true;
}

}  // namespace kiosk::window_hooks
