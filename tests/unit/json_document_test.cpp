#include "core/json_document.hpp"

#include <doctest/doctest.h>

#include <chrono>
#include <string>

using kiosk::parse_json_document;
using kiosk::SourcePosition;

namespace {

std::string error_of(std::string_view text) {
    const auto doc = parse_json_document(text);
    if (!doc.syntax_error) return "no error";
    return std::to_string(doc.syntax_error->at.line) + ":" +
           std::to_string(doc.syntax_error->at.column) + ": " + doc.syntax_error->message;
}

}  // namespace

TEST_CASE("json_document: remembers where every value and key starts") {
    const auto doc = parse_json_document("{\n  \"a\": [1, {\"b\": true}],\n  \"c~/d\": \"x\"\n}");
    REQUIRE_FALSE(doc.syntax_error);
    CHECK(doc.value_at("") == SourcePosition{1, 1});
    CHECK(doc.value_at("/a") == SourcePosition{2, 8});
    CHECK(doc.key_at("/a") == SourcePosition{2, 3});
    CHECK(doc.value_at("/a/0") == SourcePosition{2, 9});
    CHECK(doc.value_at("/a/1") == SourcePosition{2, 12});
    CHECK(doc.value_at("/a/1/b") == SourcePosition{2, 18});
    CHECK(doc.value_at("/c~0~1d") == SourcePosition{3, 11});
    CHECK(doc.value["c~/d"] == "x");
}

TEST_CASE("json_document: a missing pointer falls back to its nearest enclosing value") {
    const auto doc = parse_json_document("{\"a\": {\"b\": 1}}");
    CHECK(doc.value_at("/a/zzz/0") == SourcePosition{1, 7});
    CHECK(doc.key_at("/a/zzz") == SourcePosition{1, 7});
    CHECK(doc.value_at("/nothing") == SourcePosition{1, 1});
}

TEST_CASE("json_document: keeps object keys in file order and reads every value kind") {
    const auto doc = parse_json_document(
        R"({"z": 1, "a": -2.5e1, "m": null, "b": false, "s": "\u00e9\ud83d\ude00\n"})");
    REQUIRE_FALSE(doc.syntax_error);
    std::string keys;
    for (const auto& [key, value] : doc.value.items()) keys += key;
    CHECK(keys == "zambs");
    CHECK(doc.value["z"].is_number_integer());
    CHECK(doc.value["a"].get<double>() == -25.0);
    CHECK(doc.value["m"].is_null());
    CHECK(doc.value["s"] == "\xC3\xA9\xF0\x9F\x98\x80\n");
}

TEST_CASE("json_document: skips a byte order mark and counts columns after it") {
    const auto doc = parse_json_document("\xEF\xBB\xBF{\"a\": 1}");
    REQUIRE_FALSE(doc.syntax_error);
    CHECK(doc.value_at("/a") == SourcePosition{1, 7});
}

TEST_CASE("json_document: syntax errors say where and what, shortly") {
    CHECK(error_of("") == "1:1: the file is empty; it should hold a JSON object { ... }");
    CHECK(error_of("  \n ") == "2:2: the file is empty; it should hold a JSON object { ... }");
    CHECK(error_of("{\"a\": 1 \"b\": 2}") == "1:9: expected ',' or '}' after an object member");
    CHECK(error_of("[1 2]") == "1:4: expected ',' or ']' after an array element");
    CHECK(error_of("{\"a\": [1,\n 2") ==
          "2:3: unexpected end of file — is a closing ']' missing? (opened at line 1)");
    CHECK(error_of("{\"a\": 1,}") == "1:9: a comma before '}' is not allowed in JSON — remove it");
    CHECK(error_of("[1,]") == "1:4: a comma before ']' is not allowed in JSON — remove it");
    CHECK(error_of("{a: 1}") == "1:2: keys need double quotes, for example \"title\"");
    CHECK(error_of("{'a': 1}") == "1:2: keys need double quotes (\"), not single quotes");
    CHECK(error_of("{\"a\" 1}") == "1:6: expected ':' after the key \"a\"");
    CHECK(error_of("{\"a\": yes}") ==
          "1:7: unexpected word 'yes' — text needs double quotes; the only bare words are true, "
          "false and null");
    CHECK(error_of("{\"a\": \"x}") == "1:7: this string never ends — is a closing '\"' missing?");
    CHECK(error_of("{\"a\": \"x\ny\"}") ==
          "1:9: line break inside a string — is a closing '\"' missing?");
    CHECK(error_of("{\"a\": \"\\q\"}") ==
          "1:8: invalid escape in a string; use \\\" \\\\ \\/ \\b \\f \\n \\r \\t or \\uXXXX");
    CHECK(error_of("{\"a\": \"\\u12\"}") == "1:8: \\u must be followed by four hexadecimal digits");
    CHECK(error_of("{\"a\": \"\\ud800\"}") ==
          "1:8: \\u escape holds a high surrogate without its low surrogate");
    CHECK(error_of("{\"a\": 07}") == "1:7: numbers cannot start with 0 (write 7, not 07)");
    CHECK(error_of("{\"a\": 1.}") == "1:9: expected a digit after the decimal point");
    CHECK(error_of("{\"a\": -}") == "1:8: '-' must be followed by a digit");
    CHECK(error_of("{\"a\": 1e999}") == "1:7: the number 1e999 is too large");
    CHECK(error_of("{} x") ==
          "1:4: unexpected text after the end of the JSON document — is there an extra bracket?");
    CHECK(error_of("{\"a\": 1} // note") ==
          "1:10: unexpected text after the end of the JSON document — is there an extra bracket?");
    CHECK(error_of("[/* c */]") == "1:2: comments are not allowed in JSON");
    CHECK(error_of("{\"a\": }") == "1:7: unexpected '}' — is a value missing?");
    CHECK(error_of("{") == "1:2: unexpected end of file — is a closing '}' missing?");
}

