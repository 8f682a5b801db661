// Decoding the pictures of a content set with a given decoder (core/picture_decoding.hpp): each
// picture once, its failure an error at every value that names it, a bounded number at a time.
#include "core/picture_decoding.hpp"

#include <doctest/doctest.h>

#include <atomic>
#include <chrono>
#include <map>
#include <mutex>
#include <set>
#include <stdexcept>
#include <thread>

#include "content_test_folder.hpp"
#include "core/content_file.hpp"
#include "core/content_loader.hpp"

using kiosk::testing::ContentTestFolder;

namespace {

constexpr std::string_view slides_json = R"({
  "slides": [
    {"id": "welcome", "title": "Welcome", "image": "slides/cut.png"},
    {"id": "gut", "title": "Gut", "image": "slides/fine.png"},
    {"id": "again", "title": "Again", "image": "slides/cut.png"}
  ]
}
)";

constexpr std::string_view products_json = R"({
  "products": [
    {"id": "cleanser", "name": "Cleanser", "tags": {"acne": 2}, "image": "products/cut.jpg"},
    {"id": "cream", "name": "Cream", "tags": {"dry": 2}, "image": "slides/fine.png"}
  ]
}
)";

// A content folder whose slides and products name three pictures, with good headers.
void write_pictures(const ContentTestFolder& folder) {
    folder.write("slides.json", slides_json);
    folder.write("products.json", products_json);
    folder.write_asset("slides/cut.png", kiosk::testing::png_header(40, 30));
    folder.write_asset("slides/fine.png", kiosk::testing::png_header(40, 30));
    folder.write_asset("products/cut.jpg", kiosk::testing::jpeg_header(40, 30));
}

// A decoder that says a file whose name starts with "cut" ends early, and counts its calls.
struct CountingCheck {
    std::mutex mutex;
    std::map<std::string, int> calls;  // file name -> times decoded

    kiosk::PictureCheck check() {
        return [this](const std::filesystem::path& file) -> std::optional<std::string> {
            const std::string name = file.filename().string();
            std::lock_guard lock(mutex);
            ++calls[file.parent_path().filename().string() + "/" + name];
            if (name.rfind("cut", 0) == 0) return "data ends early";
            return std::nullopt;
        };
    }
};

}  // namespace

TEST_CASE("picture_decoding: a picture that fails is an error at each value that names it") {
    ContentTestFolder folder;
    write_pictures(folder);
    CountingCheck decoder;
    const auto load = kiosk::load_content(folder.folders(), {}, decoder.check(), 2);
    CHECK(folder.all_shown(load) ==
          "slides.json:3:52: error: image 'slides/cut.png': data ends early [/slides/0/image]\n"
          "slides.json:5:48: error: image 'slides/cut.png': data ends early [/slides/2/image]\n"
          "products.json:3:74: error: image 'products/cut.jpg': data ends early "
          "[/products/0/image]\n");
    CHECK_FALSE(load.content);
    // Each picture once, although slides/cut.png and slides/fine.png are named twice.
    CHECK(decoder.calls == std::map<std::string, int>{{"products/cut.jpg", 1},
                                                      {"slides/cut.png", 1},
                                                      {"slides/fine.png", 1}});
}

TEST_CASE("picture_decoding: pictures that decode leave the content as it was") {
    ContentTestFolder folder;
    write_pictures(folder);
    const auto load = kiosk::load_content(
        folder.folders(), {}, [](const std::filesystem::path&) { return std::nullopt; });
    CHECK(folder.all_shown(load) == "");
    REQUIRE(load.content);
    CHECK(load.content->slides.at(0).image == "slides/cut.png");
    CHECK(load.content->products.at(0).image == "products/cut.jpg");
}

TEST_CASE("picture_decoding: no decoder, no decoding: the headers alone are checked") {
    ContentTestFolder folder;
    write_pictures(folder);
    const auto load = folder.load();
    CHECK(folder.all_shown(load) == "");
    CHECK(load.content);
}

TEST_CASE("picture_decoding: a picture refused by its header is not decoded") {
    ContentTestFolder folder;
    write_pictures(folder);
    folder.write_asset("slides/cut.png", "not a picture");
    CountingCheck decoder;
    const auto load = kiosk::load_content(folder.folders(), {}, decoder.check());
    CHECK(decoder.calls.count("slides/cut.png") == 0);
    CHECK(decoder.calls.at("products/cut.jpg") == 1);
    CHECK(load.errors() == 3);  // two header errors, one decode error
}

TEST_CASE("picture_decoding: a decoder that throws gives an error, not the end of a thread") {
    ContentTestFolder folder;
    write_pictures(folder);
    const auto load =
        kiosk::load_content(folder.folders(), {}, [](const std::filesystem::path& file) {
            if (file.filename() == "fine.png") throw std::runtime_error("out of memory");
            return std::optional<std::string>{};
        });
    CHECK(folder.all_shown(load) ==
          "slides.json:4:44: error: image 'slides/fine.png': cannot be decoded (out of memory) "
          "[/slides/1/image]\n"
          "products.json:4:67: error: image 'slides/fine.png': cannot be decoded (out of memory) "
          "[/products/1/image]\n");
}

TEST_CASE("picture_decoding: as many at once as asked for, never more than cores or pictures") {
    CHECK(kiosk::picture_workers(0, 8, 100) == 8);   // one per core
    CHECK(kiosk::picture_workers(3, 8, 100) == 3);   // as asked
    CHECK(kiosk::picture_workers(16, 8, 100) == 8);  // not more than the cores
    CHECK(kiosk::picture_workers(0, 8, 5) == 5);     // not more than the pictures
    CHECK(kiosk::picture_workers(0, 0, 5) == 1);     // cores unknown
    CHECK(kiosk::picture_workers(0, 4, 0) == 1);
}

TEST_CASE("picture_decoding: the decodes run on the threads asked for, the caller's among them") {
    std::vector<kiosk::PictureUse> uses;
    kiosk::ContentFile file("slides.json");
    for (int i = 0; i < 12; ++i) uses.push_back({std::to_string(i) + ".png", &file, ""});
    std::mutex mutex;
    std::set<std::thread::id> threads;
    std::atomic<int> running{0}, most{0};
    const kiosk::PictureCheck check = [&](const std::filesystem::path&) {
        const int now = ++running;
        for (int seen = most; now > seen && !most.compare_exchange_weak(seen, now);) {
        }
        std::this_thread::sleep_for(std::chrono::milliseconds(5));
        --running;
        std::lock_guard lock(mutex);
        threads.insert(std::this_thread::get_id());
        return std::optional<std::string>{};
    };
    kiosk::decode_pictures(uses, "assets", check, 1);
    CHECK(threads == std::set<std::thread::id>{std::this_thread::get_id()});
    CHECK(most == 1);

    const unsigned cores = std::max(1u, std::thread::hardware_concurrency());
    threads.clear();
    most = 0;
    kiosk::decode_pictures(uses, "assets", check, 2);
    CHECK(most <= static_cast<int>(std::min(2u, cores)));
    CHECK(threads.size() <= std::min(2u, cores));
    CHECK(threads.count(std::this_thread::get_id()) == 1);
}
