// Bad inputs from tests/corpus: every file, dropped in as each of the four content files (and
// every image as the brand logo), must give an error and no crash.
#include <doctest/doctest.h>

#include <fstream>
#include <random>
#include <sstream>

#include "content_test_folder.hpp"

using kiosk::testing::ContentTestFolder;

namespace {

constexpr const char* content_files[] = {"kiosk.json", "slides.json", "quiz.json", "products.json"};

std::string bytes_of(const std::filesystem::path& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream out;
    out << in.rdbuf();
    return out.str();
}

std::vector<std::filesystem::path> corpus(const char* folder) {
    std::vector<std::filesystem::path> files;
    for (const auto& entry : std::filesystem::directory_iterator(
             std::filesystem::path(KIOSK_TEST_DATA_DIR) / "corpus" / folder))
        files.push_back(entry.path());
    std::sort(files.begin(), files.end());
    return files;
}

// Drops `bytes` in as `file` of an otherwise valid content folder; the load must fail.
void check_refused(const std::string& bytes, const char* file, const std::string& what) {
    ContentTestFolder folder;
    folder.write(file, bytes);
    const auto load = folder.load();
    INFO(what, " as ", file, "\n", folder.all_shown(load));
    CHECK(load.errors() > 0);
    CHECK_FALSE(load.content);
}

}  // namespace

TEST_CASE("content_corpus: every bad content file is refused as each of the four files") {
    const auto files = corpus("content");
    CHECK(files.size() >= 10);
    for (const auto& path : files)
        for (const char* file : content_files)
            check_refused(bytes_of(path), file, path.filename().string());
}

TEST_CASE("content_corpus: 200,000 nested arrays are refused as each of the four files") {
    const std::string deep = std::string(200'000, '[') + std::string(200'000, ']');
    for (const char* file : content_files) check_refused(deep, file, "200,000 nested arrays");
}

TEST_CASE("content_corpus: every bad image is refused") {
    const auto images = corpus("images");
    CHECK(images.size() >= 5);
    for (const auto& path : images) {
        ContentTestFolder folder;
        const std::string name = "brand/" + path.filename().string();
        folder.write_asset(name, bytes_of(path));
        std::string kiosk(kiosk::testing::valid_kiosk_json);
        kiosk.insert(2, "  \"brand\": {\"logo\": \"" + name + "\"},\n");
        folder.write("kiosk.json", kiosk);
        const auto load = folder.load();
        INFO(folder.all_shown(load));
        REQUIRE(load.errors() == 1);
        CHECK(load.diagnostics[0].pointer == "/brand/logo");
    }
}

TEST_CASE("content_corpus: every cut-short and mangled copy of valid files is handled") {
    std::mt19937 random(12345);
    for (const char* file : content_files) {
        ContentTestFolder folder;
        const std::string valid = bytes_of(folder.folders().content / file);
        for (std::size_t length = 0; length + 2 < valid.size(); length += 7) {
            folder.write(file, valid.substr(0, length));
            CHECK(folder.load().errors() > 0);
        }
        for (int round = 0; round < 200; ++round) {
            std::string mangled = valid;
            for (int flips = 0; flips < 3; ++flips)
                mangled[random() % mangled.size()] = static_cast<char>(random() % 256);
            folder.write(file, mangled);
            (void)folder.load();  // any result is fine; no crash, no hang
        }
    }
}
