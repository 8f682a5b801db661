// Replacing a file so that a reader sees the old or the new whole file, never half of one.
#pragma once

#include <filesystem>
#include <string_view>

namespace kiosk {

// Writes to a temporary file beside `path`, then renames it over `path`.
bool write_file_atomically(const std::filesystem::path& path, std::string_view bytes);

}  // namespace kiosk
