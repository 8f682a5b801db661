// kiosk.json: settings and interface strings.
#include <climits>
#include <cmath>
#include <cstdio>

#include "core/content_files.hpp"
#include "core/contrast.hpp"
#include "core/reach.hpp"
#include "core/theme_contrast.hpp"

namespace kiosk {
namespace {

constexpr std::size_t most_takeaway_url_chars = 1000;

void read_format(const Field& root, KioskSettings& kiosk) {
    const auto field = root.member("format");
    if (!field) return;
    const auto format = read_whole_number(*field, INT_MIN, INT_MAX, "format");
    if (format && *format != 1)
        field->error("format " + std::to_string(*format) +
                     " is not supported; this kiosk reads format 1");
    if (format) kiosk.format = *format;
}

std::vector<std::string> read_language_list(const Field& field) {
    std::vector<std::string> languages;
    const auto elements = read_array(field, "language");
    if (!elements) return languages;
    IdRegister seen("language");
    for (const Field& element : *elements) {
        auto code = read_string(element);
        if (code && code->empty()) element.error("a language code cannot be empty");
        if (!code || code->empty() || !seen.add(element, *code)) continue;
        languages.push_back(*code);
    }
    return languages;
}

void read_languages(const Field& root, KioskSettings& kiosk, TextRules& rules) {
    const auto list = root.member("languages");
    const auto fallback = root.member("default_language");
    if (list) kiosk.languages = read_language_list(*list);
    const auto code = fallback ? read_string(*fallback) : std::nullopt;
    if (!code) return;
    kiosk.default_language = *code;
    if (!list || kiosk.languages.empty()) return;
    rules.languages = kiosk.languages;
    for (const std::string& language : kiosk.languages)
        if (language == *code) rules.default_language = *code;
    if (rules.default_language.empty())
        fallback->error("default_language '" + *code + "' is not one of the languages");
}

void read_brand(const Field& field, Brand& brand, ReadingContext& context) {
    if (!check_object(field, object_keys("kiosk.json", "/brand"))) return;
    if (auto name = field.member("name")) {
        if (auto text = read_string(*name)) {
            brand.name = *text;
            check_drawable(*name, *text, context.text);
        }
    }
    if (auto logo = field.member("logo"))
        brand.logo = read_image(*logo, context.images).value_or("");
}

void read_store_map(const Field& field, KioskSettings& kiosk, ReadingContext& context) {
    if (!check_object(field, object_keys("kiosk.json", "/store_map"))) return;
    if (auto image = field.member("image"))
        kiosk.store_map = read_image(*image, context.images).value_or("");
}

// One value of kiosk.json's "timing" or "theme": its key and where it is kept.
template <typename Settings, typename Value>
using Setting = std::pair<const char*, Value Settings::*>;

constexpr Setting<Timing, double> timing_settings[] = {
    {"slide_seconds", &Timing::slide_seconds},
    {"transition_ms", &Timing::transition_ms},
    {"idle_timeout_seconds", &Timing::idle_timeout_seconds},
    {"idle_warning_seconds", &Timing::idle_warning_seconds},
    {"results_timeout_seconds", &Timing::results_timeout_seconds}};

constexpr Setting<Theme, Colour> theme_settings[] = {{"background", &Theme::background},
                                                     {"surface", &Theme::surface},
                                                     {"text", &Theme::text},
                                                     {"accent", &Theme::accent},
                                                     {"accent_text", &Theme::accent_text},
                                                     {"highlight", &Theme::highlight}};

// Each of `settings` that the object `field` holds, read with `read(value, key)` into `into`;
// a value that cannot be used keeps the default.
template <typename Settings, typename SettingList, typename Read>
void read_settings(const Field& field, Settings& into, const SettingList& settings, Read read) {
    for (const auto& [key, member] : settings)
        if (auto value = field.member(key))
            if (auto setting = read(*value, key)) into.*member = *setting;
}

void read_timing(const Field& field, Timing& timing) {
    if (!check_object(field, object_keys("kiosk.json", "/timing"))) return;
    read_settings(field, timing, timing_settings, read_positive_number);
    if (timing.idle_warning_seconds >= timing.idle_timeout_seconds) {
        const auto warning = field.member("idle_warning_seconds");
        (warning ? *warning : field)
            .error("idle_warning_seconds (" + Json(timing.idle_warning_seconds).dump() +
                   ") must be less than idle_timeout_seconds (" +
                   Json(timing.idle_timeout_seconds).dump() + ")");
    }
}

// Words the shop's colours make hard to read (WCAG 2.1, 1.4.3): named at the words' colour, or
// at the ground's when only that one is the shop's own.
void check_theme_contrast(const Field& field, const Theme& theme) {
    for (const WordsOnGround& pair : words_on_grounds(theme)) {
        const double ratio = contrast_ratio(pair.words_colour, pair.ground_colour);
        if (pair.kiosk_adjusts || ratio >= readable_contrast) continue;
        auto at = field.member(pair.words);
        if (!at) at = field.member(pair.ground);
        char figure[16];
        std::snprintf(figure, sizeof figure, "%.2f:1", std::floor(ratio * 100) / 100);
        (at ? *at : field)
            .warning("contrast of " + std::string(pair.words) + " " + hex_of(pair.words_colour) +
                     " on " + std::string(pair.ground) + " " + hex_of(pair.ground_colour) + " is " +
                     figure + "; words need at least 4.5:1 to be read (WCAG 1.4.3)");
    }
}

void read_theme(const Field& field, Theme& theme) {
    if (!check_object(field, object_keys("kiosk.json", "/theme"))) return;
    read_settings(field, theme, theme_settings,
                  [](const Field& value, std::string_view) { return read_colour(value); });
    check_theme_contrast(field, theme);
}

void read_strings(const Field& field, KioskSettings& kiosk, const TextRules& rules) {
    if (!field.value->is_object()) {
        field.error("expected an object { ... }, got " + kind_of(*field.value));
        return;
    }
    for (const auto& [key, value] : field.value->items())
        kiosk.strings[key] = read_text(*field.member(key), rules);
    for (std::string_view key : required_interface_strings())
        if (!field.value->contains(std::string(key)))
            field.error("missing required key '" + std::string(key) + "'");
}

void read_takeaway_url(const Field& field, KioskSettings& kiosk) {
    auto url = read_string(field);
    if (!url) return;
    if (url->size() > most_takeaway_url_chars)
        field.error("takeaway_url is " + std::to_string(url->size()) +
                    " characters long; it may be at most 1000");
    else if (url->find("{products}") == std::string::npos)
        field.error(
            "takeaway_url must contain {products}, where the kiosk puts the ids of the "
            "recommended products");
    else
        kiosk.takeaway_url = *url;
}

// A number of centimetres as staff write it: 95, or 95.5.
std::string centimetres(double cm) {
    char text[32];
    std::snprintf(text, sizeof text, "%g", cm);
    return text;
}

// Where the screen hangs: both measures, in centimetres, within what a shop can hang; 0 when a
// measure cannot be used.
double read_centimetres(const Field& panel, std::string_view key, double most) {
    const auto field = panel.member(key);
    const auto value = field ? read_positive_number(*field, key) : std::nullopt;
    const double cm = value.value_or(0);
    if (cm <= most) return cm;
    field->error(std::string(key) + " " + centimetres(cm) + " is more than " + centimetres(most) +
                 " cm");
    return 0;
}

void read_panel(const Field& field, Panel& panel) {
    if (!check_object(field, object_keys("kiosk.json", "/panel"))) return;
    const double height = read_centimetres(field, "height_cm", 400);
    const double from_floor = read_centimetres(field, "from_floor_cm", 300);
    if (height <= 0 || from_floor <= 0) return;
    panel = {height, from_floor};
    if (from_floor >= reach_highest_cm)
        field.member("from_floor_cm")
            ->warning("the screen's bottom edge is " + centimetres(from_floor) +
                      " cm above the floor, out of reach from a wheelchair (above " +
                      centimetres(reach_highest_cm) +
                      " cm): the reach mode keeps to the screen's lowest part");
}

}  // namespace

KioskSettings read_kiosk_settings(const Field& root, ReadingContext& context) {
    KioskSettings kiosk;
    if (!check_object(root, object_keys("kiosk.json", ""))) return kiosk;
    read_format(root, kiosk);
    read_languages(root, kiosk, context.text);
    if (auto field = root.member("brand")) read_brand(*field, kiosk.brand, context);
    if (auto field = root.member("timing")) read_timing(*field, kiosk.timing);
    if (auto field = root.member("theme")) read_theme(*field, kiosk.theme);
    if (auto field = root.member("disclaimer")) kiosk.disclaimer = read_text(*field, context.text);
    if (auto field = root.member("strings")) read_strings(*field, kiosk, context.text);
    if (auto field = root.member("takeaway_url")) read_takeaway_url(*field, kiosk);
    if (auto field = root.member("store_map")) read_store_map(*field, kiosk, context);
    if (auto field = root.member("shop")) kiosk.shop = read_string(*field).value_or("");
    if (auto field = root.member("panel")) read_panel(*field, kiosk.panel);
    return kiosk;
}

}  // namespace kiosk
