#include "core/folder_name.hpp"

#include <optional>

#include "core/path_text.hpp"

namespace kiosk {
namespace fs = std::filesystem;
namespace {

// Without "." and ".." and without a separator at the end.
fs::path tidy(const fs::path& path) {
    fs::path t = path.lexically_normal();
    if (!t.has_filename() && t.has_relative_path()) t = t.parent_path();
    return t;
}

// The rest of `folder` below `base` ("." for base itself); none when it is not below it, or
// when `base` is unknown or a root, below which everything is.
std::optional<fs::path> below(const fs::path& folder, const fs::path& base) {
    if (!base.has_relative_path()) return std::nullopt;
    const fs::path rest = folder.lexically_relative(base);
    if (rest.empty() || *rest.begin() == "..") return std::nullopt;
    return rest;
}

std::string as_folder(const fs::path& path) {
    std::string text = utf8_of(path);
    const char separator = static_cast<char>(fs::path::preferred_separator);
    if (text.empty() || text.back() != separator) text += separator;
    return text;
}

}  // namespace

std::string folder_as_staff_know_it(const fs::path& folder, const FolderPlaces& places) {
    const fs::path whole = tidy(folder.is_absolute() ? folder : places.working / folder);
    for (const fs::path& installed : places.installed)
        if (!installed.empty() && whole == tidy(installed)) return as_folder(whole);
    if (const auto rest = below(whole, tidy(places.working))) return as_folder(*rest);
    if (const auto rest = below(whole, tidy(places.home)))
        return as_folder(tidy(fs::path("~") / *rest));
    return as_folder(whole);
}

}  // namespace kiosk
