// Summarising events: each line read once, counted in the total and in its group.
#include "core/report.hpp"

#include <algorithm>
#include <nlohmann/json.hpp>

namespace kiosk {
namespace {

using json = nlohmann::json;

struct SessionTrail {
    std::string last_answered = "(none)";
    bool completed = false;
    bool ended = false;
    std::map<std::string, std::vector<std::string>> answers;  // the last answer per question
};

std::string string_field(const json& e, const char* key) {
    const auto it = e.find(key);
    return it != e.end() && it->is_string() ? it->get<std::string>() : std::string();
}

std::vector<std::string> strings_of(const json& e, const char* key) {
    std::vector<std::string> out;
    const auto it = e.find(key);
    if (it != e.end() && it->is_array())
        for (const auto& v : *it)
            if (v.is_string()) out.push_back(v);
    return out;
}

int hour_of(const std::string& ts) {
    if (ts.size() < 13 || ts[10] != 'T') return -1;
    const int tens = ts[11] - '0', ones = ts[12] - '0';
    if (tens < 0 || tens > 2 || ones < 0 || ones > 9) return -1;
    const int hour = tens * 10 + ones;
    return hour < 24 ? hour : -1;
}

// The figures of a set of events, as they come, one kiosk's after another's.
class Tally {
  public:
    void skipped() { r_.skipped_lines++; }
    void kiosk_seen(const std::string& kiosk) { r_.sessions_by_kiosk[kiosk]; }
    void add(const json& e, const std::string& kiosk);
    Report finish();

  private:
    void count_slide(const json& e);
    void answered(SessionTrail& t, const json& e);
    Report r_;
    std::map<std::pair<std::string, std::string>, SessionTrail> trails_;  // kiosk, session
};

void Tally::count_slide(const json& e) {
    const std::string slide = string_field(e, "slide");
    if (slide.empty()) return;
    SlideFigures& f = r_.slides[slide];
    const auto seconds = e.find("seconds");
    const double s = seconds != e.end() && seconds->is_number() ? seconds->get<double>() : 0.0;
    f.seconds = (f.seconds * f.views + s) / (f.views + 1);
    f.views++;
}

void Tally::answered(SessionTrail& t, const json& e) {
    t.last_answered = string_field(e, "question");
    t.answers[t.last_answered] = strings_of(e, "answers");
    if (std::find(r_.questions.begin(), r_.questions.end(), t.last_answered) == r_.questions.end())
        r_.questions.push_back(t.last_answered);
}

void Tally::add(const json& e, const std::string& kiosk) {
    const std::string type = e["type"], ts = e["ts"];
    const std::string day = ts.substr(0, 10);
    if (r_.first_day.empty() || day < r_.first_day) r_.first_day = day;
    if (day > r_.last_day) r_.last_day = day;
    kiosk_seen(kiosk);
    const auto trail = [&]() -> SessionTrail& {
        return trails_[{kiosk, string_field(e, "session")}];
    };
    if (type == "session_started") {
        trail();
        r_.sessions++;
        r_.quiz_started++;
        r_.sessions_by_kiosk[kiosk]++;
        if (const int hour = hour_of(ts); hour >= 0) r_.hours[static_cast<size_t>(hour)]++;
    } else if (type == "question_answered" && !string_field(e, "question").empty()) {
        answered(trail(), e);
    } else if (type == "quiz_completed") {
        r_.quiz_completed++;
        trail().completed = true;
        for (const std::string& p : strings_of(e, "recommended")) r_.recommended[p]++;
    } else if (type == "session_ended") {
        if (string_field(e, "reason") == "idle_timeout") r_.idle_timeouts++;
        for (const std::string& aid : strings_of(e, "aids")) r_.aids[aid]++;
        trail().ended = true;
    } else if (type == "slide_viewed") {
        count_slide(e);
    } else if (type == "events_dropped") {
        if (e.contains("count") && e["count"].is_number_integer())
            r_.events_dropped += e["count"].get<int>();
    }
}

Report Tally::finish() {
    for (const auto& [id, t] : trails_) {
        for (const auto& [question, ids] : t.answers) {
            r_.answered[question]++;
            for (const auto& a : ids) r_.answers[question][a]++;
        }
        if (t.ended && !t.completed) r_.dropped_after[t.last_answered]++;
    }
    return r_;
}

bool whole_event(const json& e) {
    return !e.is_discarded() && e.is_object() && e.contains("type") && e["type"].is_string() &&
           e.contains("ts") && e["ts"].is_string();
}

bool counted(const json& e, const ReportFilter& filter) {
    if (!filter.include_demo && e.value("demo", false)) return false;
    return filter.since.empty() || e["ts"].get<std::string>().substr(0, 10) >= filter.since;
}

// Where an event goes when the report is grouped: its kiosk, or the day or hour its session
// started (so that a session that runs past midnight stays whole), else its own.
class Grouping {
  public:
    explicit Grouping(ReportBy by) : by_(by) {}
    std::string group_of(const json& e, const std::string& kiosk) {
        if (by_ == ReportBy::kiosk) return kiosk;
        const std::string ts = e["ts"], session = string_field(e, "session");
        std::string own = by_ == ReportBy::day ? ts.substr(0, 10) : ts.substr(11, 2);
        if (by_ == ReportBy::hour && hour_of(ts) < 0) own = "??";
        if (session.empty()) return own;
        const auto key = std::make_pair(kiosk, session);
        if (e["type"] == "session_started") return starts_[key] = own;
        const auto it = starts_.find(key);
        return it != starts_.end() ? it->second : own;
    }

