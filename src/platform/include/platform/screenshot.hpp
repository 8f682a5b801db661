// Saving what the screen shows now as a PNG, atomically.
#pragma once

#include <filesystem>

namespace kiosk {

// Reads the frame just drawn (before it is shown) and writes it to `file`.
bool save_screenshot(const std::filesystem::path& file, int width, int height);

}  // namespace kiosk
