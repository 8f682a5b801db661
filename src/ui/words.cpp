#include "ui/words.hpp"

#include <map>

namespace kiosk::ui {
namespace {

const std::map<std::string, std::string>& defaults() {
    static const std::map<std::string, std::string> all{
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
    };
    return all;
}

}  // namespace

std::string word(const KioskFlow& flow, const std::string& key) {
    const auto& strings = flow.content().kiosk.strings;
    if (strings.find(key) == strings.end())
        if (auto it = defaults().find(key); it != defaults().end()) return it->second;
    return flow.content().string(key, flow.language());
}

std::string text(const KioskFlow& flow, const Text& t) {
    return flow.content().text(t, flow.language());
}

}  // namespace kiosk::ui
