// A folder's name as staff know it, for the staff menu, rather than the whole path the kiosk
// was given (often a long or temporary one): "content/" for a folder in the folder the kiosk
// was started in, an installed kiosk's own content folder as it is, "~/shop/content/" in the
// home folder, else the whole path. Always with a separator at the end: it names a folder.
// Pure: the places it is known by are passed in.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

namespace kiosk {

struct FolderPlaces {
    std::filesystem::path working;                 // the working folder, whole; empty: unknown
    std::filesystem::path home;                    // the home folder; empty: unknown
    std::vector<std::filesystem::path> installed;  // an installed kiosk's content folders
};

// In the system's separators. Inside the working folder wins over inside the home folder; a
// working or home folder that is the root of a drive does not count (a service runs in "/").
[[nodiscard]] std::string folder_as_staff_know_it(const std::filesystem::path& folder,
                                                  const FolderPlaces& places);

}  // namespace kiosk
