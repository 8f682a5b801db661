// The report as one self-contained HTML page for a shop manager: headline figures, then charts
// (how far shoppers get, sessions at each kiosk and by hour of the day, products recommended,
// time on each slide, the answers to each question) in the shop's theme colours. No script, no
// link to anything outside the page: the charts are inline SVG (core/svg_chart.hpp).
#pragma once

#include <map>
#include <string>
#include <utility>
#include <vector>

#include "core/content.hpp"
#include "core/report.hpp"

namespace kiosk {

// The ids of the events in the shop's words, from its content; an id not found shows as itself.
struct ReportNames {
    std::map<std::string, std::string> questions;                        // id → question text
    std::map<std::pair<std::string, std::string>, std::string> answers;  // question, answer → text
    std::map<std::string, std::string> products;                         // id → name
    std::map<std::string, std::string> slides;                           // id → title
    std::vector<std::string> question_order;  // the quiz's questions, in order
};

// The names in the content's default language.
[[nodiscard]] ReportNames report_names(const Content& content);

struct ReportPage {
    Theme theme;        // the content's colours, or the default ones
    ReportNames names;  // empty when there is no content to read them from
    std::string brand;  // the content's brand, named when no kiosk named its shop
    std::string made;   // when the report was made, as written at the foot of the page
};

[[nodiscard]] std::string report_as_html(const FleetReport& report, const ReportPage& page);

// "1–3 May 2024", "28 Apr – 3 May 2024", "1 May 2024": the days between two "YYYY-MM-DD".
[[nodiscard]] std::string period_name(const std::string& first_day, const std::string& last_day);

}  // namespace kiosk
