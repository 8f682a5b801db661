// The last content the kiosk loaded without an error, kept in the data folder, so that a kiosk
// whose content folder is refused at start (a picture replaced by a damaged upload, a release
// half copied) comes up on what it showed before instead of a dark screen and a restart loop.
//   DATA_DIR/last-good/<saved>/content/   the four files as they were
//   DATA_DIR/last-good/<saved>/assets/    the pictures they use
//   DATA_DIR/last-good/<saved>/manifest   each source file's size and time, to skip unchanged
//   DATA_DIR/last-good/current            the name of the whole copy in use, written last
// A copy is made whole in a folder of its own before `current` names it (atomically), so an
// interrupted save leaves the previous copy in use.
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "core/content_loader.hpp"

namespace kiosk {

class LastGoodContent {
  public:
    explicit LastGoodContent(std::filesystem::path data_folder);

    // Keeps a copy of the content in `from`, which loaded without an error and uses `pictures`,
    // unless the copy in use is of the same files. `unix_ms` names the copy. Empty when saved
    // (or already there), else what went wrong, for the log.
    std::string save(const ContentFolders& from, const std::vector<std::string>& pictures,
                     long long unix_ms) const;
    // The saved copy's folders, when there is one.
    [[nodiscard]] std::optional<ContentFolders> saved() const;

    // A picture of the saved copy as its source file was when the copy was made (it had
    // decoded): its path in the assets folder, size and time (file_stamp()).
    struct SavedPicture {
        std::string picture;
        unsigned long long size = 0, modified = 0;
    };
    [[nodiscard]] std::vector<SavedPicture> saved_pictures() const;

  private:
    std::filesystem::path folder_;  // DATA_DIR/last-good
};

}  // namespace kiosk
