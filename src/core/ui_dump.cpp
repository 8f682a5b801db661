#include "core/ui_dump.hpp"

#include <cmath>
#include <nlohmann/json.hpp>

namespace kiosk {

const char* screen_name(Screen screen) {
    switch (screen) {
        case Screen::attract:
            return "attract";
        case Screen::quiz:
            return "quiz";
        case Screen::results:
            return "results";
    }
    return "attract";
}

const char* overlay_name(Overlay overlay) {
    return overlay == Overlay::still_there ? "still_there" : "none";
}

std::string ui_dump_text(const KioskFlow& flow, int window_w, int window_h,
                         const std::vector<TouchTarget>& targets, const std::string& staff_stage) {
    nlohmann::ordered_json dump;
    const bool staff = !staff_stage.empty();
    dump["screen"] = staff ? "staff" : screen_name(flow.screen());
    if (staff) dump["staff"] = staff_stage;
    if (flow.overlay() != Overlay::none && !staff) dump["overlay"] = overlay_name(flow.overlay());
    dump["language"] = flow.language();
    dump["slide"] =
        flow.screen() == Screen::attract ? nlohmann::ordered_json(flow.slide().id) : nullptr;
    dump["question"] =
        flow.screen() == Screen::quiz ? nlohmann::ordered_json(flow.question().id) : nullptr;
    dump["window"] = {{"w", window_w}, {"h", window_h}};
    auto& list = dump["targets"] = nlohmann::ordered_json::array();
    for (const TouchTarget& t : targets) {
        nlohmann::ordered_json item{{"id", t.id()},
                                    {"label", t.label},
                                    {"x", std::lround(t.area.x)},
                                    {"y", std::lround(t.area.y)},
                                    {"w", std::lround(t.area.w)},
                                    {"h", std::lround(t.area.h)}};
        if (t.selected) item["selected"] = *t.selected;
        if (!t.enabled) item["enabled"] = false;
        list.push_back(item);
    }
    return dump.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) + "\n";
}

}  // namespace kiosk
