// The content fingerprint: FNV-1a 64 over the files' names and bytes, 16 hex digits.
#include "core/fingerprint.hpp"

#include <doctest/doctest.h>

#include <chrono>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

namespace fs = std::filesystem;

namespace {

// A fresh folder under the system's temporary folder, removed afterwards.
struct TempFolder {
    fs::path path;
    TempFolder() {
        static int n = 0;
        path = fs::temp_directory_path() /
               ("fingerprint-test-" +
                std::to_string(std::chrono::steady_clock::now().time_since_epoch().count()) + "-" +
                std::to_string(++n));
        fs::create_directories(path);
    }
    ~TempFolder() {
        std::error_code ignored;
        fs::remove_all(path, ignored);
    }
    TempFolder(const TempFolder&) = delete;
    TempFolder& operator=(const TempFolder&) = delete;

    fs::path write(const std::string& name, const std::string& bytes) const {
        std::ofstream(path / name, std::ios::binary) << bytes;
        return path / name;
    }
};

bool is_hex16(const std::string& s) {
    if (s.size() != 16) return false;
    for (char c : s)
        if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'))) return false;
    return true;
}

}  // namespace

TEST_CASE("fingerprint: known FNV-1a 64 values") {
    // Over nothing: the FNV-1a 64 offset basis.
    CHECK(kiosk::fingerprint({}) == "cbf29ce484222325");
    // A missing file counts as empty, so only its name "a" is hashed: FNV-1a 64 of "a".
    CHECK(kiosk::fingerprint({fs::path("/nonexistent-folder-for-a-test/a")}) == "af63dc4c8601ec8c");
    // Name then bytes: FNV-1a 64 of "a.json" followed by "hello".
    TempFolder folder;
    CHECK(kiosk::fingerprint({folder.write("a.json", "hello")}) == "a0469cb562b59118");
}

TEST_CASE("fingerprint: stable for the same bytes, different when a byte changes") {
    TempFolder folder;
    const std::string quiz(20000, 'q');  // longer than one read buffer
    const auto kiosk_json = folder.write("kiosk.json", R"({"format": 1})");
    const auto quiz_json = folder.write("quiz.json", quiz);
    const std::vector<fs::path> files{kiosk_json, quiz_json};

    const std::string first = kiosk::fingerprint(files);
    CHECK(is_hex16(first));
    CHECK(kiosk::fingerprint(files) == first);

    SUBCASE("the same bytes written again") {
        folder.write("quiz.json", quiz);
        CHECK(kiosk::fingerprint(files) == first);
    }
    SUBCASE("one byte changed near the end") {
        std::string changed = quiz;
        changed[19999] = 'r';
        folder.write("quiz.json", changed);
        CHECK(kiosk::fingerprint(files) != first);
    }
    SUBCASE("one byte changed at the start") {
        folder.write("kiosk.json", R"({"format": 2})");
        CHECK(kiosk::fingerprint(files) != first);
    }
    SUBCASE("a byte added") {
        folder.write("quiz.json", quiz + "\n");
        CHECK(kiosk::fingerprint(files) != first);
    }
    SUBCASE("a file gone") {
        fs::remove(quiz_json);
        CHECK(kiosk::fingerprint(files) != first);
    }
}

TEST_CASE("fingerprint: the same bytes under another name differ") {
    TempFolder folder;
    CHECK(kiosk::fingerprint({folder.write("slides.json", "{}")}) !=
          kiosk::fingerprint({folder.write("quiz.json", "{}")}));
}
