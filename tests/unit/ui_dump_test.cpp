// The UI dump (interfaces.md, "UI dump"): screen, overlay, language, slide, question, window and
// touch targets, as JSON.
#include "core/ui_dump.hpp"

#include <doctest/doctest.h>

#include <memory>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "sample_content.hpp"
#include "shopper_actions.hpp"

using kiosk::KioskFlow;
using kiosk::Rect;
using kiosk::TouchTarget;
using kiosk::test::act;
using kiosk::test::K;
using json = nlohmann::json;

namespace {

KioskFlow make_flow() {
    return KioskFlow(kiosk::sample::shared(), 0.0, [] { return std::string("s1"); });
}

json dump_of(const KioskFlow& flow, int w, int h, const std::vector<TouchTarget>& targets) {
    const std::string text = kiosk::ui_dump_text(flow, w, h, {.targets = targets});
    CHECK(text.back() == '\n');
    return json::parse(text);
}

}  // namespace

TEST_CASE("ui_dump: screen and overlay names") {
    CHECK(std::string(kiosk::screen_name(kiosk::Screen::attract)) == "attract");
    CHECK(std::string(kiosk::screen_name(kiosk::Screen::quiz)) == "quiz");
    CHECK(std::string(kiosk::screen_name(kiosk::Screen::results)) == "results");
    CHECK(std::string(kiosk::overlay_name(kiosk::Overlay::still_there)) == "still_there");
}

TEST_CASE("ui_dump: the attract loop with its targets, coordinates rounded to whole pixels") {
    KioskFlow flow = make_flow();
    const std::vector<TouchTarget> targets = {
        {.action = kiosk::shopper::StartQuiz{},
         .label = "Find my routine",
         .area = {1480.4f, 899.6f, 360.0f, 120.49f}},
        {.action = kiosk::shopper::ChooseLanguage{"en"},
         .label = "English",
         .area = {40, 980, 200, 80}},
        {.action = kiosk::shopper::ChooseLanguage{"id"},
         .label = "Bahasa Indonesia",
         .area = {260, 980, 300, 80}},
    };
    const json dump = dump_of(flow, 1920, 1080, targets);
    const json expected = {
        {"screen", "attract"},
        {"language", "en"},
        {"slide", "gut"},
        {"question", nullptr},
        {"accessibility",
         {{"aids", json::array()}, {"reach_line", 237}}},  // the lower half, grown to 78% of 1080
        {"speech", nullptr},
        {"window", {{"w", 1920}, {"h", 1080}}},
        {"targets",
         {{{"id", "start_quiz"},
           {"label", "Find my routine"},
           {"x", 1480},
           {"y", 900},
           {"w", 360},
           {"h", 120}},
          {{"id", "lang:en"}, {"label", "English"}, {"x", 40}, {"y", 980}, {"w", 200}, {"h", 80}},
          {{"id", "lang:id"},
           {"label", "Bahasa Indonesia"},
           {"x", 260},
           {"y", 980},
           {"w", 300},
           {"h", 80}}}},
        {"texts", json::array()},
        {"misfits", json::array()},
        {"pictures", json::array()}};
    CHECK(dump == expected);
    CHECK_FALSE(dump.contains("overlay"));

    // The slide and language follow the flow.
    act(flow, K::next_slide, 1);
    act(flow, K::choose_language, 2, "id");
    const json later = dump_of(flow, 1080, 1920, {});
    CHECK(later.at("slide") == "balance");
    CHECK(later.at("language") == "id");
    CHECK(later.at("window") == json{{"w", 1080}, {"h", 1920}});
    CHECK(later.at("targets") == json::array());
}

