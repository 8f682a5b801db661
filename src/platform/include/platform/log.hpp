// The kiosk's log: one line per thing worth knowing, on stderr and in DATA_DIR/kiosk.log.
#pragma once

#include <filesystem>
#include <string>

namespace kiosk::log {

void open(const std::filesystem::path& file);
void line(const std::string& text);
// Only into the log file (details that would drown the one line stderr should show).
void to_file(const std::string& text);

}  // namespace kiosk::log
