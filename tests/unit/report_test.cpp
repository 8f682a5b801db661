// The shop owner's summary of events.jsonl (interfaces.md, "Events"; --report).
#include "core/report.hpp"

#include <doctest/doctest.h>

#include <map>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

using kiosk::Report;
using kiosk::ReportFilter;
using json = nlohmann::json;

namespace {

// Two days of events. On 2026-03-01: three slide views, session s1 (changes its concern answer
// from breakouts to dryness by going back, completes), session s2 (gives up: idle timeout), and a
// demo session s3. A corrupt line. On 2026-03-02: session s4 (completes, restarts) and a slide
// view. The last line is torn.
const std::vector<std::string> lines = {
    R"({"ts":"2026-03-01T09:00:00.000Z","type":"app_started","version":"0.1.0","content":"0123456789abcdef"})",
    R"({"ts":"2026-03-01T10:00:08.000Z","type":"slide_viewed","slide":"gut","seconds":8})",
    R"({"ts":"2026-03-01T10:00:12.000Z","type":"slide_viewed","slide":"gut","seconds":4})",
    R"({"ts":"2026-03-01T10:00:17.000Z","type":"slide_viewed","slide":"balance","seconds":5})",
    R"({"ts":"2026-03-01T10:01:00.000Z","type":"session_started","session":"s1","trigger":"start_button"})",
    R"({"ts":"2026-03-01T10:01:03.000Z","type":"question_answered","session":"s1","question":"concern","answers":["breakouts"]})",
    R"({"ts":"2026-03-01T10:01:06.000Z","type":"question_answered","session":"s1","question":"fermented","answers":["kimchi","yogurt"]})",
    R"({"ts":"2026-03-01T10:01:09.000Z","type":"question_answered","session":"s1","question":"concern","answers":["dryness"]})",
    R"({"ts":"2026-03-01T10:01:12.000Z","type":"question_answered","session":"s1","question":"skin-feel","answers":["shiny"]})",
    R"({"ts":"2026-03-01T10:01:12.300Z","type":"quiz_completed","session":"s1","answers":{"concern":["dryness"],"skin-feel":["shiny"]},"recommended":["cream","cleanser"],"tips":["hydrate"],"fallback":false})",
    R"({"ts":"2026-03-01T10:02:12.000Z","type":"session_ended","session":"s1","reason":"done","aids":["high_contrast","more_time"]})",
    R"({"ts":"2026-03-01T11:00:00.000Z","type":"session_started","session":"s2","trigger":"start_button"})",
    R"({"ts":"2026-03-01T11:00:04.000Z","type":"question_answered","session":"s2","question":"concern","answers":["breakouts"]})",
    R"({"ts":"2026-03-01T11:00:44.000Z","type":"session_ended","session":"s2","reason":"idle_timeout","aids":["more_time","read_aloud"]})",
    R"({"ts":"2026-03-01T12:00:00.000Z","type":"slide_viewed","slide":"gut","seconds":2,"demo":true})",
    R"({"ts":"2026-03-01T12:00:02.000Z","type":"session_started","session":"s3","demo":true,"trigger":"start_button"})",
    R"({"ts":"2026-03-01T12:00:05.000Z","type":"question_answered","session":"s3","demo":true,"question":"concern","answers":["redness"]})",
    R"({"ts":"2026-03-01T12:00:09.000Z","type":"quiz_completed","session":"s3","demo":true,"answers":{"concern":["redness"]},"recommended":["calm-serum"],"tips":[],"fallback":false})",
    R"({"ts":"2026-03-01T12:00:30.000Z","type":"session_ended","session":"s3","demo":true,"reason":"idle_timeout","aids":["high_contrast"]})",
    "this is not json at all",
    "",
    R"({"ts":"2026-03-02T08:00:00.000Z","type":"session_started","session":"s4","trigger":"start_button"})",
    R"({"ts":"2026-03-02T08:00:03.000Z","type":"question_answered","session":"s4","question":"concern","answers":["redness"]})",
    R"({"ts":"2026-03-02T08:00:09.000Z","type":"quiz_completed","session":"s4","answers":{"concern":["redness"]},"recommended":["calm-serum","cleanser"],"tips":[],"fallback":false})",
    R"({"ts":"2026-03-02T08:00:20.000Z","type":"session_ended","session":"s4","reason":"restart"})",
    R"({"ts":"2026-03-02T08:05:00.000Z","type":"slide_viewed","slide":"habits","seconds":9})",
    R"({"ts":"2026-03-02T08:06:00.000Z","type":"session_sta)",
};

bool contains(const std::string& text, const std::string& part) {
    return text.find(part) != std::string::npos;
}

}  // namespace