TEST_CASE("ui_dump: the quiz names the question; selected and disabled targets say so") {
    KioskFlow flow = make_flow();
    CHECK_FALSE(dump_of(flow, 1920, 1080, {}).contains("progress"));  // the quiz's only
    act(flow, K::start_quiz, 1);
    CHECK(dump_of(flow, 1920, 1080, {}).at("progress") == json{{"step", 1}, {"of", 4}});
    const std::vector<TouchTarget> targets = {
        {.action = kiosk::shopper::Answer{"concern", "breakouts"},
         .label = "Breakouts",
         .area = {100, 300, 400, 300},
         .selected = true},
        {.action = kiosk::shopper::Answer{"concern", "dryness"},
         .label = "Dryness",
         .area = {560, 300, 400, 300},
         .selected = false},
        {.action = kiosk::shopper::Next{},
         .label = "Next",
         .area = {1600, 950, 240, 100},
         .enabled = false},
    };
    const json dump = dump_of(flow, 1920, 1080, targets);
    CHECK(dump.at("screen") == "quiz");
    CHECK(dump.at("question") == "concern");
    CHECK(dump.at("slide") == nullptr);
    CHECK_FALSE(dump.contains("overlay"));
    const json& list = dump.at("targets");
    REQUIRE(list.size() == 3);
    CHECK(list[0].at("id") == "answer:concern:breakouts");
    CHECK(list[0].at("selected") == true);
    CHECK_FALSE(list[0].contains("enabled"));
    CHECK(list[1].at("selected") == false);
    CHECK_FALSE(list[2].contains("selected"));
    CHECK(list[2].at("enabled") == false);
}

TEST_CASE("ui_dump: the Still there? overlay is named") {
    KioskFlow flow = make_flow();
    act(flow, K::start_quiz, 1);
    flow.advance(31);  // idle timeout 30 s after the touch at 1
    REQUIRE(flow.overlay() == kiosk::Overlay::still_there);
    const json dump = dump_of(flow, 1920, 1080, {});
    CHECK(dump.at("screen") == "quiz");
    CHECK(dump.at("overlay") == "still_there");
    CHECK(dump.at("question") == "concern");
}

TEST_CASE("ui_dump: the results have neither slide nor question") {
    KioskFlow flow = make_flow();
    act(flow, K::start_quiz, 1);
    act(flow, K::answer, 2, "dryness");
    flow.advance(2.25);
    act(flow, K::answer, 3, "fine");
    flow.advance(3.25);
    REQUIRE(flow.screen() == kiosk::Screen::results);
    const json dump = dump_of(flow, 1920, 1080, {});
    CHECK(dump.at("screen") == "results");
    CHECK(dump.at("slide") == nullptr);
    CHECK(dump.at("question") == nullptr);
}

TEST_CASE("ui_dump: the preview's banner and list, only with --preview") {
    KioskFlow flow = make_flow();
    CHECK_FALSE(dump_of(flow, 1280, 800, {}).contains("preview"));
    kiosk::Preview p;
    p.note_check({{.file = "c/quiz.json",
                   .line = 10,
                   .column = 41,
                   .severity = kiosk::Severity::error,
                   .message = "a comma before '}' is not allowed in JSON",
                   .pointer = ""},
                  {.file = "c/kiosk.json",
                   .line = 2,
                   .column = 1,
                   .severity = kiosk::Severity::warning,
                   .message = "unknown key",
                   .pointer = "/x"}},
                 false, "10:00:00");
    auto view = kiosk::preview_view(p, flow, 5);
    json d = json::parse(kiosk::ui_dump_text(flow, 1280, 800, {}, {}, &view));
    REQUIRE(d.contains("preview"));
    const json& banner = d["preview"];
    CHECK(banner["content"] == "refused");
    CHECK(banner["errors"] == 1);
    CHECK(banner["warnings"] == 1);
    CHECK(banner["diagnostics"] == 2);
    CHECK(banner["banner"] ==
          "quiz.json:10:41: error: a comma before '}' is not allowed in JSON (+1 more)");
    CHECK(banner["chip"].is_null());
    CHECK(banner["list"] == "closed");
    CHECK(banner["rows"] == json::array());
    p.take(kiosk::preview::OpenList{}, 5);
    view = kiosk::preview_view(p, flow, 5);
    d = json::parse(kiosk::ui_dump_text(flow, 1280, 800, {}, {}, &view));
    CHECK(d["preview"]["list"] == "open");
    CHECK(d["preview"]["page"] == 1);
    CHECK(d["preview"]["pages"] == 1);
    CHECK(d["preview"]["rows"] ==
          json{"quiz.json:10:41: error: a comma before '}' is not allowed in JSON",
               "kiosk.json:2:1: warning: unknown key"});
    p.note_check({}, true, "10:01:00");
    view = kiosk::preview_view(p, flow, 5);
    d = json::parse(kiosk::ui_dump_text(flow, 1280, 800, {}, {}, &view));
    CHECK(d["preview"]["banner"].is_null());
    CHECK(d["preview"]["chip"] == "Content OK \xC2\xB7 checked 10:01:00");
    CHECK(d["preview"]["content"] == "in_use");
}

