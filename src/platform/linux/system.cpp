#include "platform/system.hpp"

#include <malloc.h>

#include <cstdlib>
#include <system_error>

namespace kiosk::os {
namespace fs = std::filesystem;

fs::path default_data_folder() {
    if (const char* state = std::getenv("XDG_STATE_HOME"); state && *state)
        return fs::path(state) / "probiotic-kiosk";
    if (const char* home = std::getenv("HOME"); home && *home)
        return fs::path(home) / ".local/state/probiotic-kiosk";
    return fs::temp_directory_path() / "probiotic-kiosk";
}

fs::path executable_path() {
    std::error_code ec;
    fs::path exe = fs::read_symlink("/proc/self/exe", ec);
    return ec ? fs::path() : exe;
}

// <prefix>/bin/probiotic-kiosk -> <prefix>/share/probiotic-kiosk/content: the content of a
// copy installed under any prefix or DESTDIR (a staged package, a relocated tree).
std::vector<fs::path> installed_content_folders() {
    const fs::path exe = executable_path();
    if (exe.empty()) return {};
    return {(exe.parent_path().parent_path() / "share/probiotic-kiosk/content").lexically_normal()};
}

std::vector<fs::path> font_folders() {
    std::vector<fs::path> folders;
    if (fs::path exe = executable_path(); !exe.empty())
        folders.push_back(exe.parent_path() / "fonts");
    if (const char* home = std::getenv("HOME"); home && *home)
        folders.push_back(fs::path(home) / ".local/share/fonts");
    folders.insert(folders.end(), {"/usr/local/share/fonts", "/usr/share/fonts"});
    return folders;
}

// Decoded pictures are big, short-lived buffers made on the decoding threads. By default glibc
// raises its mmap threshold after the first such buffer is freed, and from then on keeps them
// in per-thread heaps that never shrink: memory grows with the number of distinct pictures
// shown. A fixed threshold gives every buffer over 256 KiB back when it is freed.
void tune_memory() {
    mallopt(M_MMAP_THRESHOLD, 256 * 1024);
    mallopt(M_ARENA_MAX, 2);
}

}  // namespace kiosk::os
