// Without GLX_MESA_copy_sub_buffer (Windows, macOS, Wayland-only builds): every frame is drawn
// whole and swapped (platform/screen_copy.hpp).
#include "platform/screen_copy.hpp"

namespace kiosk {

ScreenCopy::ScreenCopy() = default;

void ScreenCopy::copy(int, int, int, int) const {}

}  // namespace kiosk
