// Reading a JSON file while remembering where every value is, so that a message about a value
// can name its line and column. Strict JSON (RFC 8259) in UTF-8; a leading byte order mark is
// skipped. Deep nesting, huge files and bad bytes give a syntax error, never a crash.
#pragma once

#include <cstddef>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace kiosk {

// Objects keep their keys in file order (tag weights are listed in file order).
using Json = nlohmann::ordered_json;

struct SourcePosition {
    int line = 0;    // 1-based; 0 when unknown (the file as a whole)
    int column = 0;  // 1-based, in bytes
    friend bool operator==(const SourcePosition&, const SourcePosition&) = default;
};

struct JsonSyntaxError {
    SourcePosition at;
    std::string message;  // short, for a person: "expected ',' or '}' after an object member"
};

struct JsonLimits {
    int max_depth = 64;                // nested objects and arrays
    std::size_t max_values = 500'000;  // every value counts, containers too
};

// A key written twice in one object. The later value is the one kept.
struct DuplicateKey {
    std::string pointer;  // the member's pointer
    SourcePosition first;
    SourcePosition second;
};

struct JsonDocument {
    Json value;  // null when there is a syntax error
    std::optional<JsonSyntaxError> syntax_error;
    std::vector<DuplicateKey> duplicate_keys;
    std::unordered_map<std::string, SourcePosition> value_positions;  // pointer -> value start
    std::unordered_map<std::string, SourcePosition> key_positions;    // pointer -> key start

    // Where the value at `pointer` starts; for a pointer that is not in the document, where the
    // nearest enclosing value starts.
    [[nodiscard]] SourcePosition value_at(std::string_view pointer) const;
    // Where the key of the object member at `pointer` starts; value_at() for other values.
    [[nodiscard]] SourcePosition key_at(std::string_view pointer) const;
};

[[nodiscard]] JsonDocument parse_json_document(std::string_view text,
                                               const JsonLimits& limits = {});

// One reference token of a JSON pointer: '~' becomes "~0" and '/' becomes "~1".
[[nodiscard]] std::string pointer_token(std::string_view key);

}  // namespace kiosk
