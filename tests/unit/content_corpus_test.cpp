// Bad inputs from tests/corpus: every file, dropped in as each of the four content files (and
// every image as the brand logo), is refused with the errors written down here for it, and no
// crash. Every file of the corpus has its expected outcome below, and every file named below is
// in the corpus: a new corpus file needs its outcome, and a change in what the loader says fails.
#include <doctest/doctest.h>

#include <algorithm>
#include <array>
#include <fstream>
#include <map>
#include <random>
#include <set>
#include <sstream>

#include "content_test_folder.hpp"

using kiosk::testing::ContentTestFolder;

namespace {

constexpr std::array<const char*, 4> content_files = {"kiosk.json", "slides.json", "quiz.json",
                                                      "products.json"};

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

// How the load refuses a file: this many errors, among them one whose message holds each
// fragment.
struct Refusal {
    int errors;
    std::vector<std::string> fragments;
};

// A file refused the same way as each of the four content files: one error.
std::array<Refusal, 4> same_as_each(const std::string& fragment) {
    const Refusal one{1, {fragment}};
    return {one, one, one, one};
}

// tests/corpus/content: file -> its refusal as kiosk.json, slides.json, quiz.json, products.json.
const std::map<std::string, std::array<Refusal, 4>>& expected_content_refusals() {
    static const std::map<std::string, std::array<Refusal, 4>> all{
        {"binary.json", same_as_each("invalid UTF-8 (byte 0x89)")},
        {"bom-array.json", same_as_each("expected an object { ... }, got an array")},
        {"double-comma.json", same_as_each("unexpected ','")},
        {"duplicate-ids.json",
         {Refusal{4,
                  {"missing required key 'format'", "missing required key 'languages'",
                   "missing required key 'default_language'", "missing required key 'strings'"}},
          Refusal{1, {"duplicate slide id 'a'"}},
          Refusal{2, {"duplicate answer id 'x'", "duplicate question id 'q'"}},
          Refusal{1, {"duplicate product id 'p'"}}}},
        {"empty.json", same_as_each("the file is empty")},
        {"huge-number.json", same_as_each("the number 1e99999 is too large")},
        {"invalid-utf8.json", same_as_each("invalid UTF-8 (byte 0xE9)")},
        {"lone-surrogate.json", same_as_each("high surrogate without its low surrogate")},
        {"nested-70.json", same_as_each("nested more than 64 levels deep")},
        {"nul-byte.json", same_as_each("control character 0x00 inside a string")},
        {"only-whitespace.json", same_as_each("the file is empty")},
        {"out-of-range.json",
         {Refusal{15,
                  {"format 99 is not supported", "slide_seconds must be greater than 0, got -5",
                   "idle_warning_seconds (50.0) must be less than idle_timeout_seconds (5.0)",
                   "missing required key 'start_quiz'", "missing required key 'language_name'"}},
          Refusal{1, {"seconds must be greater than 0, got 0"}},
          Refusal{4,
                  {"max 9 is outside 1..2", "tag weight 99 is outside -10..10",
                   "tag weight -99 is outside -10..10", "max_products 0 is outside 1..6"}},
          Refusal{1, {"product 'p': tag weight 11 is outside 0..10"}}}},
        {"plain-text.json", same_as_each("unexpected word 'not'")},
        {"product-sheet.json",
         {Refusal{5,
                  {"missing required key 'format'", "missing required key 'strings'",
                   "expected a string, got a number"}},
          Refusal{1, {"missing required key 'slides'"}},
          Refusal{1, {"missing required key 'questions'"}},
          Refusal{5,
                  {"expected a string or a language object, got false",
                   "expected an array [ ... ], got a string", "how_to_use has 5 steps, at most 4",
                   "map_x 2 is outside 0..1", "map_y without map_x"}}}},
        {"single-quotes.json", same_as_each("keys need double quotes")},
        {"trailing-comment.json",
         same_as_each("unexpected text after the end of the JSON document")},
        {"unclosed-object.json", same_as_each("unexpected end of file")},
        {"wrong-types.json",
         {Refusal{
              4,
              {"expected a whole number, got a string", "expected an array [ ... ], got a string",
               "expected a string, got an array", "expected an object { ... }, got an array"}},
          Refusal{1, {"expected an array [ ... ], got an object"}},
          Refusal{3,
                  {"expected an array [ ... ], got a string",
                   "expected an object { ... }, got a number",
                   "expected an array [ ... ], got an object"}},
          Refusal{3,
                  {"expected a string, got a number",
                   "expected a string or a language object, got false",
                   "expected an object of tag weights"}}}},
    };
    return all;
}

// tests/corpus/images: file -> the one error it gives as the brand logo (at /brand/logo).
const std::map<std::string, std::string>& expected_image_refusals() {
    static const std::map<std::string, std::string> all{
        {"fake.png", "is not a PNG or JPEG image"},
        {"huge-30000x30000.png", "is 30000x30000 pixels; images may be at most 8192 pixels"},
        {"no-sof.jpg", "is a JPEG file without a frame header (SOF)"},
        {"truncated.png", "is a PNG file cut short (no IHDR header)"},
        {"zero-bytes.png", "is an empty file"},
        {"zero-size.png", "says it is 0 pixels wide or high"},
    };
    return all;
}

template <typename Map>
std::set<std::string> names_of(const Map& map) {
    std::set<std::string> names;
    for (const auto& [name, outcome] : map) names.insert(name);
    return names;
}

std::set<std::string> names_of(const std::vector<std::filesystem::path>& files) {
    std::set<std::string> names;
    for (const auto& path : files) names.insert(path.filename().string());
    return names;
}

bool is_error(const kiosk::Diagnostic& d) {
    return d.severity == kiosk::Severity::error;
}

bool names_file(const kiosk::Diagnostic& d, std::string_view file) {
    return std::string_view(d.file).ends_with(file);
}

// The load refuses the folder, and every error it gives is about `file`.
void check_refused_in(const ContentTestFolder& folder, const kiosk::ContentLoad& load,
                      std::string_view file) {
    INFO(folder.all_shown(load));
    CHECK(load.errors() > 0);
    CHECK_FALSE(load.content);
    for (const kiosk::Diagnostic& d : load.diagnostics)
        if (is_error(d)) CHECK(names_file(d, file));
}

// Drops `bytes` in as `file` of an otherwise valid content folder; the load must be refused
// as `refusal` says.
void check_refused(const std::string& bytes, const char* file, const std::string& what,
                   const Refusal& refusal) {
    ContentTestFolder folder;
    folder.write(file, bytes);
    const auto load = folder.load();
    INFO(what, " as ", file, "\n", folder.all_shown(load));
    check_refused_in(folder, load, file);
    CHECK(load.errors() == refusal.errors);
    for (const std::string& fragment : refusal.fragments) {
        CAPTURE(fragment);
        CHECK(std::any_of(load.diagnostics.begin(), load.diagnostics.end(),
                          [&](const kiosk::Diagnostic& d) {
                              return is_error(d) && d.message.find(fragment) != std::string::npos;
                          }));
    }
}

// The copies of the valid files that still load after the seeded mangling below (the same 200
// copies of each file on every run): file -> round. Their flips land in texts and key names
// (an unknown key is a warning); every other copy is refused.
const std::map<std::string, std::set<int>>& mangled_copies_that_load() {
    static const std::map<std::string, std::set<int>> all{
        {"kiosk.json", {}},
        {"slides.json", {}},
        {"quiz.json", {25, 43}},  // "Dryne2y" and "follback"; "wouldNyou" and "r\x7fsults"
        {"products.json", {}},
    };
    return all;
}

}  // namespace

