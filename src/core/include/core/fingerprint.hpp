// A short hash of file contents, naming which content a kiosk runs (the app_started event).
#pragma once

#include <filesystem>
#include <string>
#include <vector>

namespace kiosk {

// 16 hex digits (FNV-1a, 64 bit) over the files' names and bytes; a missing file counts as empty.
[[nodiscard]] std::string fingerprint(const std::vector<std::filesystem::path>& files);

}  // namespace kiosk
