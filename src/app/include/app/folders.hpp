// Where the kiosk finds its content and keeps its data, from the command line and the
// environment. Every folder tried is named when none is found.
#pragma once

#include <filesystem>
#include <string>

#include "core/command_line.hpp"
#include "core/content_loader.hpp"
#include "core/folder_name.hpp"

namespace kiosk {

struct Folders {
    ContentFolders content;
    std::filesystem::path data;
    std::string error;  // set when no content folder was found
};

[[nodiscard]] Folders find_folders(const Options& options);

// Where the kiosk runs, to name its folders as staff know them (core/folder_name.hpp).
[[nodiscard]] FolderPlaces folder_places();

}  // namespace kiosk
