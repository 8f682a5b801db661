#include "core/content_loader.hpp"

#include <doctest/doctest.h>

#include <chrono>

#include "content_test_folder.hpp"

using kiosk::testing::ContentTestFolder;

// Most tests replace one of the four valid files and compare every diagnostic, shown as
// "file:line:column: severity: message [pointer]".

TEST_CASE("content_loader: the valid test content loads with no message") {
    ContentTestFolder folder;
    const auto load = folder.load();
    CHECK(folder.all_shown(load) == "");
    REQUIRE(load.content);
    const kiosk::Content& c = *load.content;
    CHECK(c.kiosk.default_language == "en");
    CHECK(c.kiosk.languages == std::vector<std::string>{"en", "id"});
    CHECK(c.kiosk.timing.slide_seconds == 9);
    CHECK(c.string("language_name", "id") == "Bahasa Indonesia");
    CHECK(c.slides.at(0).id == "welcome");
    CHECK(c.slides.at(0).layout == kiosk::SlideLayout::image_left);
    CHECK(c.quiz.questions.at(0).answers.at(1).tags == kiosk::TagWeights{{"dry", 2}});
    CHECK(c.quiz.results.max_products == 3);
    CHECK(c.quiz.results.fallback == std::vector<std::string>{"cleanser"});
    CHECK(c.products.at(1).in_stock);
}

TEST_CASE("content_loader: a diagnostic names the file as the content folder was given") {
    ContentTestFolder folder;
    folder.write("quiz.json", "");
    const auto load = folder.load();
    REQUIRE(load.diagnostics.size() == 1);
    CHECK(load.diagnostics[0].file == (folder.folders().content / "quiz.json").generic_string());
    CHECK_FALSE(load.content);
}

TEST_CASE("content_loader: a missing, empty or malformed file is an error") {
    ContentTestFolder folder;
    std::filesystem::remove(folder.folders().content / "slides.json");
    folder.write("quiz.json", "");
    folder.write("products.json", "{\n  \"products\": [\n    {\"id\": \"a\"\n  ]\n}\n");
    const auto load = folder.load();
    CHECK(folder.all_shown(load) ==
          "slides.json: error: file not found []\n"
          "quiz.json:1:1: error: the file is empty; it should hold a JSON object { ... } []\n"
          "products.json:4:3: error: expected ',' or '}' after an object member []\n");
    CHECK(load.errors() == 3);
    CHECK_FALSE(load.content);
}

TEST_CASE("content_loader: a symbolic link loop is named as one, not as a missing file") {
    ContentTestFolder folder;
    const auto slides = folder.folders().content / "slides.json";
    std::filesystem::remove(slides);
    std::error_code made;
    std::filesystem::create_symlink("slides.json", slides, made);  // a link to itself
    if (made) {
        MESSAGE("this system makes no symbolic links here (" << made.message() << "); skipping");
        return;
    }
    CHECK(folder.all_shown(folder.load()) ==
          "slides.json: error: cannot be read: a symbolic link loop (a link in its path leads "
          "back to itself) []\n");
}

TEST_CASE("content_loader: a byte order mark is accepted") {
    ContentTestFolder folder;
    folder.write("slides.json", "\xEF\xBB\xBF" + std::string(kiosk::testing::valid_slides_json));
    CHECK(folder.all_shown(folder.load()) == "");
}

TEST_CASE("content_loader: invalid UTF-8 is an error at the byte") {
    ContentTestFolder folder;
    folder.write("slides.json", "{\"slides\": [{\"id\": \"a\", \"title\": \"caf\xE9\"}]}");
    CHECK(folder.all_shown(folder.load()) ==
          "slides.json:1:38: error: invalid UTF-8 (byte 0xE9) — save the file as UTF-8 []\n");
}

TEST_CASE("content_loader: a file larger than 8 MiB is refused") {
    ContentTestFolder folder;
    folder.write("slides.json", std::string(8 * 1024 * 1024 + 10, ' '));
    CHECK(folder.all_shown(folder.load()) ==
          "slides.json: error: the file is larger than 8 MiB; content files may be at most 8 MiB "
          "[]\n");
}

