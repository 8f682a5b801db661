#include "core/report.hpp"

#include <cmath>
#include <cstdio>
#include <nlohmann/json.hpp>
#include <set>

namespace kiosk {
namespace {

using json = nlohmann::json;

struct SessionTrail {
    std::string last_answered = "(none)";
    bool completed = false;
    bool ended = false;
    std::map<std::string, std::vector<std::string>> answers;  // the last answer per question
};

void count_slide(Report& r, const json& e) {
    if (!e.contains("slide") || !e["slide"].is_string()) return;
    SlideFigures& f = r.slides[e["slide"].get<std::string>()];
    double seconds = e.value("seconds", 0.0);
    f.seconds = (f.seconds * f.views + seconds) / (f.views + 1);
    f.views++;
}

std::string round1(double v) {
    char out[32];
    std::snprintf(out, sizeof out, "%.1f", std::round(v * 10) / 10);  // as the JSON rounds
    return out;
}

}  // namespace

Report summarise_events(const std::vector<std::string>& lines, const ReportFilter& filter) {
    Report r;
    std::map<std::string, SessionTrail> trails;
    for (const std::string& line : lines) {
        if (line.empty()) continue;
        json e = json::parse(line, nullptr, false);
        if (e.is_discarded() || !e.is_object() || !e.contains("type") || !e["type"].is_string() ||
            !e.contains("ts") || !e["ts"].is_string()) {
            r.skipped_lines++;
            continue;
        }
        if (!filter.include_demo && e.value("demo", false)) continue;
        if (!filter.since.empty() && e["ts"].get<std::string>().substr(0, 10) < filter.since)
            continue;
        const std::string type = e["type"];
        const std::string session = e.contains("session") && e["session"].is_string()
                                        ? e["session"].get<std::string>()
                                        : "";
        if (type == "session_started") {
            r.sessions++;
            r.quiz_started++;
            trails[session];
        } else if (type == "question_answered" && e.contains("question") &&
                   e["question"].is_string()) {
            SessionTrail& t = trails[session];
            t.last_answered = e["question"];
            std::vector<std::string> ids;
            if (e.contains("answers") && e["answers"].is_array())
                for (const auto& a : e["answers"])
                    if (a.is_string()) ids.push_back(a);
            t.answers[t.last_answered] = ids;
        } else if (type == "quiz_completed") {
            r.quiz_completed++;
            trails[session].completed = true;
            if (e.contains("recommended") && e["recommended"].is_array())
                for (const auto& p : e["recommended"])
                    if (p.is_string()) r.recommended[p]++;
        } else if (type == "session_ended") {
            if (e.value("reason", "") == "idle_timeout") r.idle_timeouts++;
            if (e.contains("aids") && e["aids"].is_array())
                for (const auto& aid : e["aids"])
                    if (aid.is_string()) r.aids[aid]++;
            trails[session].ended = true;
        } else if (type == "slide_viewed") {
            count_slide(r, e);
        } else if (type == "events_dropped") {
            if (e.contains("count") && e["count"].is_number_integer())
                r.events_dropped += e["count"].get<int>();
        }
    }
    for (const auto& [id, t] : trails) {
        for (const auto& [question, ids] : t.answers)
            for (const auto& a : ids) r.answers[question][a]++;
        if (t.ended && !t.completed) r.dropped_after[t.last_answered]++;
    }
    return r;
}

std::string report_as_json(const Report& r) {
    nlohmann::ordered_json out;
    out["sessions"] = r.sessions;
    out["quiz_started"] = r.quiz_started;
    out["quiz_completed"] = r.quiz_completed;
    out["completion_rate"] = std::round(r.completion_rate() * 1000) / 1000;
    out["idle_timeouts"] = r.idle_timeouts;
    out["dropped_after"] = r.dropped_after;
    out["answers"] = r.answers;
    out["recommended"] = r.recommended;
    out["aids"] = r.aids;
    nlohmann::ordered_json slides = nlohmann::ordered_json::object();
    for (const auto& [id, f] : r.slides)
        slides[id] = {{"views", f.views}, {"seconds", std::round(f.seconds * 10) / 10}};
    out["slides"] = slides;
    out["skipped_lines"] = r.skipped_lines;
    out["events_dropped"] = r.events_dropped;
    return out.dump(2) + "\n";
}

std::string report_as_text(const Report& r) {
    std::string s;
    s += "Shopper sessions:     " + std::to_string(r.sessions) + "\n";
    s += "Quiz started:         " + std::to_string(r.quiz_started) + "\n";
    s += "Quiz completed:       " + std::to_string(r.quiz_completed) + " (" +
         round1(r.completion_rate() * 100) + "%)\n";
    s += "Idle timeouts:        " + std::to_string(r.idle_timeouts) + "\n";
    if (!r.dropped_after.empty()) {
        s += "\nGave up after question:\n";
        for (const auto& [q, n] : r.dropped_after) s += "  " + q + ": " + std::to_string(n) + "\n";
    }
    if (!r.answers.empty()) {
        s += "\nAnswers:\n";
        for (const auto& [q, counts] : r.answers) {
            s += "  " + q + "\n";
            for (const auto& [a, n] : counts) s += "    " + a + ": " + std::to_string(n) + "\n";
        }
    }
    if (!r.recommended.empty()) {
        s += "\nRecommended:\n";
        for (const auto& [p, n] : r.recommended) s += "  " + p + ": " + std::to_string(n) + "\n";
    }
    if (!r.aids.empty()) {
        s += "\nAccessibility (sessions that turned each on):\n";
        for (const auto& [aid, n] : r.aids) s += "  " + aid + ": " + std::to_string(n) + "\n";
    }
    if (!r.slides.empty()) {
        s += "\nSlides (views, average seconds on screen):\n";
        for (const auto& [id, f] : r.slides)
            s += "  " + id + ": " + std::to_string(f.views) + ", " + round1(f.seconds) + " s\n";
    }
    if (r.skipped_lines)
        s += "\nSkipped " + std::to_string(r.skipped_lines) + " damaged line(s).\n";
    if (r.events_dropped) {
        s += '\n';
        s += std::to_string(r.events_dropped);
        s += " event(s) were dropped while the disk was full; the figures miss them.\n";
    }
    return s;
}

std::string report_as_csv(const Report& r) {
    std::string s = "section,key,subkey,value\n";
    auto row = [&](const std::string& a, const std::string& b, const std::string& c,
                   const std::string& v) { s += a + "," + b + "," + c + "," + v + "\n"; };
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
    return s;
}

}  // namespace kiosk
