// The keys the content format defines, object by object: what the loader accepts without an
// "unknown key" warning, and what it requires. The JSON Schema files in content/schema must
// list the same keys (a unit test checks this).
#pragma once

#include <string_view>
#include <vector>

namespace kiosk {

struct ObjectKeys {
    std::string_view file;    // "quiz.json"
    std::string_view object;  // where the object sits, '*' for any array index: "/questions/*"
    std::vector<std::string_view> keys;      // every key the format defines there
    std::vector<std::string_view> required;  // the keys that must be there
};

// Every object of the four files whose keys are fixed. Text objects and kiosk.json's "strings"
// (which may hold more strings than the required ones) are not listed.
[[nodiscard]] const std::vector<ObjectKeys>& content_object_keys();

// The entry for `file` and `object`; throws std::out_of_range for one that is not listed.
[[nodiscard]] const ObjectKeys& object_keys(std::string_view file, std::string_view object);

// The interface strings kiosk.json must define under "strings".
[[nodiscard]] const std::vector<std::string_view>& required_interface_strings();

}  // namespace kiosk
