// The health metrics file (health_metrics.hpp): its text format, and when it is due.
#include "core/health_metrics.hpp"

#include <doctest/doctest.h>

#include <map>
#include <sstream>

using kiosk::Event;
using kiosk::HealthFigures;
using kiosk::HealthMetrics;

namespace {

// The sample lines of a file, by the name and labels before the value.
std::map<std::string, std::string> samples(const std::string& text) {
    std::map<std::string, std::string> found;
    std::istringstream lines(text);
    for (std::string line; std::getline(lines, line);) {
        if (line.empty() || line[0] == '#') continue;
        const auto space = line.rfind(' ');
        found[line.substr(0, space)] = line.substr(space + 1);
    }
    return found;
}

int count_of(const std::string& text, const std::string& part) {
    int n = 0;
    for (auto at = text.find(part); at != std::string::npos; at = text.find(part, at + 1)) ++n;
    return n;
}

}  // namespace

TEST_CASE("health_metrics: label values escape backslash, quote and newline") {
    CHECK(kiosk::prometheus_label_value("plain-0a1b") == "plain-0a1b");
    CHECK(kiosk::prometheus_label_value("a\\b") == "a\\\\b");
    CHECK(kiosk::prometheus_label_value("say \"hi\"") == "say \\\"hi\\\"");
    CHECK(kiosk::prometheus_label_value("two\nlines") == "two\\nlines");
    CHECK(kiosk::prometheus_help_text("a \"b\"\\\n") == "a \"b\"\\\\\\n");
}

TEST_CASE("health_metrics: every metric has HELP and TYPE lines and the kiosk's prefix") {
    HealthFigures f;
    f.fingerprint = "4a5dab38e8dbe03e";
    const std::string text = kiosk::health_metrics_text(f, 1000, 10);
    const auto found = samples(text);
    CHECK(found.size() == 12);
    for (const auto& [sample, value] : found) {
        CAPTURE(sample);
        CHECK(sample.rfind("probiotic_kiosk_", 0) == 0);
        const std::string name = sample.substr(0, sample.find('{'));
        CHECK(count_of(text, "# HELP " + name + " ") == 1);
        CHECK(count_of(text, "# TYPE " + name + " ") == 1);
        const bool counter = text.find("# TYPE " + name + " counter\n") != std::string::npos;
        CHECK(counter == (name.size() > 6 && name.substr(name.size() - 6) == "_total"));
    }
    CHECK(text.back() == '\n');
}

TEST_CASE("health_metrics: the values are the figures") {
    HealthFigures f;
    f.started_at = 1796000000.25;
    f.last_frame_at = 1796000100.5;
    f.content_ok = false;
    f.content_errors = 3;
    f.fingerprint = "x\"y";
    f.picture_failures = 2;
    f.sessions = 7;
    f.completions = 5;
    const auto found = samples(kiosk::health_metrics_text(f, 1796000130, 12345));
    CHECK(found.at("probiotic_kiosk_running") == "1");
    CHECK(found.at("probiotic_kiosk_start_timestamp_seconds") == "1796000000.250");
    CHECK(found.at("probiotic_kiosk_metrics_written_timestamp_seconds") == "1796000130.000");
    CHECK(found.at("probiotic_kiosk_last_frame_timestamp_seconds") == "1796000100.500");
    CHECK(found.at("probiotic_kiosk_seconds_since_last_frame") == "29.500");
    CHECK(found.at("probiotic_kiosk_content_ok") == "0");
    CHECK(found.at("probiotic_kiosk_content_info{fingerprint=\"x\\\"y\"}") == "1");
    CHECK(found.at("probiotic_kiosk_content_errors") == "3");
    CHECK(found.at("probiotic_kiosk_picture_failures_total") == "2");
    CHECK(found.at("probiotic_kiosk_sessions_total") == "7");
    CHECK(found.at("probiotic_kiosk_completions_total") == "5");
    CHECK(found.at("probiotic_kiosk_events_file_bytes") == "12345");
    f.running = false;
    f.last_frame_at = 0;  // before the first frame: seconds since the start
    const auto stopped = samples(kiosk::health_metrics_text(f, 1796000010.25, -1));
    CHECK(stopped.at("probiotic_kiosk_running") == "0");
    CHECK(stopped.at("probiotic_kiosk_seconds_since_last_frame") == "10.000");
    CHECK(stopped.at("probiotic_kiosk_events_file_bytes") == "0");
}

TEST_CASE("health_metrics: the events count sessions, completions, failures and the content") {
    HealthMetrics health(1796000000);
    health.note(Event{"app_started", {{"version", "0.1.0"}, {"content", "abc"}}, {}});
    health.note(Event{"content_loaded", {{"ok", false}, {"errors", 2}, {"warnings", 0}}, {}});
    health.note(Event{"session_started", {{"trigger", "start_button"}}, "s1"});
    health.note(Event{"question_answered", {{"question", "q"}}, "s1"});
    health.note(Event{"quiz_completed", {}, "s1"});
    health.note(Event{"session_ended", {{"reason", "done"}}, "s1"});
    health.note(Event{"session_started", {{"trigger", "start_button"}}, "s2"});
    health.note(Event{"picture_failed", {{"file", "a.png"}, {"reason", "cut short"}}, {}});
    const HealthFigures& f = health.figures();
    CHECK(f.fingerprint == "abc");
    CHECK_FALSE(f.content_ok);
    CHECK(f.content_errors == 2);
    CHECK(f.sessions == 2);
    CHECK(f.completions == 1);
    CHECK(f.picture_failures == 1);
    health.note(Event{"content_loaded", {{"ok", true}, {"errors", 0}, {"warnings", 1}}, {}});
    health.note_fingerprint("def");
    CHECK(health.figures().content_ok);
    CHECK(health.figures().content_errors == 0);
    CHECK(health.figures().fingerprint == "def");
}

TEST_CASE("health_metrics: due at once, then every period of app time") {
    HealthMetrics health(1796000000, 30);
    CHECK(health.due(0));
    const std::string first = health.write(0.5, 1796000000.5, 0);
    CHECK(samples(first).at("probiotic_kiosk_sessions_total") == "0");
    CHECK(health.next_due() == doctest::Approx(30.5));
    CHECK_FALSE(health.due(30.4));
    CHECK(health.due(30.5));
    (void)health.write(31, 1796000031, 0);
    CHECK(health.next_due() == doctest::Approx(61));
}

TEST_CASE("health_metrics: a change of a figure makes the file due at once; frames do not") {
    HealthMetrics health(1796000000, 30);
    (void)health.write(1, 1796000001, 0);
    health.note_frame(1796000001.5);  // the first frame: the file says so at once
    CHECK(health.due(2));
    CHECK(health.next_due() == 0);
    (void)health.write(2, 1796000002, 0);
    health.note_frame(1796000003);  // later frames wait for the period
    health.note(Event{"slide_viewed", {{"slide", "a"}, {"seconds", 9}}, {}});
    CHECK_FALSE(health.due(10));
    health.note(Event{"session_started", {{"trigger", "start_button"}}, "s"});
    CHECK(health.due(10));
    const auto found = samples(health.write(10, 1796000010, 0));
    CHECK(found.at("probiotic_kiosk_sessions_total") == "1");
    CHECK(found.at("probiotic_kiosk_last_frame_timestamp_seconds") == "1796000003.000");
    CHECK_FALSE(health.due(11));
    health.note_stopping();
    CHECK(health.due(11));
    CHECK(samples(health.write(11, 1796000011, 0)).at("probiotic_kiosk_running") == "0");
}
