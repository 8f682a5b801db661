// Files as the kiosk writes them (platform/file_system.hpp), on the system the tests run on:
// Linux here, Windows when the Windows build's tests run under Wine.
#include "platform/file_system.hpp"

#include <doctest/doctest.h>

#include <chrono>
#include <fstream>
#include <iterator>
#include <string>

#include "scratch_folder.hpp"

namespace fs = std::filesystem;

namespace {

struct ScratchFolder : kiosk::testing::ScratchFolder {
    ScratchFolder() : kiosk::testing::ScratchFolder("kiosk-files-") {}
};

std::string contents(const fs::path& file) {
    std::ifstream in(file, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), {}};
}

}  // namespace

TEST_CASE("file_system: a file written atomically replaces the one before it, every time") {
    ScratchFolder scratch;
    const fs::path dump = scratch.path / "ui.json";
    REQUIRE(kiosk::write_file_atomically(dump, "first"));
    CHECK(contents(dump) == "first");
    // The second and later writes replace an existing file (std::rename on Windows would not).
    REQUIRE(kiosk::write_file_atomically(dump, "second, longer"));
    REQUIRE(kiosk::write_file_atomically(dump, "third"));
    CHECK(contents(dump) == "third");
    // No temporary file is left beside it.
    int files = 0;
    for (const auto& entry : fs::directory_iterator(scratch.path)) files += entry.is_regular_file();
    CHECK(files == 1);
}

TEST_CASE("file_system: an atomic write into a folder that does not exist fails") {
    ScratchFolder scratch;
    CHECK_FALSE(kiosk::write_file_atomically(scratch.path / "missing" / "ui.json", "x"));
}

TEST_CASE("file_system: replace_file moves a file over an existing one") {
    ScratchFolder scratch;
    const fs::path current = scratch.path / "events.jsonl", older = scratch.path / "events.1.jsonl";
    REQUIRE(kiosk::write_file_atomically(current, "new\n"));
    REQUIRE(kiosk::write_file_atomically(older, "old\n"));
    REQUIRE(kiosk::replace_file(current, older));
    CHECK_FALSE(fs::exists(current));
    CHECK(contents(older) == "new\n");
    CHECK_FALSE(kiosk::replace_file(current, older));  // nothing left to move
}

TEST_CASE("file_system: open_file opens a name with characters beyond ASCII") {
    ScratchFolder scratch;
    const fs::path file = scratch.path / fs::path(u8"crème-café.log");
    std::FILE* out = kiosk::open_file(file, "ab");
    REQUIRE(out != nullptr);
    std::fputs("line\n", out);
    std::fclose(out);
    CHECK(contents(file) == "line\n");
}

TEST_CASE("file_system: an append file appends, knows its size and last byte, and truncates") {
    ScratchFolder scratch;
    const fs::path file = scratch.path / "events.jsonl";
    kiosk::AppendFile events;
    CHECK_FALSE(events.is_open());
    CHECK(events.size() == -1);
    CHECK(events.append("x") == -1);
    REQUIRE(events.open(file));
    CHECK(events.size() == 0);
    CHECK(events.last_byte() == '\n');  // empty: as if after a whole line
    CHECK(events.append("{\"a\":1}\n") == 8);
    CHECK(events.append("{\"b\":") == 5);  // a torn line
    CHECK(events.size() == 13);
    CHECK(events.last_byte() == ':');
    REQUIRE(events.truncate(8));
    CHECK(events.size() == 8);
    CHECK(events.last_byte() == '\n');
    // Appends go to the new end, not to where the torn line ended.
    CHECK(events.append("{\"c\":3}\n") == 8);
    events.close();
    CHECK(contents(file) == "{\"a\":1}\n{\"c\":3}\n");

    // Opened again, it appends after what is there.
    REQUIRE(events.open(file));
    CHECK(events.size() == 16);
    CHECK(events.append("{\"d\":4}\n") == 8);
    events.close();
    CHECK(contents(file) == "{\"a\":1}\n{\"c\":3}\n{\"d\":4}\n");
}

TEST_CASE("file_system: a file's stamp changes when the file is replaced") {
    ScratchFolder scratch;
    const fs::path file = scratch.path / "quiz.json";
    CHECK_FALSE(kiosk::file_stamp(file).exists);
    REQUIRE(kiosk::write_file_atomically(file, "{}"));
    const kiosk::FileStamp first = kiosk::file_stamp(file);
    CHECK(first.exists);
    CHECK(first.size == 2);
    CHECK(kiosk::file_stamp(file).id == first.id);  // the same file looked at twice
    // Same size, written again: a new file (new identity) even where the clock is coarse.
    REQUIRE(kiosk::write_file_atomically(file, "[]"));
    const kiosk::FileStamp second = kiosk::file_stamp(file);
    CHECK(second.size == 2);
    CHECK((second.id != first.id || second.modified != first.modified));
}