TEST_CASE("content_corpus: every bad content file is refused as each of the four files") {
    const auto files = corpus("content");
    CHECK(files.size() >= 10);
    CHECK(names_of(files) == names_of(expected_content_refusals()));
    for (const auto& path : files) {
        const std::string name = path.filename().string();
        const auto expected = expected_content_refusals().find(name);
        if (expected == expected_content_refusals().end()) continue;  // failed just above
        for (std::size_t i = 0; i < content_files.size(); ++i)
            check_refused(bytes_of(path), content_files[i], name, expected->second[i]);
    }
}

TEST_CASE("content_corpus: 200,000 nested arrays are refused as each of the four files") {
    const std::string deep = std::string(200'000, '[') + std::string(200'000, ']');
    for (const char* file : content_files)
        check_refused(deep, file, "200,000 nested arrays",
                      Refusal{1, {"nested more than 64 levels deep"}});
}

TEST_CASE("content_corpus: every bad image is refused") {
    const auto images = corpus("images");
    CHECK(images.size() >= 5);
    CHECK(names_of(images) == names_of(expected_image_refusals()));
    for (const auto& path : images) {
        const auto expected = expected_image_refusals().find(path.filename().string());
        if (expected == expected_image_refusals().end()) continue;  // failed just above
        ContentTestFolder folder;
        const std::string name = "brand/" + path.filename().string();
        folder.write_asset(name, bytes_of(path));
        std::string kiosk(kiosk::testing::valid_kiosk_json);
        kiosk.insert(2, "  \"brand\": {\"logo\": \"" + name + "\"},\n");
        folder.write("kiosk.json", kiosk);
        const auto load = folder.load();
        INFO(folder.all_shown(load));
        REQUIRE(load.errors() == 1);
        CHECK_FALSE(load.content);
        CHECK(load.diagnostics[0].pointer == "/brand/logo");
        CHECK(load.diagnostics[0].message.find("image '" + name + "'") != std::string::npos);
        CHECK(load.diagnostics[0].message.find(expected->second) != std::string::npos);
    }
}

TEST_CASE("content_corpus: every cut-short and mangled copy of valid files is handled") {
    std::mt19937 random(12345);
    for (const char* file : content_files) {
        CAPTURE(file);
        ContentTestFolder folder;
        const std::string valid = bytes_of(folder.folders().content / file);
        for (std::size_t length = 0; length + 2 < valid.size(); length += 7) {
            CAPTURE(length);
            folder.write(file, valid.substr(0, length));
            check_refused_in(folder, folder.load(), file);
        }
        const std::set<int>& loading = mangled_copies_that_load().at(file);
        for (int round = 0; round < 200; ++round) {
            CAPTURE(round);
            std::string mangled = valid;
            for (int flips = 0; flips < 3; ++flips)
                mangled[random() % mangled.size()] = static_cast<char>(random() % 256);
            folder.write(file, mangled);
            const auto load = folder.load();
            INFO(mangled);
            if (loading.contains(round)) {
                INFO(folder.all_shown(load));
                CHECK(load.errors() == 0);
                CHECK(load.content);
            } else {
                check_refused_in(folder, load, file);
            }
        }
    }
}
