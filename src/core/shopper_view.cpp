#include "core/shopper_view.hpp"

#include <algorithm>
#include <map>

namespace kiosk {
namespace {

const std::map<std::string, std::string, std::less<>>& default_words() {
    static const std::map<std::string, std::string, std::less<>> all{
        {"home", "Home"},
        {"still_there_body", "Tap Continue to keep your answers."},
        {"returning_in", "Back to the start in {seconds}"},
        {"pick_one", "Pick one"},
        {"pick_many", "Pick up to {max}"},
        {"pick_any", "Pick any that apply"},
        {"results_intro", ""},
        {"attract_hint", ""},
        {"source", "Source"},
        {"takeaway", "Scan to take your routine home"},
        {"see_results", "See my routine"},
        {"done", "Done"},
        {"close", "Close"},
        {"how_to_use", "How to use"},
        {"key_ingredients", "Key ingredients"},
        {"where_to_find", "Where to find it"},
        {"order_in_shop", "Not on the shelf today: ask us and we will order it for you."},
        {"takeaway_product", "Scan to take this product home"},
        {"best_match", "Best match"},
        {"general_picks_intro",
         "Your answers did not point to one routine, so these are good first steps for most "
         "skin."},
        {"chosen_count", "{n} of {max} chosen"},
        {"chosen_any", "{n} chosen"},
        {"accessibility", "Accessibility"},
        {"results_products", "Your products"},
        {"aid_larger_text", "Larger text"},
        {"aid_larger_text_note", "Bigger words on every screen"},
        {"aid_high_contrast", "High contrast"},
        {"aid_high_contrast_note", "Stronger colours for easier reading"},
        {"aid_more_time", "More time"},
        {"aid_more_time_note", "Three times as long before the kiosk goes back to the start"},
        {"aid_read_aloud", "Read aloud"},
        {"aid_read_aloud_note", "The kiosk speaks each screen and each answer you tap"},
        {"answer_chosen", "{answer}: chosen"},
        {"answer_not_chosen", "{answer}: not chosen"},
        {"still_there_more_time", "You asked for more time."},
        {"aid_reach", "Within reach"},
        {"aid_reach_note", "Everything moves down to the lower part of the screen"},
    };
    return all;
}

}  // namespace

std::string word(const KioskFlow& flow, std::string_view key) {
    const auto& strings = flow.content().kiosk.strings;
    if (strings.find(key) == strings.end())
        if (auto it = default_words().find(key); it != default_words().end()) return it->second;
    return flow.content().string(key, flow.language());
}

std::string text(const KioskFlow& flow, const Text& t) {
    return flow.content().text(t, flow.language());
}

std::string fill_in(std::string pattern, std::string_view name, std::string_view value) {
    std::string key(1, '{');
    key.append(name).push_back('}');
    for (size_t at = pattern.find(key); at != std::string::npos;
         at = pattern.find(key, at + value.size()))
        pattern.replace(at, key.size(), value);
    return pattern;
}

AidsButtonView aids_button_view(const KioskFlow& flow) {
    return {.label = word(flow, "accessibility"), .any_on = flow.aids().any()};
}

BrandView brand_view(const KioskFlow& flow) {
    const Brand& brand = flow.content().kiosk.brand;
    return {.logo = brand.logo, .name = brand.name};
}

std::vector<LanguageButton> language_buttons(const KioskFlow& flow) {
    const KioskSettings& kiosk = flow.content().kiosk;
    std::vector<LanguageButton> buttons;
    if (kiosk.languages.size() < 2) return buttons;
    const auto names = kiosk.strings.find("language_name");
    for (const std::string& code : kiosk.languages) {
        std::string label =
            names != kiosk.strings.end() ? names->second.in(code, code) : std::string{};
        if (label.empty()) label = code;
        buttons.push_back({.language = code, .label = label, .current = code == flow.language()});
    }
    return buttons;
}

float motion_share(double now, double since, double seconds) {
    if (seconds <= 0) return 1;
    return static_cast<float>(std::clamp((now - since) / seconds, 0.0, 1.0));
}

}  // namespace kiosk
