// The report's page (core/report_html.hpp): its title, headline figures, charts, the shop's
// colours, and staff-written ids made safe.
#include "core/report_html.hpp"

#include <doctest/doctest.h>

#include <string>
#include <vector>

using kiosk::EventSource;
using kiosk::FleetReport;
using kiosk::ReportBy;

namespace {

bool contains(const std::string& text, const std::string& part) {
    return text.find(part) != std::string::npos;
}

// Two kiosks, one with a shop name full of markup: three sessions, two completed.
FleetReport two_kiosks() {
    const std::vector<EventSource> sources = {
        {"a",
         {R"({"ts":"2026-05-01T09:00:00.000Z","type":"app_started","kiosk":"k<1>","shop":"Fish & <Chips>"})",
          R"({"ts":"2026-05-01T09:01:00.000Z","type":"session_started","session":"s"})",
          R"({"ts":"2026-05-01T09:01:05.000Z","type":"question_answered","session":"s","question":"concern","answers":["redness"]})",
          R"({"ts":"2026-05-01T09:01:09.000Z","type":"quiz_completed","session":"s","recommended":["serum"]})",
          R"({"ts":"2026-05-01T09:05:00.000Z","type":"slide_viewed","slide":"gut","seconds":6.5})"}},
        {"b",
         {R"({"ts":"2026-05-03T14:00:00.000Z","type":"session_started","session":"s"})",
          R"({"ts":"2026-05-03T14:00:05.000Z","type":"quiz_completed","session":"s","recommended":["serum","soap"]})",
          R"({"ts":"2026-05-03T15:00:00.000Z","type":"session_started","session":"t"})",
          "damaged"}},
    };
    return kiosk::summarise_fleet(sources, {}, ReportBy::kiosk);
}

}  // namespace

TEST_CASE("report page: the title names the shops and the days covered") {
    const std::string page = kiosk::report_as_html(two_kiosks(), {});
    CHECK(contains(page,
                   "<title>Kiosk report: Fish &amp; &lt;Chips&gt;, 1\xE2\x80\x93"
                   "3 May 2026</title>"));
    CHECK(kiosk::period_name("2026-04-28", "2026-05-03") == "28 Apr \xE2\x80\x93 3 May 2026");
    CHECK(kiosk::period_name("2026-05-03", "2026-05-03") == "3 May 2026");
    CHECK(kiosk::period_name("", "") == "");
}

TEST_CASE("report page: headline figures") {
    const std::string page = kiosk::report_as_html(two_kiosks(), {});
    CHECK(contains(page, R"(data-figure="sessions" data-value="3")"));
    CHECK(contains(page, R"(data-figure="completed" data-value="2")"));
    CHECK(contains(page, R"(data-figure="completion_rate" data-value="0.667")"));
    CHECK(contains(page, R"(data-figure="kiosks" data-value="2")"));
    CHECK(contains(page, R"(data-figure="skipped_lines" data-value="1")"));
    CHECK(contains(page, ">67%<"));
}

TEST_CASE("report page: every chart, no script, nothing fetched") {
    const std::string page = kiosk::report_as_html(two_kiosks(), {});
    for (const char* chart :
         {"funnel", "kiosks", "hours", "recommended", "slides", "answers:concern"}) {
        CAPTURE(chart);
        CHECK(contains(page, std::string("data-chart=\"") + chart + "\""));
    }
    CHECK(contains(page, R"(<tr data-group="b" data-sessions="2" data-completed="1">)"));
    CHECK_FALSE(contains(page, "<script"));
    CHECK_FALSE(contains(page, "http://www.w3.org/1999"));  // no link beyond the SVG namespace
    CHECK_FALSE(contains(page, "src="));
    CHECK_FALSE(contains(page, "url("));
}

TEST_CASE("report page: ids from events are escaped wherever they show") {
    const std::string page = kiosk::report_as_html(two_kiosks(), {});
    CHECK_FALSE(contains(page, "k<1>"));
    CHECK_FALSE(contains(page, "<Chips>"));
    CHECK(contains(page, R"(data-key="k&lt;1&gt;")"));
    CHECK(contains(page, "Fish &amp; &lt;Chips&gt; \xC2\xB7 k&lt;1&gt;</td>"));
}

TEST_CASE("report page: the shop's words and colours") {
    kiosk::ReportPage look;
    look.theme.accent = {0x11 / 255.f, 0x22 / 255.f, 0x88 / 255.f};
    look.names.products["serum"] = "Barrier Repair Serum";
    look.names.questions["concern"] = "What would you most like to improve?";
    look.names.answers[{"concern", "redness"}] = "Redness";
    const std::string page = kiosk::report_as_html(two_kiosks(), look);
    CHECK(contains(page, "fill=\"#112288\""));
    CHECK(contains(page, ">Barrier Repair Serum</text>"));
    CHECK(contains(page, "<h2>What would you most like to improve?</h2>"));
    CHECK(contains(page, ">Redness</text>"));
    CHECK(contains(page, R"(data-key="serum" data-value="2")"));
}

TEST_CASE("report page: the funnel in the quiz's order, each question numbered") {
    kiosk::ReportPage look;
    look.names.questions = {{"concern", "What would you most like to improve?"}, {"skin", "Skin?"}};
    look.names.question_order = {"skin", "concern"};
    const std::string page = kiosk::report_as_html(two_kiosks(), look);
    CHECK(contains(page, "Q2 \xC2\xB7 What would you most like to improve?"));
    const auto started = page.find(R"(data-key="started")");
    const auto concern = page.find(R"(data-key="concern" data-value="1")");
    const auto completed = page.find(R"(data-key="completed" data-value="2")");
    CHECK(started < concern);
    CHECK(concern < completed);
    CHECK(completed != std::string::npos);
}
