#include "platform/system.hpp"

#include <mach-o/dyld.h>

#include <cstdint>
#include <cstdlib>
#include <system_error>

namespace kiosk::os {
namespace fs = std::filesystem;

namespace {

fs::path home() {
    const char* h = std::getenv("HOME");
    return h && *h ? fs::path(h) : fs::temp_directory_path();
}

}  // namespace

fs::path default_data_folder() {
    return home() / "Library/Application Support/probiotic-kiosk";
}

fs::path executable_path() {
    std::uint32_t size = 0;
    _NSGetExecutablePath(nullptr, &size);
    std::string path(size, '\0');
    if (_NSGetExecutablePath(path.data(), &size) != 0) return {};
    path.resize(path.find('\0') == std::string::npos ? path.size() : path.find('\0'));
    std::error_code ec;
    fs::path resolved = fs::canonical(path, ec);
    return ec ? fs::path(path) : resolved;
}

// Probiotic Kiosk.app/Contents/MacOS/probiotic-kiosk -> Contents/Resources/content; a Homebrew
// or `cmake --install` copy has <prefix>/share/probiotic-kiosk/content.
std::vector<fs::path> installed_content_folders() {
    const fs::path exe = executable_path();
    if (exe.empty()) return {};
    const fs::path contents = exe.parent_path().parent_path();
    return {(contents / "Resources/content").lexically_normal(),
            (contents / "share/probiotic-kiosk/content").lexically_normal()};
}

std::vector<fs::path> font_folders() {
    std::vector<fs::path> folders;
    if (fs::path exe = executable_path(); !exe.empty()) {
        folders.push_back(exe.parent_path() / "fonts");
        folders.push_back(exe.parent_path().parent_path() / "Resources/fonts");
    }
    folders.insert(folders.end(), {home() / "Library/Fonts", "/Library/Fonts",
                                   "/System/Library/Fonts/Supplemental", "/System/Library/Fonts",
                                   "/opt/homebrew/share/fonts", "/usr/local/share/fonts"});
    return folders;
}

void tune_memory() {}  // the system allocator returns big blocks by itself

}  // namespace kiosk::os
