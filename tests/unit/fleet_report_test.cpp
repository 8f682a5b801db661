// The report over many kiosks (core/report.hpp, summarise_fleet): which kiosk each line is
// counted for, the figures --by kiosk, day and hour, how far shoppers got, the hours of the day.
#include <doctest/doctest.h>

#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "core/report.hpp"

using kiosk::EventSource;
using kiosk::FleetReport;
using kiosk::ReportBy;

namespace {

std::string event(const std::string& ts, const std::string& type, const std::string& more = "") {
    return R"({"ts":")" + ts + R"(","type":")" + type + "\"" + (more.empty() ? "" : "," + more) +
           "}";
}

std::string started(const std::string& ts, const std::string& session) {
    return event(ts, "session_started",
                 R"("session":")" + session + R"(","trigger":"start_button")");
}

std::string answered(const std::string& ts, const std::string& session, const std::string& q,
                     const std::string& a) {
    return event(
        ts, "question_answered",
        R"("session":")" + session + R"(","question":")" + q + R"(","answers":[")" + a + "\"]");
}

std::string completed(const std::string& ts, const std::string& session) {
    return event(ts, "quiz_completed",
                 R"("session":")" + session + R"(","recommended":["serum"],"answers":{})");
}

std::string ended(const std::string& ts, const std::string& session, const std::string& why) {
    return event(ts, "session_ended", R"("session":")" + session + R"(","reason":")" + why + "\"");
}

// Folder "north": events from before kiosk ids (counted for the folder's name), then an
// app_started that names the kiosk "leeds-1" in the shop "Leeds". Folder "south": one kiosk,
// "york-1", and the same session id "s1" as in north, which is another session.
std::vector<EventSource> fleet() {
    return {
        {"north",
         {started("2026-05-01T09:10:00.000Z", "s0"),
          ended("2026-05-01T09:11:00.000Z", "s0", "home"),
          event("2026-05-01T10:00:00.000Z", "app_started",
                R"("version":"1","content":"ab","kiosk":"leeds-1","shop":"Leeds")"),
          started("2026-05-01T10:05:00.000Z", "s1"),
          answered("2026-05-01T10:05:05.000Z", "s1", "concern", "redness"),
          answered("2026-05-01T10:05:09.000Z", "s1", "skin-type", "dry"),
          completed("2026-05-01T10:05:20.000Z", "s1"),
          ended("2026-05-01T10:06:00.000Z", "s1", "done"),
          "torn {\"ts\":", started("2026-05-02T23:59:50.000Z", "s2"),
          answered("2026-05-03T00:00:05.000Z", "s2", "concern", "dryness"),
          ended("2026-05-03T00:01:00.000Z", "s2", "idle_timeout")}},
        {"south",
         {event("2026-05-02T08:00:00.000Z", "app_started", R"("version":"1","kiosk":"york-1")"),
          started("2026-05-02T10:30:00.000Z", "s1"),
          answered("2026-05-02T10:30:04.000Z", "s1", "concern", "redness"),
          ended("2026-05-02T10:31:00.000Z", "s1", "home"), "not json"}},
    };
}

}  // namespace

TEST_CASE("fleet report: each line is counted for the kiosk its folder's app_started names") {
    const FleetReport f = kiosk::summarise_fleet(fleet(), {}, ReportBy::kiosk);
    CHECK(f.total.sessions == 4);
    CHECK(f.total.sessions_by_kiosk ==
          std::map<std::string, int>{{"north", 1}, {"leeds-1", 2}, {"york-1", 1}});
    CHECK(f.shops == std::map<std::string, std::string>{{"leeds-1", "Leeds"}});
    REQUIRE(f.groups.size() == 3);
    CHECK(f.groups.at("north").sessions == 1);
    CHECK(f.groups.at("leeds-1").quiz_completed == 1);
    CHECK(f.groups.at("leeds-1").idle_timeouts == 1);
    // The same session id at two kiosks is two sessions: york-1's s1 gave up after concern.
    CHECK(f.groups.at("york-1").dropped_after == std::map<std::string, int>{{"concern", 1}});
    CHECK(f.groups.at("leeds-1").dropped_after == std::map<std::string, int>{{"concern", 1}});
    CHECK(f.total.answers.at("concern") ==
          std::map<std::string, int>{{"dryness", 1}, {"redness", 2}});
}

TEST_CASE("fleet report: damaged lines are skipped and counted, for their kiosk too") {
    const FleetReport f = kiosk::summarise_fleet(fleet(), {}, ReportBy::kiosk);
    CHECK(f.total.skipped_lines == 2);
    CHECK(f.groups.at("leeds-1").skipped_lines == 1);
    CHECK(f.groups.at("york-1").skipped_lines == 1);
}