TEST_CASE("ui_dump: every block of words with its role, size, box, colour and opacity") {
    KioskFlow flow = make_flow();
    const std::vector<kiosk::TextBlock> texts = {
        {.role = kiosk::TextRole::title,
         .size = 64.8f,
         .box = {54.4f, 120.5f, 900, 77.6f},
         .colour = 0x23332B,
         .words = "Your gut and skin are linked"},
        {.role = kiosk::TextRole::price,
         .size = 32.44f,
         .box = {10, 20, 30, 40},
         .colour = 0xA0502E},
        {.role = kiosk::TextRole::label,
         .size = 24,
         .box = {0, 0, 100, 30},
         .colour = 0x0000FF,
         .opacity = 0.454f},
    };
    const json d = json::parse(kiosk::ui_dump_text(
        flow, 1920, 1080,
        {.texts = texts, .pictures = {{"brand/map.png", {10.4f, 20, 300, 200.6f}}}}));
    REQUIRE(d.at("texts").size() == 3);
    CHECK(d["texts"][0] == json{{"role", "title"},
                                {"size", 64.8},
                                {"x", 54},
                                {"y", 121},
                                {"w", 900},
                                {"h", 78},
                                {"colour", "#23332B"},
                                {"text", "Your gut and skin are linked"}});
    CHECK(d["texts"][1]["role"] == "price");
    CHECK(d["texts"][1]["size"] == doctest::Approx(32.4));
    CHECK(d["texts"][1]["colour"] == "#A0502E");
    CHECK_FALSE(d["texts"][1].contains("opacity"));  // only while below 1
    CHECK(d["texts"][2]["colour"] == "#0000FF");
    CHECK(d["texts"][2]["opacity"] == doctest::Approx(0.45));
    for (auto role : {kiosk::TextRole::heading, kiosk::TextRole::body, kiosk::TextRole::why,
                      kiosk::TextRole::fine, kiosk::TextRole::staff})
        CHECK(std::string(kiosk::role_name(role)).size() > 2);
    CHECK(std::string(kiosk::role_name(kiosk::TextRole::why)) == "why");
    CHECK(std::string(kiosk::role_name(kiosk::TextRole::fine)) == "fine");
    CHECK(d.at("pictures") ==
          json::array(
              {json{{"image", "brand/map.png"}, {"x", 10}, {"y", 20}, {"w", 300}, {"h", 201}}}));
}

TEST_CASE("ui_dump: words that did not fit their box, quoted, with what they needed") {
    KioskFlow flow = make_flow();
    kiosk::DrawnScreen drawn;
    drawn.misfits.push_back({.texts = {"Eat for your skin", "Give your gut friendly bacteria"},
                             .measure = kiosk::FitMeasure::pixels,
                             .needed = 288,
                             .room = 257,
                             .cut_word = {}});
    drawn.misfits.push_back({.texts = {std::string(200, 'a')},
                             .measure = kiosk::FitMeasure::lines,
                             .needed = 3,
                             .room = 2,
                             .cut_word = {}});
    const json dump = json::parse(kiosk::ui_dump_text(flow, 1920, 1080, drawn));
    REQUIRE(dump["misfits"].size() == 2);
    CHECK(dump["misfits"][0] ==
          json{{"text", "Eat for your skin"}, {"needed", 288}, {"room", 257}, {"in", "pixels"}});
    CHECK(dump["misfits"][1]["in"] == "lines");
    CHECK(dump["misfits"][1]["needed"] == 3);
    // A long text is quoted short, as the fit check's messages quote it.
    CHECK(dump["misfits"][1]["text"].get<std::string>().size() < 100);
}
