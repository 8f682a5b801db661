#include "core/content_text.hpp"

#include <algorithm>

#include "core/utf8.hpp"

namespace kiosk {
namespace {

bool is_language(const TextRules& rules, std::string_view code) {
    return std::find(rules.languages.begin(), rules.languages.end(), code) != rules.languages.end();
}

std::string language_list(const TextRules& rules) {
    std::string out;
    for (const std::string& code : rules.languages) out += (out.empty() ? "" : ", ") + code;
    return out;
}

void check_languages(const Field& field, const Text& text, const TextRules& rules) {
    if (rules.default_language.empty()) return;
    for (const auto& [code, value] : text.by_language)
        if (!is_language(rules, code))
            field.file->key_warning(
                field.pointer + "/" + pointer_token(code),
                "unknown language '" + code + "'; kiosk.json lists " + language_list(rules));
    if (!text.by_language.contains(rules.default_language)) {
        field.error("missing the default language '" + rules.default_language + "'");
        return;
    }
    for (const std::string& code : rules.languages)
        if (!text.by_language.contains(code))
            field.warning("missing the '" + code + "' translation; the '" + rules.default_language +
                          "' text is shown instead");
}

Text read_language_object(const Field& field, const TextRules& rules) {
    Text text;
    for (const auto& [code, value] : field.value->items()) {
        const Field translation = *field.member(code);
        if (!value.is_string()) {
            translation.error("expected a string, got " + kind_of(value));
            text.by_language[code];  // present, so no "missing translation" on top of the error
            continue;
        }
        text.by_language[code] = value.get<std::string>();
        check_drawable(translation, text.by_language[code], rules);
    }
    check_languages(field, text, rules);
    return text;
}

}  // namespace

Text read_text(const Field& field, const TextRules& rules) {
    const Json& value = *field.value;
    if (value.is_string()) {
        check_drawable(field, value.get_ref<const std::string&>(), rules);
        return Text::plain(value.get<std::string>());
    }
    if (value.is_object()) {
        Text text = read_language_object(field, rules);
        if (!rules.default_language.empty() && !text.by_language.contains(rules.default_language))
            return {};
        return text;
    }
    field.error("expected a string or a language object, got " + kind_of(value));
    return {};
}

void check_drawable(const Field& field, std::string_view text, const TextRules& rules) {
    if (!rules.can_draw) return;
    for (std::size_t i = 0; i < text.size();) {
        const std::size_t length =
            std::max<std::size_t>(1, utf8_sequence_length(text.substr(i, 4)));
        const char32_t cp = utf8_code_point(text.substr(i), length);
        i += length;
        if (cp < 0x20 || rules.can_draw(cp)) continue;
        std::string shown;
        append_utf8(shown, cp);
        field.warning("the fonts cannot draw the character " + code_point_name(cp) + " '" + shown +
                      "'; it will show as a box");
        return;
    }
}

}  // namespace kiosk