TEST_CASE("fleet report: by day, a session counts on the day it started") {
    const FleetReport f = kiosk::summarise_fleet(fleet(), {}, ReportBy::day);
    REQUIRE(f.groups.size() == 2);  // s2 ran past midnight: its answer stays on 2 May
    CHECK(f.groups.at("2026-05-01").sessions == 2);
    CHECK(f.groups.at("2026-05-02").sessions == 2);
    CHECK(f.groups.at("2026-05-02").answers.at("concern") ==
          std::map<std::string, int>{{"dryness", 1}, {"redness", 1}});
    CHECK(f.groups.at("2026-05-02").idle_timeouts == 1);
    CHECK(f.total.first_day == "2026-05-01");
    CHECK(f.total.last_day == "2026-05-03");
}

TEST_CASE("fleet report: by hour of the day") {
    const FleetReport f = kiosk::summarise_fleet(fleet(), {}, ReportBy::hour);
    CHECK(f.groups.at("09").sessions == 1);
    CHECK(f.groups.at("10").sessions == 2);
    CHECK(f.groups.at("10").quiz_completed == 1);
    CHECK(f.groups.at("23").sessions == 1);
    CHECK(f.groups.count("00") == 0);  // s2's later events stay in its hour
    std::array<int, 24> hours{};
    hours[9] = 1;
    hours[10] = 2;
    hours[23] = 1;
    CHECK(f.total.hours == hours);
}

TEST_CASE("fleet report: the funnel counts the sessions that answered each question") {
    const FleetReport f = kiosk::summarise_fleet(fleet(), {});
    const auto steps = kiosk::funnel(f.total);
    REQUIRE(steps.size() == 4);
    CHECK(steps[0].step == "started");
    CHECK(steps[0].sessions == 4);
    CHECK(steps[1].step == "concern");
    CHECK(steps[1].sessions == 3);  // leeds s1, s2, york s1
    CHECK(steps[2].step == "skin-type");
    CHECK(steps[2].sessions == 1);
    CHECK(steps[3].step == "completed");
    CHECK(steps[3].sessions == 1);
    CHECK(f.groups.empty());  // no --by: the totals only
}

TEST_CASE("fleet report: a question answered twice in a session is reached once") {
    const std::vector<EventSource> one = {{"k",
                                           {started("2026-05-01T10:00:00.000Z", "a"),
                                            answered("2026-05-01T10:00:01.000Z", "a", "q1", "x"),
                                            answered("2026-05-01T10:00:02.000Z", "a", "q2", "y"),
                                            answered("2026-05-01T10:00:03.000Z", "a", "q1", "z"),
                                            started("2026-05-01T11:00:00.000Z", "b"),
                                            answered("2026-05-01T11:00:01.000Z", "b", "q2", "y")}}};
    const auto steps = kiosk::funnel(kiosk::summarise_fleet(one, {}).total);
    REQUIRE(steps.size() == 4);
    CHECK(steps[1].step == "q2");  // most sessions first: q2 by a and b
    CHECK(steps[1].sessions == 2);
    CHECK(steps[2].step == "q1");
    CHECK(steps[2].sessions == 1);
}

TEST_CASE("fleet report: a kiosk with an empty events file is still a kiosk") {
    const FleetReport f = kiosk::summarise_fleet(
        {{"quiet", {}}, {"busy", {started("2026-05-01T10:00:00.000Z", "a")}}}, {});
    CHECK(f.total.sessions_by_kiosk == std::map<std::string, int>{{"busy", 1}, {"quiet", 0}});
}

TEST_CASE("fleet report: the JSON holds the groups, the funnel and the hours") {
    const auto out = nlohmann::json::parse(
        kiosk::report_as_json(kiosk::summarise_fleet(fleet(), {}, ReportBy::kiosk)));
    CHECK(out.at("by") == "kiosk");
    CHECK(out.at("kiosks") == 3);
    CHECK(out.at("groups").at("york-1").at("sessions") == 1);
    CHECK(out.at("funnel").at(1) == nlohmann::json{{"step", "concern"}, {"sessions", 3}});
    CHECK(out.at("hours").at(10) == 2);
    CHECK(out.at("shops").at("leeds-1") == "Leeds");
}

TEST_CASE("fleet report: text and CSV name each group") {
    const FleetReport f = kiosk::summarise_fleet(fleet(), {}, ReportBy::kiosk);
    const std::string text = kiosk::report_as_text(f);
    CHECK(text.find("== kiosk leeds-1 (Leeds)") != std::string::npos);
    CHECK(text.find("Sessions by hour of the day (UTC):\n  09:00: 1\n  10:00: 2\n") !=
          std::string::npos);
    const std::string csv = kiosk::report_as_csv(f);
    CHECK(csv.find("kiosk:york-1:total,sessions,,1\n") != std::string::npos);
    CHECK(csv.find("funnel,concern,,3\n") != std::string::npos);
}

TEST_CASE("fleet report: the funnel follows the quiz's order when given") {
    const FleetReport f = kiosk::summarise_fleet(fleet(), {});
    const auto steps = kiosk::funnel(f.total, {"skin-type", "unasked", "concern"});
    REQUIRE(steps.size() == 4);
    CHECK(steps[1].step == "skin-type");
    CHECK(steps[1].sessions == 1);
    CHECK(steps[2].step == "concern");  // a question nobody answered has no step
    CHECK(steps[3].step == "completed");
}
