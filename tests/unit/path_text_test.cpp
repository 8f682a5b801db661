// File names and UTF-8 text (core/path_text.hpp): the same on every system, including Windows,
// where std::filesystem's own narrow conversions follow the ANSI code page.
#include "core/path_text.hpp"

#include <doctest/doctest.h>

#include <fstream>

namespace fs = std::filesystem;

TEST_CASE("path_text: a UTF-8 name survives the trip to a path and back") {
    const std::string name = "cr\xC3\xA8me/caf\xC3\xA9-\xE2\x86\x94.png";  // crème/café-↔.png
    const fs::path path = kiosk::path_from_utf8(name);
    CHECK(kiosk::generic_utf8_of(path) == name);
    CHECK(kiosk::utf8_of(path.filename()) == "caf\xC3\xA9-\xE2\x86\x94.png");
    CHECK(path.filename().u8string() == u8"café-↔.png");
    CHECK(kiosk::utf8_of(path.parent_path()) == "cr\xC3\xA8me");
}

TEST_CASE("path_text: a file made under a UTF-8 name is found again by that name") {
    const fs::path folder = fs::temp_directory_path() / kiosk::path_from_utf8("kiosk-cr\xC3\xA8me");
    fs::create_directories(folder);
    const fs::path file = folder / kiosk::path_from_utf8("caf\xC3\xA9.json");
    { std::ofstream(file) << "{}"; }
    bool found = false;
    for (const auto& entry : fs::directory_iterator(folder))
        found = found || kiosk::utf8_of(entry.path().filename()) == "caf\xC3\xA9.json";
    CHECK(found);
    CHECK(fs::exists(kiosk::path_from_utf8(kiosk::utf8_of(file))));
    fs::remove_all(folder);
}
