#include "app/folders.hpp"

#include <system_error>
#include <vector>

#include "core/path_text.hpp"
#include "platform/system.hpp"

namespace kiosk {
namespace fs = std::filesystem;

namespace {

fs::path data_folder(const Options& options) {
    if (!options.data_dir.empty()) return path_from_utf8(options.data_dir);
    return os::default_data_folder();
}

// The installed content: found from the executable, then at the prefix it was built for.
std::vector<fs::path> installed_content_folders() {
    std::vector<fs::path> installed = os::installed_content_folders();
    if (fs::path built_for = KIOSK_INSTALLED_CONTENT_DIR;
        installed.empty() || installed.back() != built_for)
        installed.push_back(built_for);
    return installed;
}

}  // namespace

Folders find_folders(const Options& options) {
    Folders f;
    f.data = data_folder(options);
    if (!options.content_dir.empty()) {
        f.content.content = path_from_utf8(options.content_dir);
    } else {
        // ./content, then the installed content: found from the executable, then at the
        // prefix it was built for. Never the source tree it was built from.
        std::vector<fs::path> tried{"content"};
        for (const fs::path& installed : installed_content_folders())
            if (installed != tried.back()) tried.push_back(installed);
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
                f.error += utf8_of(candidate);
            }
            f.error += "); give one with --content DIR";
        }
    }
    // The assets folder sits beside the content folder unless told otherwise.
    if (!options.assets_dir.empty()) {
        f.content.assets = path_from_utf8(options.assets_dir);
    } else {
        fs::path content = f.content.content.lexically_normal();
        if (!content.has_filename()) content = content.parent_path();  // "content/"
        f.content.assets = content.parent_path() / "assets";
    }
    return f;
}

FolderPlaces folder_places() {
    std::error_code ec;
    fs::path working = fs::current_path(ec);
    return {.working = ec ? fs::path() : working,
            .home = os::home_folder(),
            .installed = installed_content_folders()};
}

}  // namespace kiosk