TEST_CASE("report: sessions, completions, idle timeouts without demo events") {
    const Report r = kiosk::summarise_events(lines, {});
    CHECK(r.sessions == 3);  // s1, s2, s4 (s3 is demo)
    CHECK(r.quiz_started == 3);
    CHECK(r.quiz_completed == 2);  // s1, s4
    CHECK(r.idle_timeouts == 1);   // s2 (s3's is demo)
    CHECK(r.completion_rate() == doctest::Approx(2.0 / 3.0));
    CHECK(r.skipped_lines ==
          2);  // the corrupt line and the torn last line; the empty one is no event
}

TEST_CASE("report: answers count the last answer per question per session") {
    const Report r = kiosk::summarise_events(lines, {});
    // s1 answered concern twice: only dryness (the last) counts. s2 breakouts, s4 redness.
    const std::map<std::string, std::map<std::string, int>> expected{
        {"concern", {{"breakouts", 1}, {"dryness", 1}, {"redness", 1}}},
        {"fermented", {{"kimchi", 1}, {"yogurt", 1}}},
        {"skin-feel", {{"shiny", 1}}}};
    CHECK(r.answers == expected);
    // s2 ended without completing after concern.
    CHECK(r.dropped_after == std::map<std::string, int>{{"concern", 1}});
}

TEST_CASE("report: recommended products and slides") {
    const Report r = kiosk::summarise_events(lines, {});
    // s1: cream, cleanser; s4: calm-serum, cleanser.
    CHECK(r.recommended ==
          std::map<std::string, int>{{"calm-serum", 1}, {"cleanser", 2}, {"cream", 1}});
    REQUIRE(r.slides.size() == 3);
    CHECK(r.slides.at("gut").views == 2);  // 8 s and 4 s (the 2 s view is demo)
    CHECK(r.slides.at("gut").seconds == doctest::Approx(6));
    CHECK(r.slides.at("balance").views == 1);
    CHECK(r.slides.at("balance").seconds == doctest::Approx(5));
    CHECK(r.slides.at("habits").views == 1);
    CHECK(r.slides.at("habits").seconds == doctest::Approx(9));
}

TEST_CASE("report: include_demo counts the demo events too") {
    const Report r = kiosk::summarise_events(lines, ReportFilter{"", true});
    CHECK(r.sessions == 4);
    CHECK(r.quiz_completed == 3);
    CHECK(r.idle_timeouts == 2);
    CHECK(r.answers.at("concern").at("redness") == 2);  // s3 and s4
    CHECK(r.recommended.at("calm-serum") == 2);
    CHECK(r.slides.at("gut").views == 3);
    CHECK(r.slides.at("gut").seconds == doctest::Approx(14.0 / 3.0));  // (8 + 4 + 2) / 3
}

TEST_CASE("report: --since keeps events from that day on") {
    const Report r = kiosk::summarise_events(lines, ReportFilter{"2026-03-02", false});
    CHECK(r.sessions == 1);  // s4
    CHECK(r.quiz_completed == 1);
    CHECK(r.idle_timeouts == 0);
    CHECK(r.answers ==
          std::map<std::string, std::map<std::string, int>>{{"concern", {{"redness", 1}}}});
    CHECK(r.recommended == std::map<std::string, int>{{"calm-serum", 1}, {"cleanser", 1}});
    REQUIRE(r.slides.size() == 1);
    CHECK(r.slides.at("habits").views == 1);
    CHECK(r.skipped_lines == 2);  // damaged lines are counted whatever their day

    // A day after everything: nothing.
    const Report none = kiosk::summarise_events(lines, ReportFilter{"2026-03-03", false});
    CHECK(none.sessions == 0);
    CHECK(none.recommended.empty());
}

TEST_CASE("report: other kinds of damaged lines are skipped, the rest kept") {
    const std::vector<std::string> damaged = {
        R"([1, 2, 3])",                                 // JSON, but no object
        R"({"type":"session_started","session":"x"})",  // no ts
        R"({"ts":"2026-03-01T10:00:00.000Z"})",         // no type
        R"({"ts":"2026-03-01T10:00:00.000Z","type":"session_started","session":"a","trigger":"start_button"})",
        R"({"ts":"2026-03-01T10:00:00.000Z","type":"session_ended","session":"a","reason":"idle_timeout"})",
        R"({"ts":"2026-03-01T10:00:00.000Z","type":"quiz_compl)",
    };
    const Report r = kiosk::summarise_events(damaged, {});
    CHECK(r.skipped_lines == 4);
    CHECK(r.sessions == 1);
    CHECK(r.idle_timeouts == 1);
    CHECK(r.quiz_completed == 0);
}

