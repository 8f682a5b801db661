// The JSON reader that every content file goes through: any bytes give a document or a
// syntax error, never a crash, a hang or unbounded memory.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "core/json_document.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    const kiosk::JsonDocument doc = kiosk::parse_json_document(text);
    if (doc.syntax_error) {
        (void)doc.value_at("");
        return 0;
    }
    // Every remembered position must be answerable, and so must pointers that are not there.
    for (const auto& [pointer, at] : doc.value_positions) {
        (void)doc.value_at(pointer);
        (void)doc.key_at(pointer);
        (void)doc.value_at(pointer + "/0/missing~1x");
    }
    (void)doc.value.dump();
    (void)kiosk::pointer_token(text.substr(0, 64));
    return 0;
}
