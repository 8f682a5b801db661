#include "core/content_keys.hpp"

#include <stdexcept>
#include <string>

namespace kiosk {

const std::vector<ObjectKeys>& content_object_keys() {
    static const std::vector<ObjectKeys> all = {
        {"kiosk.json",
         "",
         {"$schema", "format", "brand", "languages", "default_language", "timing", "theme",
          "disclaimer", "strings", "takeaway_url", "store_map", "shop", "panel"},
         {"format", "languages", "default_language", "strings"}},
        {"kiosk.json", "/brand", {"name", "logo"}, {}},
        {"kiosk.json", "/store_map", {"image"}, {"image"}},
        {"kiosk.json", "/panel", {"height_cm", "from_floor_cm"}, {"height_cm", "from_floor_cm"}},
        {"kiosk.json",
         "/timing",
         {"slide_seconds", "transition_ms", "idle_timeout_seconds", "idle_warning_seconds",
          "results_timeout_seconds"},
         {}},
        {"kiosk.json",
         "/theme",
         {"background", "surface", "text", "accent", "accent_text", "highlight"},
         {}},
        {"slides.json", "", {"$schema", "slides"}, {"slides"}},
        {"slides.json",
         "/slides/*",
         {"id", "title", "body", "points", "image", "layout", "seconds", "background", "source"},
         {"id", "title"}},
        {"quiz.json",
         "",
         {"$schema", "intro", "questions", "results", "tips", "max_tips"},
         {"questions"}},
        {"quiz.json",
         "/questions/*",
         {"id", "text", "hint", "choose", "max", "show_if", "answers"},
         {"id", "text", "answers"}},
        {"quiz.json", "/questions/*/show_if", {"question", "any_of"}, {"question", "any_of"}},
        {"quiz.json",
         "/questions/*/answers/*",
         {"id", "text", "image", "tags", "reason"},
         {"id", "text"}},
        {"quiz.json", "/results", {"max_products", "min_score", "fallback"}, {}},
        {"quiz.json",
         "/tips/*",
         {"id", "title", "body", "when_tags"},
         {"id", "title", "when_tags"}},
        {"products.json", "", {"$schema", "products"}, {"products"}},
        {"products.json",
         "/products/*",
         {"id", "name", "summary", "image", "price", "tags", "url", "in_stock", "details",
          "how_to_use", "key_ingredients", "location", "map_x", "map_y"},
         {"id", "name", "tags"}},
    };
    return all;
}

const ObjectKeys& object_keys(std::string_view file, std::string_view object) {
    for (const ObjectKeys& keys : content_object_keys())
        if (keys.file == file && keys.object == object) return keys;
    throw std::out_of_range("no key list for " + std::string(file) + " " + std::string(object));
}

const std::vector<std::string_view>& required_interface_strings() {
    static const std::vector<std::string_view> all = {
        "start_quiz",        "back",          "next", "restart",    "still_there",
        "continue",          "results_title", "why",  "tips_title", "general_picks",
        "question_progress", "language_name"};
    return all;
}

}  // namespace kiosk