TEST_CASE("json_document: objects and arrays, empty, unclosed and with escapes in strings") {
    CHECK(error_of("{ }") == "no error");
    CHECK(error_of("[ ]") == "no error");
    CHECK(error_of("{\"a\": 1,") == "1:9: unexpected end of file — is a closing '}' missing?");
    CHECK(error_of("[1,") ==
          "1:4: unexpected end of file — is a value or a closing bracket missing?");
    CHECK(error_of("[1") ==
          "1:3: unexpected end of file — is a closing ']' missing? (opened at line 1)");
    CHECK(error_of("[\"\\") ==
          "1:3: invalid escape in a string; use \\\" \\\\ \\/ \\b \\f \\n \\r \\t or \\uXXXX");
    const auto doc = parse_json_document(R"(["\"\\\/\b\f\n\r\t"])");
    REQUIRE_FALSE(doc.syntax_error);
    CHECK(doc.value[0] == "\"\\/\b\f\n\r\t");
}

TEST_CASE("json_document: invalid UTF-8 is an error at the bad byte") {
    CHECK(error_of("{\"a\": \"ok \xFF\"}") ==
          "1:11: invalid UTF-8 (byte 0xFF) — save the file as UTF-8");
    CHECK(error_of("{\"a\": \"\xC3\"}") ==
          "1:8: invalid UTF-8 (byte 0xC3) — save the file as UTF-8");
    CHECK(error_of("{\"a\": \"\xED\xA0\x80\"}") ==
          "1:8: invalid UTF-8 (byte 0xED) — save the file as UTF-8");  // an encoded surrogate
    CHECK(error_of("{\"a\": \"\xC0\xAF\"}") ==
          "1:8: invalid UTF-8 (byte 0xC0) — save the file as UTF-8");  // overlong '/'
    CHECK(error_of("\xE9") == "1:1: invalid UTF-8 (byte 0xE9) — save the file as UTF-8");
    CHECK(error_of("{\"a\": \"\xE2\x82\xAC\"}") == "no error");  // the euro sign
}

TEST_CASE("json_document: deep nesting is refused quickly, without recursion") {
    const std::string deep = std::string(200'000, '[') + std::string(200'000, ']');
    const auto start = std::chrono::steady_clock::now();
    CHECK(error_of(deep) == "1:65: objects and arrays are nested more than 64 levels deep");
    CHECK(std::chrono::steady_clock::now() - start < std::chrono::seconds(1));
    CHECK(error_of(std::string(64, '[') + std::string(64, ']')) == "no error");
    CHECK(error_of(std::string(100'000, '{')) == "1:2: expected a key in double quotes");
}

TEST_CASE("json_document: too many values are refused") {
    std::string many = "[";
    for (int i = 0; i < 20; ++i) many += "0,";
    many += "0]";
    const auto doc = parse_json_document(many, kiosk::JsonLimits{64, 10});
    REQUIRE(doc.syntax_error);
    CHECK(doc.syntax_error->message == "the file holds too many values (more than 10)");
}

TEST_CASE("json_document: a key written twice is reported, the later value kept") {
    const auto doc = parse_json_document("{\"a\": 1,\n \"a\": 2}");
    REQUIRE_FALSE(doc.syntax_error);
    CHECK(doc.value["a"] == 2);
    REQUIRE(doc.duplicate_keys.size() == 1);
    CHECK(doc.duplicate_keys[0].pointer == "/a");
    CHECK(doc.duplicate_keys[0].first == SourcePosition{1, 2});
    CHECK(doc.duplicate_keys[0].second == SourcePosition{2, 2});
}

TEST_CASE("json_document: pointer tokens escape ~ and /") {
    CHECK(kiosk::pointer_token("a/b~c") == "a~1b~0c");
    CHECK(kiosk::pointer_token("plain") == "plain");
}
