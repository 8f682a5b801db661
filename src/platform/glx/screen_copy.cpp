#include "platform/screen_copy.hpp"

#include <GL/gl.h>
#include <GL/glx.h>

#include <cstring>

namespace kiosk {
namespace {

using CopySubBuffer = void (*)(Display*, GLXDrawable, int x, int y, int width, int height);

bool drawn_in_software() {
    const auto* renderer = reinterpret_cast<const char*>(glGetString(GL_RENDERER));
    return renderer && (std::strstr(renderer, "llvmpipe") || std::strstr(renderer, "softpipe"));
}

}  // namespace

ScreenCopy::ScreenCopy() {
    Display* display = glXGetCurrentDisplay();  // none under Wayland
    if (!display || !glXGetCurrentDrawable() || !drawn_in_software()) return;
    const char* extensions = glXQueryExtensionsString(display, DefaultScreen(display));
    if (!extensions || !std::strstr(extensions, "GLX_MESA_copy_sub_buffer")) return;
    copy_ = glXGetProcAddressARB(reinterpret_cast<const GLubyte*>("glXCopySubBufferMESA"));
}

void ScreenCopy::copy(int x, int y, int width, int height) const {
    // The context's own display and drawable: the window's, as it is current on this thread.
    reinterpret_cast<CopySubBuffer>(copy_)(glXGetCurrentDisplay(), glXGetCurrentDrawable(), x, y,
                                           width, height);
}

}  // namespace kiosk