TEST_CASE("content_loader: 200,000 nested arrays give an error quickly") {
    ContentTestFolder folder;
    folder.write("quiz.json", std::string(200'000, '[') + std::string(200'000, ']'));
    const auto load = folder.load();
    CHECK(folder.all_shown(load) ==
          "quiz.json:1:65: error: objects and arrays are nested more than 64 levels deep []\n");
}

TEST_CASE("content_loader: a file that is not an object") {
    ContentTestFolder folder;
    folder.write("products.json", "[1, 2]");
    CHECK(folder.all_shown(folder.load()) ==
          "products.json:1:1: error: expected an object { ... }, got an array []\n");
}

TEST_CASE("content_loader: a key written twice is a warning") {
    ContentTestFolder folder;
    folder.write("slides.json", R"({
  "slides": [
    {"id": "a", "title": "One", "title": "Two"}
  ]
}
)");
    const auto load = folder.load();
    CHECK(folder.all_shown(load) ==
          "slides.json:3:33: warning: this key is written twice in the same object (first at "
          "line 3); the later value is used [/slides/0/title]\n");
    REQUIRE(load.content);
    CHECK(load.content->slides[0].title.everywhere == "Two");
}

TEST_CASE("content_loader: diagnostics come file by file, in the order of the file") {
    ContentTestFolder folder;
    folder.write("products.json", R"({
  "products": [
    {"id": "cleanser", "name": "Cleanser", "tags": {"acne": 2}, "colour": 1},
    {"id": "Cream", "name": "Cream", "tags": {"dry": 2}}
  ]
}
)");
    folder.write("slides.json", R"({"slides": [{"id": "a"}]})");
    CHECK(folder.all_shown(folder.load()) ==
          "slides.json:1:13: error: missing required key 'title' [/slides/0]\n"
          "products.json:3:65: warning: unknown key 'colour'; it is ignored [/products/0/colour]\n"
          "products.json:4:12: error: product id 'Cream' may only use lower-case letters a-z, "
          "digits 0-9 and '-' [/products/1/id]\n");
}

namespace {

// 200 slides, 30 questions of 5 answers, 2,000 products, all with two languages.
void write_large_content(const ContentTestFolder& folder) {
    std::string slides = "{\"slides\": [\n";
    for (int i = 0; i < 200; ++i)
        slides +=
            std::string(i ? "," : "") + "{\"id\": \"s" + std::to_string(i) +
            "\", \"title\": {\"en\": \"Slide\", \"id\": \"Salindia\"}, \"body\": \"Body text\", "
            "\"layout\": \"text-only\", \"points\": [\"one\", \"two\"]}\n";
    folder.write("slides.json", slides + "]}");
    std::string quiz = "{\"questions\": [\n";
    for (int q = 0; q < 30; ++q) {
        quiz += std::string(q ? "," : "") + "{\"id\": \"q" + std::to_string(q) +
                "\", \"text\": {\"en\": \"Q\", \"id\": \"P\"}, \"choose\": \"" +
                (q % 3 ? "one" : "many") + "\", \"answers\": [";
        for (int a = 0; a < 5; ++a)
            quiz += std::string(a ? "," : "") + "{\"id\": \"a" + std::to_string(a) +
                    "\", \"text\": \"A\", \"tags\": {\"t" + std::to_string((q * 5 + a) % 40) +
                    "\": 2}}";
        quiz += "]}\n";
    }
    folder.write("quiz.json", quiz + "], \"results\": {\"fallback\": [\"p0\"]}}");
    std::string products = "{\"products\": [\n";
    for (int p = 0; p < 2000; ++p)
        products += std::string(p ? "," : "") + "{\"id\": \"p" + std::to_string(p) +
                    "\", \"name\": {\"en\": \"Product\", \"id\": \"Produk\"}, \"price\": \"Rp 1\", "
                    "\"tags\": {\"t" +
                    std::to_string(p % 40) + "\": 1, \"t" + std::to_string((p + 7) % 40) +
                    "\": 2}}\n";
    folder.write("products.json", products + "]}");
}

}  // namespace

TEST_CASE("content_loader: a large content validates quickly") {
    ContentTestFolder folder;
    write_large_content(folder);
    const auto start = std::chrono::steady_clock::now();
    const auto load = folder.load([](char32_t) { return true; });
    const auto took =
        std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start);
    MESSAGE("200 slides, 30 questions, 2,000 products: ", took.count(), " ms");
    CHECK(load.errors() == 0);
    CHECK(took.count() < 3000);  // the target is 300 ms in a release build; debug builds are slower
}
