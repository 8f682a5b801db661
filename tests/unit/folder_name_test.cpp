// The content folder as the staff menu names it (core/folder_name.hpp).
#include "core/folder_name.hpp"

#include <doctest/doctest.h>

#include <algorithm>

#include "core/path_text.hpp"

namespace fs = std::filesystem;

namespace {

// "/" on Linux and macOS, "C:\" on Windows: where the places below are.
const fs::path root = fs::current_path().root_path();

// The answer with the system's separators: "shop/content/" on Linux, "shop\content\" on Windows.
std::string native(std::string generic) {
    std::replace(generic.begin(), generic.end(), '/',
                 static_cast<char>(fs::path::preferred_separator));
    return generic;
}

// A whole path below the root, as the menu writes it: "/tmp/content/" on Linux.
std::string whole(const std::string& below_root) {
    return native(kiosk::generic_utf8_of(root) + below_root);
}

const kiosk::FolderPlaces places{.working = root / "home/ana/kiosk",
                                 .home = root / "home/ana",
                                 .installed = {root / "usr/share/probiotic-kiosk/content"}};

std::string named(const fs::path& folder, const kiosk::FolderPlaces& where = places) {
    return kiosk::folder_as_staff_know_it(folder, where);
}

}  // namespace

TEST_CASE("folder_name: ./content where the kiosk was started is content/") {
    CHECK(named("content") == native("content/"));
    CHECK(named("./content/") == native("content/"));
    CHECK(named(root / "home/ana/kiosk/content") == native("content/"));  // given whole
    CHECK(named(root / "home/ana/kiosk/shop/../content/") == native("content/"));
    CHECK(named(root / "home/ana/kiosk/shop/content") == native("shop/content/"));
    CHECK(named(root / "home/ana/kiosk") == native("./"));
}

TEST_CASE("folder_name: an installed kiosk's content folder is named as it is") {
    const std::string installed = named(root / "usr/share/probiotic-kiosk/content/");
    CHECK(installed == whole("usr/share/probiotic-kiosk/content/"));
    // ... even when the kiosk was started in a folder above it
    kiosk::FolderPlaces at_usr = places;
    at_usr.working = root / "usr";
    CHECK(named(root / "usr/share/probiotic-kiosk/content", at_usr) == installed);
}

TEST_CASE("folder_name: in the home folder, ~ stands for it") {
    CHECK(named(root / "home/ana/shop/content") == native("~/shop/content/"));
    CHECK(named("../shop/content") == native("~/shop/content/"));  // relative to the working one
    CHECK(named(root / "home/ana") == native("~/"));
    CHECK(named(root / "home/anabel/content") != native("~bel/content/"));  // not a prefix match
    CHECK(named(root / "home/anabel/content") == whole("home/anabel/content/"));
}

TEST_CASE("folder_name: elsewhere, the whole path") {
    CHECK(named(root / "tmp/kiosk-e2e-1234/content") == whole("tmp/kiosk-e2e-1234/content/"));
    CHECK(named(root / "srv/kiosk/current/") == whole("srv/kiosk/current/"));
}

TEST_CASE("folder_name: a working or home folder at the root does not count") {
    // A service runs in "/": its content is not named "srv/kiosk/", but whole.
    const kiosk::FolderPlaces service{.working = root, .home = root, .installed = {}};
    CHECK(named(root / "srv/kiosk/content", service) == whole("srv/kiosk/content/"));
}

TEST_CASE("folder_name: without known places, the path as given") {
    CHECK(named("content", {}) == native("content/"));
    CHECK(named(root / "srv/content", {}) == whole("srv/content/"));
}
