#include "core/ui_dump.hpp"

#include <cmath>
#include <cstdio>
#include <nlohmann/json.hpp>

#include "core/reach.hpp"

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
    switch (overlay) {
        case Overlay::still_there:
            return "still_there";
        case Overlay::accessibility:
            return "accessibility";
        case Overlay::none:
            break;
    }
    return "none";
}

// The preview's banner and list: the counts, the banner's line, the list's page and rows.
nlohmann::ordered_json preview_dump(const PreviewView& v) {
    nlohmann::ordered_json out{{"content", v.in_use ? "in_use" : "refused"},
                               {"errors", v.errors},
                               {"warnings", v.warnings},
                               {"diagnostics", v.errors + v.warnings}};
    out["banner"] =
        v.tone == PreviewTone::clean
            ? nlohmann::ordered_json(nullptr)
            : nlohmann::ordered_json(v.first + (v.more.empty() ? "" : " (" + v.more + ")"));
    out["chip"] = v.chip.empty() ? nlohmann::ordered_json(nullptr) : nlohmann::ordered_json(v.chip);
    out["list"] = v.list_open ? "open" : "closed";
    out["page"] = v.page;
    out["pages"] = v.pages;
    auto& rows = out["rows"] = nlohmann::ordered_json::array();
    for (const PreviewRow& r : v.rows)
        rows.push_back(r.place + ": " + (r.severity == Severity::error ? "error" : "warning") +
                       ": " + r.message);
    out["answer_path"] = v.answer_path;
    return out;
}

// A block of words: its role, size, box and colour ("#RRGGBB"), its opacity while below 1.
nlohmann::ordered_json text_dump(const TextBlock& t) {
    char colour[8];
    std::snprintf(colour, sizeof colour, "#%06X", static_cast<unsigned>(t.colour & 0xFFFFFFu));
    nlohmann::ordered_json item{
        {"role", role_name(t.role)}, {"size", std::round(t.size * 10.0) / 10.0},
        {"x", std::lround(t.box.x)}, {"y", std::lround(t.box.y)},
        {"w", std::lround(t.box.w)}, {"h", std::lround(t.box.h)},
        {"colour", colour},          {"text", t.words}};
    if (t.opacity < 1) item["opacity"] = std::round(t.opacity * 100.0) / 100.0;
    return item;
}

// The aids on for this visit, and the row above which a seated shopper cannot reach.
nlohmann::ordered_json accessibility_dump(const KioskFlow& flow, int window_w, int window_h) {
    return {{"aids", flow.aids().names()},
            {"reach_line",
             reach_line(flow.content().kiosk.panel, window_w, window_h, flow.aids().text_scale())}};
}

std::string ui_dump_text(const KioskFlow& flow, int window_w, int window_h,
                         const DrawnScreen& drawn, const std::string& staff_stage,
                         const PreviewView* preview, const Utterance* spoken) {
    nlohmann::ordered_json dump;
    const bool staff = !staff_stage.empty();
    dump["screen"] = staff ? "staff" : screen_name(flow.screen());
    if (staff) dump["staff"] = staff_stage;
    if (flow.overlay() != Overlay::none && !staff) {
        dump["overlay"] = overlay_name(flow.overlay());
    } else if (!flow.sheet_product().empty() && !staff) {
        dump["overlay"] = "product";
        dump["product"] = flow.sheet_product();
    }
    dump["language"] = flow.language();
    dump["slide"] =
        flow.screen() == Screen::attract ? nlohmann::ordered_json(flow.slide().id) : nullptr;
    dump["question"] =
        flow.screen() == Screen::quiz ? nlohmann::ordered_json(flow.question().id) : nullptr;
    if (flow.screen() == Screen::quiz)
        dump["progress"] = {{"step", flow.question_step()}, {"of", flow.question_total()}};
    if (!staff) dump["accessibility"] = accessibility_dump(flow, window_w, window_h);
    dump["speech"] =
        spoken ? nlohmann::ordered_json{{"language", spoken->language}, {"words", spoken->words}}
               : nlohmann::ordered_json(nullptr);
    dump["window"] = {{"w", window_w}, {"h", window_h}};
    if (preview) dump["preview"] = preview_dump(*preview);
    auto& list = dump["targets"] = nlohmann::ordered_json::array();
    for (const TouchTarget& t : drawn.targets) {
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
    auto& blocks = dump["texts"] = nlohmann::ordered_json::array();
    for (const TextBlock& t : drawn.texts) blocks.push_back(text_dump(t));
    // Words that did not fit their box even at the least size they may shrink to: cut or
    // running over on screen. Empty on every screen of content the fit check passes.
    auto& misfits = dump["misfits"] = nlohmann::ordered_json::array();
    for (const TextMisfit& m : drawn.misfits)
        misfits.push_back({{"text", m.texts.empty() ? std::string() : quoted_words(m.texts[0])},
                           {"needed", m.needed},
                           {"room", m.room},
                           {"in", m.measure == FitMeasure::lines ? "lines" : "pixels"}});
    auto& pictures = dump["pictures"] = nlohmann::ordered_json::array();
    for (const PictureBlock& p : drawn.pictures)
        pictures.push_back({{"image", p.image},
                            {"x", std::lround(p.area.x)},
                            {"y", std::lround(p.area.y)},
                            {"w", std::lround(p.area.w)},
                            {"h", std::lround(p.area.h)}});
    return dump.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) + "\n";
}

}  // namespace kiosk
