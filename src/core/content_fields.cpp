#include "core/content_fields.hpp"

#include <cmath>
#include <limits>

#include "core/closest_key.hpp"

namespace kiosk {

std::optional<Field> Field::member(std::string_view key) const {
    if (!value->is_object()) return std::nullopt;
    auto it = value->find(std::string(key));
    if (it == value->end()) return std::nullopt;
    return Field{file, &*it, pointer + "/" + pointer_token(key)};
}

Field Field::element(std::size_t index) const {
    return Field{file, &(*value)[index], pointer + "/" + std::to_string(index)};
}

Field root_of(ContentFile& file) {
    return Field{&file, &file.document().value, ""};
}

std::string kind_of(const Json& value) {
    switch (value.type()) {
        case Json::value_t::object:
            return "an object";
        case Json::value_t::array:
            return "an array";
        case Json::value_t::string:
            return "a string";
        case Json::value_t::boolean:
            return value.get<bool>() ? "true" : "false";
        case Json::value_t::null:
            return "null";
        default:
            return "a number";
    }
}

namespace {

bool is_known(std::string_view key, const ObjectKeys& keys) {
    for (std::string_view known : keys.keys)
        if (known == key) return true;
    return false;
}

void warn_unknown_key(const Field& field, const std::string& key, const ObjectKeys& keys) {
    std::string message = "unknown key '" + key + "'";
    if (auto close = closest_key(key, keys.keys))
        message += ", did you mean '" + std::string(*close) + "'?";
    else
        message += "; it is ignored";
    field.file->key_warning(field.pointer + "/" + pointer_token(key), std::move(message));
}

}  // namespace

bool check_object(const Field& field, const ObjectKeys& keys) {
    if (!field.value->is_object()) {
        field.error("expected an object { ... }, got " + kind_of(*field.value));
        return false;
    }
    for (const auto& [key, value] : field.value->items())
        if (!is_known(key, keys)) warn_unknown_key(field, key, keys);
    for (std::string_view key : keys.required)
        if (!field.value->contains(std::string(key)))
            field.error("missing required key '" + std::string(key) + "'");
    return true;
}

std::optional<std::vector<Field>> read_array(const Field& field, std::string_view at_least_one) {
    if (!field.value->is_array()) {
        field.error("expected an array [ ... ], got " + kind_of(*field.value));
        return std::nullopt;
    }
    if (field.value->empty() && !at_least_one.empty()) {
        field.error("must hold at least one " + std::string(at_least_one));
        return std::nullopt;
    }
    std::vector<Field> elements;
    elements.reserve(field.value->size());
    for (std::size_t i = 0; i < field.value->size(); ++i) elements.push_back(field.element(i));
    return elements;
}

std::optional<std::string> read_string(const Field& field) {
    if (field.value->is_string()) return field.value->get<std::string>();
    field.error("expected a string, got " + kind_of(*field.value));
    return std::nullopt;
}

bool is_name(std::string_view text) {
    if (text.empty()) return false;
    for (const char c : text)
        if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-')) return false;
    return true;
}

std::optional<std::string> read_name(const Field& field, std::string_view what) {
    auto text = read_string(field);
    if (!text) return std::nullopt;
    if (is_name(*text)) return text;
    field.error(std::string(what) + " '" + *text +
                "' may only use lower-case letters a-z, digits 0-9 and '-'");
    return std::nullopt;
}

std::optional<bool> read_bool(const Field& field) {
    if (field.value->is_boolean()) return field.value->get<bool>();
    field.error("expected true or false, got " + kind_of(*field.value));
    return std::nullopt;
}

std::optional<int> read_whole_number(const Field& field, int low, int high, std::string_view what) {
    const Json& v = *field.value;
    const double number =
        v.is_number() ? v.get<double>() : std::numeric_limits<double>::quiet_NaN();
    if (!v.is_number() || number != std::floor(number)) {
        field.error("expected a whole number, got " + (v.is_number() ? v.dump() : kind_of(v)));
        return std::nullopt;
    }
    if (number < low || number > high) {
        field.error(std::string(what) + " " + v.dump() + " is outside " + std::to_string(low) +
                    ".." + std::to_string(high));
        return std::nullopt;
    }
    return static_cast<int>(number);
}

std::optional<double> read_positive_number(const Field& field, std::string_view what) {
    if (!field.value->is_number()) {
        field.error("expected a number, got " + kind_of(*field.value));
        return std::nullopt;
    }
    const double number = field.value->get<double>();
    if (number > 0) return number;
    field.error(std::string(what) + " must be greater than 0, got " + field.value->dump());
    return std::nullopt;
}

namespace {

int hex_digit(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

}  // namespace

std::optional<Colour> parse_colour(std::string_view text) {
    if ((text.size() != 7 && text.size() != 9) || text[0] != '#') return std::nullopt;
    float channels[4] = {0, 0, 0, 1};
    for (std::size_t i = 0; i * 2 + 1 < text.size(); ++i) {
        const int high = hex_digit(text[i * 2 + 1]), low = hex_digit(text[i * 2 + 2]);
        if (high < 0 || low < 0) return std::nullopt;
        channels[i] = static_cast<float>(high * 16 + low) / 255.f;
    }
    return Colour{channels[0], channels[1], channels[2], channels[3]};
}

std::optional<Colour> read_colour(const Field& field) {
    auto text = read_string(field);
    if (!text) return std::nullopt;
    if (auto colour = parse_colour(*text)) return colour;
    field.error("colour '" + *text + "' must be written #RRGGBB or #RRGGBBAA, for example #2F6B4F");
    return std::nullopt;
}

bool IdRegister::add(const Field& id_field, const std::string& id) {
    const int line = id_field.file->document().value_at(id_field.pointer).line;
    auto [it, added] = first_line_.try_emplace(id, line);
    if (!added)
        id_field.error("duplicate " + what_ + " '" + id + "' (first at line " +
                       std::to_string(it->second) + ")");
    return added;
}

std::string IdRegister::read_id(const Field& object) {
    const auto field = object.member("id");
    if (!field) return {};
    std::string id = read_name(*field, what_).value_or("");
    if (!id.empty()) add(*field, id);
    return id;
}

}  // namespace kiosk

namespace kiosk {

std::optional<std::string> read_image(const Field& field, AssetImages& images) {
    auto image = read_string(field);
    if (!image) return std::nullopt;
    if (auto problem = images.problem(*image)) {
        field.error(*problem);
        return std::nullopt;
    }
    images.note_use(*image, *field.file, field.pointer);
    return image;
}

}  // namespace kiosk

namespace kiosk {

TagWeights read_tag_weights(const Field& field, int low, int high, const std::string& owner) {
    TagWeights tags;
    if (!field.value->is_object()) {
        field.error("expected an object of tag weights like {\"acne\": 2}, got " +
                    kind_of(*field.value));
        return tags;
    }
    for (const auto& [tag, value] : field.value->items()) {
        const Field weight = *field.member(tag);
        if (!is_name(tag)) {
            weight.error(owner + ": tag '" + tag +
                         "' may only use lower-case letters a-z, digits 0-9 and '-'");
            continue;
        }
        if (auto w = read_whole_number(weight, low, high, owner + ": tag weight"))
            tags.emplace_back(tag, *w);
    }
    return tags;
}

}  // namespace kiosk