  private:
    ReportBy by_;
    std::map<std::pair<std::string, std::string>, std::string> starts_;
};

}  // namespace

std::vector<FunnelStep> funnel(const Report& r, const std::vector<std::string>& order) {
    std::vector<FunnelStep> steps{{"started", r.quiz_started}};
    for (const std::string& q : order)
        if (const auto it = r.answered.find(q); it != r.answered.end())
            steps.push_back({q, it->second});
    std::vector<std::string> rest;
    for (const std::string& q : r.questions)
        if (std::find(order.begin(), order.end(), q) == order.end()) rest.push_back(q);
    std::stable_sort(rest.begin(), rest.end(), [&](const std::string& a, const std::string& b) {
        return r.answered.at(a) > r.answered.at(b);
    });
    for (const std::string& q : rest) steps.push_back({q, r.answered.at(q)});
    steps.push_back({"completed", r.quiz_completed});
    return steps;
}

FleetReport summarise_fleet(const std::vector<EventSource>& sources, const ReportFilter& filter,
                            ReportBy by) {
    FleetReport fleet;
    fleet.by = by;
    Tally total;
    std::map<std::string, Tally> groups;
    Grouping grouping(by);
    for (const EventSource& source : sources) {
        std::string kiosk = source.name;
        for (const std::string& line : source.lines) {
            if (line.empty()) continue;
            const json e = json::parse(line, nullptr, false);
            if (!whole_event(e)) {
                total.skipped();
                if (by == ReportBy::kiosk) groups[kiosk].skipped();
                continue;
            }
            if (e["type"] == "app_started" && !string_field(e, "kiosk").empty()) {
                kiosk = string_field(e, "kiosk");
                if (const std::string shop = string_field(e, "shop"); !shop.empty())
                    fleet.shops[kiosk] = shop;
                total.kiosk_seen(kiosk);
            }
            if (!counted(e, filter)) continue;
            total.add(e, kiosk);
            if (by != ReportBy::total) groups[grouping.group_of(e, kiosk)].add(e, kiosk);
        }
        if (source.lines.empty()) total.kiosk_seen(kiosk);
    }
    fleet.total = total.finish();
    for (auto& [key, tally] : groups) fleet.groups[key] = tally.finish();
    return fleet;
}

Report summarise_events(const std::vector<std::string>& lines, const ReportFilter& filter) {
    return summarise_fleet({{"", lines}}, filter).total;
}

const char* by_name(ReportBy by) {
    switch (by) {
        case ReportBy::kiosk:
            return "kiosk";
        case ReportBy::day:
            return "day";
        case ReportBy::hour:
            return "hour";
        case ReportBy::total:
            break;
    }
    return "total";
}

}  // namespace kiosk
