// The report as JSON, text and CSV (interfaces.md, "The report").
#include <cmath>
#include <cstdio>
#include <functional>
#include <nlohmann/json.hpp>

#include "core/report.hpp"

namespace kiosk {
namespace {

using ordered_json = nlohmann::ordered_json;

std::string round1(double v) {
    char out[32];
    std::snprintf(out, sizeof out, "%.1f", std::round(v * 10) / 10);  // as the JSON rounds
    return out;
}

std::string hour_name(size_t hour) {
    char out[8];
    std::snprintf(out, sizeof out, "%02u", static_cast<unsigned>(hour));
    return out;
}

ordered_json figures_json(const Report& r) {
    ordered_json out;
    out["sessions"] = r.sessions;
    out["quiz_started"] = r.quiz_started;
    out["quiz_completed"] = r.quiz_completed;
    out["completion_rate"] = std::round(r.completion_rate() * 1000) / 1000;
    out["idle_timeouts"] = r.idle_timeouts;
    out["dropped_after"] = r.dropped_after;
    out["answers"] = r.answers;
    out["recommended"] = r.recommended;
    out["aids"] = r.aids;
    ordered_json slides = ordered_json::object();
    for (const auto& [id, f] : r.slides)
        slides[id] = {{"views", f.views}, {"seconds", std::round(f.seconds * 10) / 10}};
    out["slides"] = slides;
    out["skipped_lines"] = r.skipped_lines;
    out["events_dropped"] = r.events_dropped;
    ordered_json steps = ordered_json::array();
    for (const FunnelStep& s : funnel(r))
        steps.push_back({{"step", s.step}, {"sessions", s.sessions}});
    out["funnel"] = steps;
    out["hours"] = r.hours;
    out["kiosks"] = r.sessions_by_kiosk.size();
    out["sessions_by_kiosk"] = r.sessions_by_kiosk;
    out["first_day"] = r.first_day;
    out["last_day"] = r.last_day;
    return out;
}

std::string text_extras(const Report& r) {
    std::string s = "\nHow far shoppers got:\n";
    for (const FunnelStep& step : funnel(r))
        s += "  " + step.step + ": " + std::to_string(step.sessions) + "\n";
    s += "\nSessions by hour of the day (UTC):\n";
    for (size_t h = 0; h < r.hours.size(); ++h)
        if (r.hours[h]) s += "  " + hour_name(h) + ":00: " + std::to_string(r.hours[h]) + "\n";
    if (r.sessions_by_kiosk.size() > 1) {
        s += "\nSessions by kiosk:\n";
        for (const auto& [k, n] : r.sessions_by_kiosk)
            s += "  " + k + ": " + std::to_string(n) + "\n";
    }
    return s;
}

std::string text_headline(const Report& r) {
    std::string s;
    s += "Shopper sessions:     " + std::to_string(r.sessions) + "\n";
    s += "Quiz started:         " + std::to_string(r.quiz_started) + "\n";
    s += "Quiz completed:       " + std::to_string(r.quiz_completed) + " (" +
         round1(r.completion_rate() * 100) + "%)\n";
    s += "Idle timeouts:        " + std::to_string(r.idle_timeouts) + "\n";
    return s;
}

std::string text_section(const std::string& title, const std::map<std::string, int>& counts) {
    if (counts.empty()) return {};
    std::string s = "\n" + title + ":\n";
    for (const auto& [key, n] : counts) s += "  " + key + ": " + std::to_string(n) + "\n";
    return s;
}

std::string text_answers_and_slides(const Report& r) {
    std::string s;
    if (!r.answers.empty()) {
        s += "\nAnswers:\n";
        for (const auto& [q, counts] : r.answers) {
            s += "  " + q + "\n";
            for (const auto& [a, n] : counts) s += "    " + a + ": " + std::to_string(n) + "\n";
        }
    }
    s += text_section("Recommended", r.recommended);
    s += text_section("Accessibility (sessions that turned each on)", r.aids);
    if (!r.slides.empty()) {
        s += "\nSlides (views, average seconds on screen):\n";
        for (const auto& [id, f] : r.slides)
            s += "  " + id + ": " + std::to_string(f.views) + ", " + round1(f.seconds) + " s\n";
    }
    return s;
}

std::string text_damage(const Report& r) {
    std::string s;
    if (r.skipped_lines)
        s += "\nSkipped " + std::to_string(r.skipped_lines) + " damaged line(s).\n";
    if (r.events_dropped) {
        s += '\n';
        s += std::to_string(r.events_dropped);
        s += " event(s) were dropped while the disk was full; the figures miss them.\n";
    }
    return s;
}

using Row = std::function<void(const std::string&, const std::string&, const std::string&,
                               const std::string&)>;

void csv_rows(const Report& r, const Row& row) {
    row("total", "sessions", "", std::to_string(r.sessions));
    row("total", "quiz_started", "", std::to_string(r.quiz_started));
    row("total", "quiz_completed", "", std::to_string(r.quiz_completed));
    row("total", "idle_timeouts", "", std::to_string(r.idle_timeouts));
    row("total", "skipped_lines", "", std::to_string(r.skipped_lines));
    row("total", "events_dropped", "", std::to_string(r.events_dropped));
    for (const auto& [q, n] : r.dropped_after) row("dropped_after", q, "", std::to_string(n));
    for (const auto& [q, counts] : r.answers)
        for (const auto& [a, n] : counts) row("answers", q, a, std::to_string(n));
    for (const auto& [p, n] : r.recommended) row("recommended", p, "", std::to_string(n));
    for (const auto& [aid, n] : r.aids) row("aids", aid, "", std::to_string(n));
    for (const auto& [id, f] : r.slides) {
        row("slides", id, "views", std::to_string(f.views));
        row("slides", id, "seconds", round1(f.seconds));
    }
    for (const FunnelStep& s : funnel(r)) row("funnel", s.step, "", std::to_string(s.sessions));
    for (size_t h = 0; h < r.hours.size(); ++h)
        row("hours", hour_name(h), "", std::to_string(r.hours[h]));
    for (const auto& [k, n] : r.sessions_by_kiosk) row("kiosk", k, "", std::to_string(n));
}

// A CSV field: quoted when it holds a comma, a quote or a line break (ids are written by staff).
std::string csv_field(const std::string& v) {
    if (v.find_first_of(",\"\r\n") == std::string::npos) return v;
    std::string out = "\"";
    for (char c : v) out += c == '"' ? std::string("\"\"") : std::string(1, c);
    return out + "\"";
}

}  // namespace

std::string report_as_json(const Report& r) {
    return figures_json(r).dump(2) + "\n";
}

std::string report_as_text(const Report& r) {
    std::string s = text_headline(r);
    s += text_section("Gave up after question", r.dropped_after);
    s += text_answers_and_slides(r);
    s += text_extras(r);
    s += text_damage(r);
    return s;
}

std::string report_as_csv(const Report& r) {
    std::string s = "section,key,subkey,value\n";
    csv_rows(r, [&](const std::string& a, const std::string& b, const std::string& c,
                    const std::string& v) {
        s += a + "," + csv_field(b) + "," + csv_field(c) + "," + v + "\n";
    });
    return s;
}

std::string report_as_json(const FleetReport& fleet) {
    ordered_json out = figures_json(fleet.total);
    out["shops"] = fleet.shops;
    if (fleet.by != ReportBy::total) {
        out["by"] = by_name(fleet.by);
        ordered_json groups = ordered_json::object();
        for (const auto& [key, r] : fleet.groups) groups[key] = figures_json(r);
        out["groups"] = groups;
    }
    return out.dump(2) + "\n";
}

std::string report_as_text(const FleetReport& fleet) {
    std::string s = report_as_text(fleet.total);
    for (const auto& [key, r] : fleet.groups) {
        s += "\n== " + std::string(by_name(fleet.by)) + " " + key;
        if (const auto shop = fleet.shops.find(key); shop != fleet.shops.end())
            s += " (" + shop->second + ")";
        s += "\n";
        s += text_headline(r);
        for (const FunnelStep& step : funnel(r))
            s += "  " + step.step + ": " + std::to_string(step.sessions) + "\n";
    }
    return s;
}

std::string report_as_csv(const FleetReport& fleet) {
    std::string s = report_as_csv(fleet.total);
    for (const auto& group : fleet.groups) {
        const std::string prefix = std::string(by_name(fleet.by)) + ":" + group.first + ":";
        csv_rows(group.second, [&](const std::string& a, const std::string& b, const std::string& c,
                                   const std::string& v) {
            s += csv_field(prefix + a) + "," + csv_field(b) + "," + csv_field(c) + "," + v + "\n";
        });
    }
    return s;
}

}  // namespace kiosk
