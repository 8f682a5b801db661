// A fresh folder under the system's temporary folder, removed with everything in it at the end
// of the test.
#pragma once

#include <chrono>
#include <filesystem>
#include <string>
#include <system_error>

namespace kiosk::testing {

struct ScratchFolder {
    std::filesystem::path path;
    explicit ScratchFolder(const std::string& prefix = "kiosk-scratch-")
        : path(std::filesystem::temp_directory_path() /
               (prefix +
                std::to_string(std::chrono::steady_clock::now().time_since_epoch().count()))) {
        std::filesystem::create_directories(path);
    }
    ~ScratchFolder() {
        std::error_code ec;
        std::filesystem::remove_all(path, ec);
    }
    ScratchFolder(const ScratchFolder&) = delete;
    ScratchFolder& operator=(const ScratchFolder&) = delete;
};

}  // namespace kiosk::testing
