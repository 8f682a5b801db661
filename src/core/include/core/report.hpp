// The shop owner's summary of the events file: how many shoppers start and finish the quiz,
// where they give up, what they answer, what gets recommended, which slides are seen.
#pragma once

#include <map>
#include <string>
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
        dropped_after;       // last question answered by sessions that did not finish
    int skipped_lines = 0;   // lines that were not whole JSON events
    int events_dropped = 0;  // events the kiosk could not keep while the disk was full
    [[nodiscard]] double completion_rate() const {
        return quiz_started ? static_cast<double>(quiz_completed) / quiz_started : 0;
    }
};

// Reads the lines of one or more events files, oldest first.
[[nodiscard]] Report summarise_events(const std::vector<std::string>& lines,
                                      const ReportFilter& filter);

[[nodiscard]] std::string report_as_json(const Report& report);
[[nodiscard]] std::string report_as_text(const Report& report);
[[nodiscard]] std::string report_as_csv(const Report& report);

}  // namespace kiosk
