// The shop owner's summary of the events files: how many shoppers start and finish the quiz,
// where they give up, what they answer, what gets recommended, which slides are seen; for one
// kiosk or for a chain's many, in total and per kiosk, day or hour of the day.
#pragma once

#include <array>
#include <map>
#include <string>
#include <utility>
#include <vector>

namespace kiosk {

struct ReportFilter {
    std::string since;          // "YYYY-MM-DD": only events from that day on; empty for all
    bool include_demo = false;  // events from --demo are left out unless asked for
};

struct SlideFigures {
    int views = 0;
    double seconds = 0;  // average seconds on screen per view
};

struct Report {
    int sessions = 0;
    int quiz_started = 0;
    int quiz_completed = 0;
    int idle_timeouts = 0;
    std::map<std::string, std::map<std::string, int>> answers;  // question → answer → count
    std::map<std::string, int> recommended;                     // product → count
    std::map<std::string, int> aids;  // accessibility aid → sessions that turned it on
    std::map<std::string, SlideFigures> slides;
    std::map<std::string, int>
        dropped_after;                    // last question answered by sessions that did not finish
    int skipped_lines = 0;                // lines that were not whole JSON events
    int events_dropped = 0;               // events the kiosk could not keep while the disk was full
    std::map<std::string, int> answered;  // question → sessions that answered it
    std::vector<std::string> questions;   // the questions in the order first answered
    std::array<int, 24> hours{};          // sessions started in each hour of the day (UTC)
    std::map<std::string, int> sessions_by_kiosk;  // every kiosk seen, with its sessions
    std::string first_day, last_day;               // "YYYY-MM-DD" of the first and last event
    [[nodiscard]] double completion_rate() const {
        return quiz_started ? static_cast<double>(quiz_completed) / quiz_started : 0;
    }
};

// One step of the way through the quiz: "started", a question's id, "completed"; and how many
// sessions got that far.
struct FunnelStep {
    std::string step;
    int sessions = 0;
};

// Started, then each question by the sessions that answered it, then completed. The questions
// come in `order` (the quiz's, when the report has the content); any other by the sessions that
// answered it, most first (among equals, the one answered first).
[[nodiscard]] std::vector<FunnelStep> funnel(const Report& report,
                                             const std::vector<std::string>& order = {});

// The events of one kiosk's data folder, named after the folder until an app_started event
// names the kiosk (its "kiosk" field): then every later line is that kiosk's.
struct EventSource {
    std::string name;
    std::vector<std::string> lines;  // events.1.jsonl's, then events.jsonl's, oldest first
};

enum class ReportBy { total, kiosk, day, hour };

struct FleetReport {
    Report total;
    ReportBy by = ReportBy::total;
    std::map<std::string, Report> groups;      // by kiosk id, day "YYYY-MM-DD" or hour "09"
    std::map<std::string, std::string> shops;  // kiosk → the shop its app_started named
};

[[nodiscard]] FleetReport summarise_fleet(const std::vector<EventSource>& sources,
                                          const ReportFilter& filter,
                                          ReportBy by = ReportBy::total);

// Reads the lines of one or more events files of one kiosk, oldest first.
[[nodiscard]] Report summarise_events(const std::vector<std::string>& lines,
                                      const ReportFilter& filter);

[[nodiscard]] std::string report_as_json(const Report& report);
[[nodiscard]] std::string report_as_text(const Report& report);
[[nodiscard]] std::string report_as_csv(const Report& report);
[[nodiscard]] std::string report_as_json(const FleetReport& report);
[[nodiscard]] std::string report_as_text(const FleetReport& report);
[[nodiscard]] std::string report_as_csv(const FleetReport& report);

[[nodiscard]] const char* by_name(ReportBy by);  // "total", "kiosk", "day", "hour"

}  // namespace kiosk
