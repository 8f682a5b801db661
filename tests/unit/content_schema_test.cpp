// The JSON Schema files in content/schema, the loader's key lists and the shipped content agree.
#include <doctest/doctest.h>

#include <fstream>
#include <set>

#include "content_test_folder.hpp"
#include "core/content_keys.hpp"
#include "core/json_document.hpp"

namespace {

const std::filesystem::path source_dir = KIOSK_SOURCE_DIR;

// A file the test is about: its absence fails the test (it is not skipped).
nlohmann::json read_json(const std::filesystem::path& path) {
    INFO("reading ", path.string());
    REQUIRE(std::filesystem::is_regular_file(path));
    std::ifstream in(path);
    return nlohmann::json::parse(in);
}

nlohmann::json schema_of(std::string_view file) {
    const std::string name(file.substr(0, file.find('.')));
    return read_json(source_dir / "content" / "schema" / (name + ".schema.json"));
}

// The schema of the object at `object` ("/questions/*/answers/*"), following properties and items.
nlohmann::json schema_at(const nlohmann::json& schema, std::string_view object) {
    nlohmann::json node = schema;
    std::size_t start = 1;
    while (start <= object.size() && !object.empty()) {
        const std::size_t slash = object.find('/', start);
        const std::string token(object.substr(start, slash - start));
        node = token == "*" ? node.at("items") : node.at("properties").at(token);
        if (slash == std::string_view::npos) break;
        start = slash + 1;
    }
    return node;
}

std::set<std::string> strings_of(const std::vector<std::string_view>& list) {
    return {list.begin(), list.end()};
}

std::set<std::string> property_names(const nlohmann::json& node) {
    std::set<std::string> names;
    for (const auto& [key, value] : node.at("properties").items()) names.insert(key);
    return names;
}

std::set<std::string> required_names(const nlohmann::json& node) {
    std::set<std::string> names;
    if (node.contains("required"))
        for (const auto& key : node.at("required")) names.insert(key.get<std::string>());
    return names;
}

bool matches(std::string_view pattern, std::string_view pointer) {
    std::size_t p = 0, q = 0;
    while (p < pattern.size() && q < pointer.size()) {
        if (pattern[p] == '*') {
            while (q < pointer.size() && pointer[q] != '/') ++q;
            ++p;
        } else if (pattern[p++] != pointer[q++]) {
            return false;
        }
    }
    return p == pattern.size() && q == pointer.size();
}

const kiosk::ObjectKeys* keys_for(std::string_view file, std::string_view pointer) {
    for (const kiosk::ObjectKeys& keys : kiosk::content_object_keys())
        if (keys.file == file && matches(keys.object, pointer)) return &keys;
    return nullptr;
}

// Every key of every object in `value` with a key list is a known key.
void check_known_keys(std::string_view file, const nlohmann::json& value,
                      const std::string& pointer) {
    if (value.is_object()) {
        if (const kiosk::ObjectKeys* keys = keys_for(file, pointer))
            for (const auto& [key, member] : value.items()) {
                INFO(file, " ", pointer, "/", key);
                CHECK(strings_of(keys->keys).contains(key));
            }
        for (const auto& [key, member] : value.items())
            check_known_keys(file, member, pointer + "/" + kiosk::pointer_token(key));
    } else if (value.is_array()) {
        for (std::size_t i = 0; i < value.size(); ++i)
            check_known_keys(file, value[i], pointer + "/" + std::to_string(i));
    }
}

bool has_any_image(const std::filesystem::path& folder) {
    std::error_code ec;
    for (auto it = std::filesystem::recursive_directory_iterator(folder, ec);
         !ec && it != std::filesystem::recursive_directory_iterator(); it.increment(ec))
        if (it->path().extension() == ".png" || it->path().extension() == ".jpg") return true;
    return false;
}

constexpr const char* content_files[] = {"kiosk.json", "slides.json", "quiz.json", "products.json"};

}  // namespace

TEST_CASE("content_schema: the schema's keys are the loader's keys, object by object") {
    for (const kiosk::ObjectKeys& keys : kiosk::content_object_keys()) {
        INFO(keys.file, " ", keys.object);
        const nlohmann::json node = schema_at(schema_of(keys.file), keys.object);
        CHECK(property_names(node) == strings_of(keys.keys));
        CHECK(required_names(node) == strings_of(keys.required));
        CHECK(node.at("additionalProperties") == false);
    }
    const nlohmann::json strings = schema_at(schema_of("kiosk.json"), "/strings");
    CHECK(required_names(strings) == strings_of(kiosk::required_interface_strings()));
}

TEST_CASE("content_schema: every key in the schema files has a description") {
    for (const char* file : content_files) {
        const nlohmann::json schema = schema_of(file);
        CHECK(schema.at("$schema") == "http://json-schema.org/draft-07/schema#");
        for (const kiosk::ObjectKeys& keys : kiosk::content_object_keys()) {
            if (keys.file != file) continue;
            // items() keeps a reference only: the object it walks must outlive the loop
            const nlohmann::json object = schema_at(schema, keys.object);
            for (const auto& [key, property] : object.at("properties").items()) {
                INFO(file, " ", keys.object, "/", key);
                CHECK(property.contains("description"));
            }
        }
    }
}

TEST_CASE("content_schema: the test content uses only keys the loader knows") {
    check_known_keys("kiosk.json", nlohmann::json::parse(kiosk::testing::valid_kiosk_json), "");
    check_known_keys("slides.json", nlohmann::json::parse(kiosk::testing::valid_slides_json), "");
    check_known_keys("quiz.json", nlohmann::json::parse(kiosk::testing::valid_quiz_json), "");
    check_known_keys("products.json", nlohmann::json::parse(kiosk::testing::valid_products_json),
                     "");
}

TEST_CASE("content_schema: the shipped content uses only known keys, names its schema and loads") {
    const std::filesystem::path content = source_dir / "content";
    for (const char* file : content_files) {
        INFO(file);
        const nlohmann::json value = read_json(content / file);  // a missing file fails here
        check_known_keys(file, value, "");
        const std::string name(std::string_view(file).substr(0, std::string_view(file).find('.')));
        REQUIRE(value.contains("$schema"));
        CHECK(value.at("$schema") == "schema/" + name + ".schema.json");
    }
    // The pictures the content names are part of what is shipped: none may be missing.
    REQUIRE(has_any_image(source_dir / "assets"));
    const auto load = kiosk::load_content({content, source_dir / "assets"});
    std::string shown;
    for (const kiosk::Diagnostic& d : load.diagnostics) shown += d.to_string() + "\n";
    INFO(shown);
    CHECK(load.errors() == 0);
    CHECK(load.content.has_value());
    if (load.warnings() > 0) MESSAGE("the shipped content has warnings:\n", shown);
}
