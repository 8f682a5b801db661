#include "app/folders.hpp"

#include <cstdlib>
#include <system_error>
#include <vector>

namespace kiosk {
namespace fs = std::filesystem;

namespace {

fs::path data_folder(const Options& options) {
    if (!options.data_dir.empty()) return options.data_dir;
    if (const char* state = std::getenv("XDG_STATE_HOME"); state && *state)
        return fs::path(state) / "probiotic-kiosk";
    if (const char* home = std::getenv("HOME"); home && *home)
        return fs::path(home) / ".local/state/probiotic-kiosk";
    return fs::path("/tmp/probiotic-kiosk");
}

// The installed share folder, found from where the executable is: <prefix>/bin/probiotic-kiosk
// -> <prefix>/share/probiotic-kiosk/content. This finds the content of a copy installed under
// any prefix or DESTDIR (a staged package, a relocated tree), not only the compiled-in prefix.
fs::path content_beside_executable() {
    std::error_code ec;
    const fs::path exe = fs::read_symlink("/proc/self/exe", ec);
    if (ec || exe.empty()) return {};
    return (exe.parent_path().parent_path() / "share/probiotic-kiosk/content").lexically_normal();
}

}  // namespace

Folders find_folders(const Options& options) {
    Folders f;
    f.data = data_folder(options);
    if (!options.content_dir.empty()) {
        f.content.content = options.content_dir;
    } else {
        // ./content, then the installed share folder (beside the executable, then the
        // compiled-in prefix), then the source tree the program was built from.
        std::vector<fs::path> tried{"content"};
        if (fs::path beside = content_beside_executable(); !beside.empty()) tried.push_back(beside);
        if (fs::path installed = KIOSK_INSTALLED_CONTENT_DIR; tried.back() != installed)
            tried.push_back(installed);
        tried.push_back(KIOSK_SOURCE_CONTENT_DIR);
        for (const auto& candidate : tried) {
            if (fs::exists(candidate / "kiosk.json")) {
                f.content.content = candidate;
                break;
            }
        }
        if (f.content.content.empty()) {
            f.error = "no content folder found (tried";
            for (const auto& candidate : tried) {
                f.error += ' ';
                f.error += candidate.string();
            }
            f.error += "); give one with --content DIR";
        }
    }
    // The assets folder sits beside the content folder unless told otherwise.
    if (!options.assets_dir.empty()) {
        f.content.assets = options.assets_dir;
    } else {
        fs::path content = f.content.content.lexically_normal();
        if (!content.has_filename()) content = content.parent_path();  // "content/"
        f.content.assets = content.parent_path() / "assets";
    }
    return f;
}

}  // namespace kiosk
