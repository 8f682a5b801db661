// Lines of events.jsonl (interfaces.md, "Events"): ts in UTC ISO 8601 with milliseconds, type,
// session inside a shopper session, demo for --demo (and preview for --preview), then the
// fields.
#include "core/event.hpp"

#include <doctest/doctest.h>

#include <nlohmann/json.hpp>
#include <string>

using kiosk::Event;
using json = nlohmann::json;

TEST_CASE("event: iso_utc formats Unix milliseconds as UTC with milliseconds") {
    CHECK(kiosk::iso_utc(0) == "1970-01-01T00:00:00.000Z");
    // 1 700 000 000 s is 2023-11-14 22:13:20 UTC.
    CHECK(kiosk::iso_utc(1700000000000LL) == "2023-11-14T22:13:20.000Z");
    CHECK(kiosk::iso_utc(1700000000123LL) == "2023-11-14T22:13:20.123Z");
    CHECK(kiosk::iso_utc(1700000000007LL) == "2023-11-14T22:13:20.007Z");  // padded to 3 digits
    // 1 709 210 096 s is 2024-02-29 12:34:56 UTC (a leap day).
    CHECK(kiosk::iso_utc(1709210096789LL) == "2024-02-29T12:34:56.789Z");
    // The last millisecond of 1999: 946 684 800 s is 2000-01-01 00:00:00.
    CHECK(kiosk::iso_utc(946684799999LL) == "1999-12-31T23:59:59.999Z");
}

TEST_CASE("event: a line outside a session has ts, type and the fields, no session, no demo") {
    const Event e{"app_started", json{{"version", "0.1.0"}, {"content", "0123456789abcdef"}}, ""};
    const std::string line = kiosk::event_line(e, 1700000000123LL, kiosk::EventOrigin::shop);
    CHECK(line.find('\n') == std::string::npos);
    const json parsed = json::parse(line);
    CHECK(parsed == json{{"ts", "2023-11-14T22:13:20.123Z"},
                         {"type", "app_started"},
                         {"version", "0.1.0"},
                         {"content", "0123456789abcdef"}});
    CHECK_FALSE(parsed.contains("session"));
    CHECK_FALSE(parsed.contains("demo"));
    // ts and type come first.
    CHECK(line.rfind(R"({"ts":"2023-11-14T22:13:20.123Z","type":"app_started",)", 0) == 0);
}

TEST_CASE("event: a line inside a session carries the session id") {
    const Event e{"session_started", json{{"trigger", "start_button"}}, "a1b2c3"};
    CHECK(
        kiosk::event_line(e, 0, kiosk::EventOrigin::shop) ==
        R"({"ts":"1970-01-01T00:00:00.000Z","type":"session_started","session":"a1b2c3","trigger":"start_button"})");
}

TEST_CASE("event: demo events carry demo true") {
    const Event e{"session_ended", json{{"reason", "idle_timeout"}}, "s9"};
    const json parsed = json::parse(kiosk::event_line(e, 0, kiosk::EventOrigin::demo));
    CHECK(parsed.at("demo") == true);
    CHECK(parsed.at("session") == "s9");
    CHECK(parsed.at("reason") == "idle_timeout");
    CHECK(parsed.at("type") == "session_ended");
    CHECK_FALSE(parsed.contains("preview"));
}

TEST_CASE("event: preview events carry demo true and preview true") {
    const Event e{"quiz_completed", json{{"fallback", false}}, "p1"};
    const json parsed = json::parse(kiosk::event_line(e, 0, kiosk::EventOrigin::preview));
    CHECK(parsed.at("demo") == true);
    CHECK(parsed.at("preview") == true);
    CHECK(parsed.at("session") == "p1");
    CHECK(parsed.at("fallback") == false);
    const json shop = json::parse(kiosk::event_line(e, 0, kiosk::EventOrigin::shop));
    CHECK_FALSE(shop.contains("demo"));
    CHECK_FALSE(shop.contains("preview"));
}

TEST_CASE("event: nested fields are kept as they are") {
    const Event e{
        "quiz_completed",
        json{{"answers", {{"concern", {"breakouts"}}, {"fermented", {"kimchi", "yogurt"}}}},
             {"recommended", {"cleanser", "gut-blend"}},
             {"tips", json::array()},
             {"fallback", false}},
        "s1"};
    const json parsed =
        json::parse(kiosk::event_line(e, 1700000000000LL, kiosk::EventOrigin::shop));
    CHECK(parsed.at("answers") ==
          json{{"concern", {"breakouts"}}, {"fermented", {"kimchi", "yogurt"}}});
    CHECK(parsed.at("recommended") == json{"cleanser", "gut-blend"});
    CHECK(parsed.at("tips") == json::array());
    CHECK(parsed.at("fallback") == false);
    CHECK(parsed.size() == 7);  // ts, type, session + four fields
}

TEST_CASE("event: an event with no fields") {
    const Event e{"staff_opened", json::object(), ""};
    CHECK(kiosk::event_line(e, 0, kiosk::EventOrigin::shop) ==
          R"({"ts":"1970-01-01T00:00:00.000Z","type":"staff_opened"})");
}