TEST_CASE("report: the JSON output parses back to the figures") {
    const json out = json::parse(kiosk::report_as_json(kiosk::summarise_events(lines, {})));
    CHECK(out.at("sessions") == 3);
    CHECK(out.at("quiz_started") == 3);
    CHECK(out.at("quiz_completed") == 2);
    CHECK(out.at("idle_timeouts") == 1);
    CHECK(out.at("answers") == json{{"concern", {{"breakouts", 1}, {"dryness", 1}, {"redness", 1}}},
                                    {"fermented", {{"kimchi", 1}, {"yogurt", 1}}},
                                    {"skin-feel", {{"shiny", 1}}}});
    CHECK(out.at("recommended") == json{{"calm-serum", 1}, {"cleanser", 2}, {"cream", 1}});
    CHECK(out.at("aids") ==
          json{{"high_contrast", 1}, {"more_time", 2}, {"read_aloud", 1}});  // not the demo's
    const json& slides = out.at("slides");
    CHECK(slides.size() == 3);
    CHECK(slides.at("gut").at("views") == 2);
    CHECK(slides.at("gut").at("seconds").get<double>() == doctest::Approx(6));
    CHECK(slides.at("balance").at("views") == 1);
    CHECK(slides.at("habits").at("seconds").get<double>() == doctest::Approx(9));
    CHECK(out.at("skipped_lines") == 2);
    CHECK(out.at("completion_rate").get<double>() == doctest::Approx(0.667));

    // With the demo events the average of gut is 14 / 3 = 4.67, rounded to 4.7.
    const json demo =
        json::parse(kiosk::report_as_json(kiosk::summarise_events(lines, {"", true})));
    CHECK(demo.at("slides").at("gut").at("seconds").get<double>() == doctest::Approx(4.7));
    CHECK(demo.at("sessions") == 4);
}

TEST_CASE("report: the JSON output of no events is complete and empty") {
    const json out = json::parse(kiosk::report_as_json(kiosk::summarise_events({}, {})));
    CHECK(out.at("sessions") == 0);
    CHECK(out.at("quiz_completed") == 0);
    CHECK(out.at("answers").empty());
    CHECK(out.at("recommended").empty());
    CHECK(out.at("aids").empty());
    CHECK(out.at("slides").empty());
}

TEST_CASE("report: the CSV output holds the figures") {
    const std::string csv = kiosk::report_as_csv(kiosk::summarise_events(lines, {}));
    CHECK(csv.rfind("section,key,subkey,value\n", 0) == 0);
    CHECK(contains(csv, "total,sessions,,3\n"));
    CHECK(contains(csv, "total,quiz_started,,3\n"));
    CHECK(contains(csv, "total,quiz_completed,,2\n"));
    CHECK(contains(csv, "total,idle_timeouts,,1\n"));
    CHECK(contains(csv, "answers,concern,dryness,1\n"));
    CHECK(contains(csv, "answers,fermented,yogurt,1\n"));
    CHECK(contains(csv, "recommended,cleanser,,2\n"));
    CHECK(contains(csv, "aids,more_time,,2\n"));
    CHECK(contains(csv, "slides,gut,views,2\n"));
    CHECK(contains(csv, "slides,gut,seconds,6.0\n"));
    CHECK(contains(csv, "slides,habits,seconds,9.0\n"));
}

TEST_CASE("report: the text output holds the figures") {
    const std::string text = kiosk::report_as_text(kiosk::summarise_events(lines, {}));
    auto line_with = [&](const std::string& start) {
        auto at = text.find(start);
        REQUIRE(at != std::string::npos);
        return text.substr(at, text.find('\n', at) - at);
    };
    CHECK(contains(line_with("Shopper sessions:"), "3"));
    CHECK(contains(line_with("Quiz completed:"), "2"));
    CHECK(contains(line_with("Quiz completed:"), "66.7%"));  // 2 of 3
    CHECK(contains(line_with("Idle timeouts:"), "1"));
    CHECK(contains(line_with("Accessibility"), "sessions that turned each on"));
    CHECK(contains(line_with("  more_time:"), "2"));
    CHECK(contains(line_with("    dryness:"), "1"));
    CHECK(contains(line_with("  cleanser:"), "2"));
    CHECK(contains(line_with("  gut:"), "2, 6.0 s"));
    CHECK(contains(text, "Skipped 2"));
}

TEST_CASE("report: events dropped while the disk was full are counted, in every format") {
    const std::vector<std::string> lines{
        R"({"ts":"2024-05-01T10:00:00.000Z","type":"app_started","version":"1","content":"x"})",
        R"({"ts":"2024-05-01T10:05:00.000Z","type":"events_dropped","count":40})",
        R"({"ts":"2024-05-02T10:05:00.000Z","type":"events_dropped","count":2})",
        R"({"ts":"2024-05-02T10:06:00.000Z","type":"events_dropped","count":"many"})",
    };
    const kiosk::Report r = kiosk::summarise_events(lines, {});
    CHECK(r.events_dropped == 42);  // a count that is not a number is not added
    CHECK(json::parse(kiosk::report_as_json(r)).at("events_dropped") == 42);
    CHECK(kiosk::report_as_text(r).find("42 event(s) were dropped") != std::string::npos);
    CHECK(kiosk::report_as_csv(r).find("total,events_dropped,,42") != std::string::npos);
    CHECK(kiosk::summarise_events(lines, {"2024-05-02", false}).events_dropped == 2);
}
