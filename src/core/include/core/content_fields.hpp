// Reading typed values out of a content file: each reader checks the value's type and range,
// reports what is wrong at the value's position, and returns nothing when it cannot be used.
#pragma once

#include <cstddef>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/content.hpp"
#include "core/content_file.hpp"
#include "core/content_keys.hpp"

namespace kiosk {

// A value in a content file and its JSON pointer.
struct Field {
    ContentFile* file = nullptr;
    const Json* value = nullptr;
    std::string pointer;

    // The member `key` of an object; nothing when absent (or when this is not an object).
    [[nodiscard]] std::optional<Field> member(std::string_view key) const;
    [[nodiscard]] Field element(std::size_t index) const;
    void error(std::string message) const { file->error(pointer, std::move(message)); }
    void warning(std::string message) const { file->warning(pointer, std::move(message)); }
};

// The whole document of `file`.
[[nodiscard]] Field root_of(ContentFile& file);

// "a number", "an array", ...: what a value is, for "expected X, got Y".
[[nodiscard]] std::string kind_of(const Json& value);

// Checks that `field` is an object with every required key of `keys`; warns about unknown keys
// (naming a close known key). False when it is not an object.
bool check_object(const Field& field, const ObjectKeys& keys);

// The elements of an array; nothing (with an error) when `field` is not an array, or is empty
// while `at_least_one` names what it must hold ("slide").
[[nodiscard]] std::optional<std::vector<Field>> read_array(const Field& field,
                                                           std::string_view at_least_one = {});

[[nodiscard]] std::optional<std::string> read_string(const Field& field);
// A string of a-z, 0-9 and '-' (ids and tag names); `what` names it: "id", "tag".
[[nodiscard]] std::optional<std::string> read_name(const Field& field, std::string_view what);
[[nodiscard]] bool is_name(std::string_view text);
[[nodiscard]] std::optional<bool> read_bool(const Field& field);
// A whole number (3 or 3.0) from `low` to `high`; `what` starts the range message:
// "answer 'breakouts': tag weight" -> "answer 'breakouts': tag weight 12 is outside -10..10".
[[nodiscard]] std::optional<int> read_whole_number(const Field& field, int low, int high,
                                                   std::string_view what);
// A number greater than 0; `what` names it in the message.
[[nodiscard]] std::optional<double> read_positive_number(const Field& field, std::string_view what);
// "#RRGGBB" or "#RRGGBBAA".
[[nodiscard]] std::optional<Colour> read_colour(const Field& field);
[[nodiscard]] std::optional<Colour> parse_colour(std::string_view text);

// The ids seen so far in one list, to report a duplicate with the line of the first.
class IdRegister {
  public:
    explicit IdRegister(std::string what) : what_(std::move(what)) {}
    // Reports a duplicate; false when `id` was seen before.
    bool add(const Field& id_field, const std::string& id);
    // The member "id" of `object`, read as a name and added; empty when it is absent or not a
    // name.
    [[nodiscard]] std::string read_id(const Field& object);

  private:
    std::string what_;  // "product id"
    std::map<std::string, int, std::less<>> first_line_;
};

}  // namespace kiosk

#include "core/asset_images.hpp"

namespace kiosk {

// An image path relative to the assets folder; nothing (with an error) when the kiosk could not
// show it. A path it can show is noted as used at `field` (AssetImages::note_use).
[[nodiscard]] std::optional<std::string> read_image(const Field& field, AssetImages& images);

}  // namespace kiosk

namespace kiosk {

// Tag name to whole-number weight from `low` to `high`, in file order; `owner` names what carries
// the tags in messages ("answer 'breakouts'"). Bad entries are reported and left out.
[[nodiscard]] TagWeights read_tag_weights(const Field& field, int low, int high,
                                          const std::string& owner);

}  // namespace kiosk
