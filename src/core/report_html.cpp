#include "core/report_html.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <set>

#include "core/contrast.hpp"
#include "core/svg_chart.hpp"
#include "core/theme_contrast.hpp"

namespace kiosk {
namespace {

struct PageColours {
    std::string ground, card, words, quiet, accent;
    ChartColours chart;
};

Colour mixed(const Colour& a, const Colour& b, float share_of_b) {
    return {a.r + (b.r - a.r) * share_of_b, a.g + (b.g - a.g) * share_of_b,
            a.b + (b.b - a.b) * share_of_b, 1};
}

// The theme's colours, each that carries words made readable on what it stands on.
PageColours page_colours(const Theme& t) {
    PageColours c;
    const Colour words = readable_on(t.text, t.surface);
    c.ground = hex_of(t.background);
    c.card = hex_of(t.surface);
    c.words = hex_of(words);
    c.quiet = hex_of(readable_on(mixed(words, t.surface, 0.3f), t.surface));
    c.accent = hex_of(readable_on(t.accent, t.surface));
    const Colour on_bar = readable_on(t.accent_text, t.accent);
    c.chart.bar = hex_of(t.accent);
    c.chart.on_bar = hex_of(on_bar);
    c.chart.emphasis = hex_of(readable_on(t.highlight, on_bar));
    c.chart.words = c.words;
    c.chart.track = hex_of(mixed(t.surface, t.accent, 0.08f));
    return c;
}

std::string named(const std::map<std::string, std::string>& names, const std::string& id) {
    const auto it = names.find(id);
    return it != names.end() && !it->second.empty() ? it->second : id;
}

std::string percent(int part, int whole) {
    char out[16];
    std::snprintf(out, sizeof out, "%.0f%%", whole ? 100.0 * part / whole : 0.0);
    return out;
}

std::string seconds_text(double s) {
    char out[32];
    std::snprintf(out, sizeof out, "%.1f s", std::round(s * 10) / 10);
    return out;
}

std::string plural(int n, const char* one, const char* many) {
    return std::to_string(n) + " " + (n == 1 ? one : many);
}

ChartBar count_bar(const std::string& key, const std::string& label, int n) {
    return {key, label, static_cast<double>(n), std::to_string(n), {}, false};
}

// "Q2 · When do breakouts tend to flare?": the question's number in the quiz, when known.
std::string question_label(const ReportNames& names, const std::string& id) {
    const auto& order = names.question_order;
    const auto at = std::find(order.begin(), order.end(), id);
    const std::string words = named(names.questions, id);
    if (at == order.end()) return words;
    return "Q" + std::to_string(at - order.begin() + 1) + " \xC2\xB7 " + words;
}

BarChart funnel_chart(const Report& r, const ReportNames& names) {
    BarChart chart{"funnel", "How far shoppers get", {}, 1180, 470};
    for (const FunnelStep& step : funnel(r, names.question_order)) {
        const bool first = step.step == "started", last = step.step == "completed";
        std::string label = first  ? "Started the quiz"
                            : last ? "Saw their routine"
                                   : question_label(names, step.step);
        ChartBar bar = count_bar(step.step, label, step.sessions);
        if (!first) bar.note = percent(step.sessions, r.quiz_started) + " of starts";
        bar.emphasis = last;
        chart.bars.push_back(bar);
    }
    return chart;
}

// A kiosk by its shop's name; by its id too when it has no shop, or shares the name.
std::string kiosk_label(const FleetReport& f, const std::string& kiosk) {
    const auto shop = f.shops.find(kiosk);
    if (shop == f.shops.end()) return kiosk;
    int same = 0;
    for (const auto& [other, name] : f.shops) same += name == shop->second ? 1 : 0;
    return same > 1 ? shop->second + " (" + kiosk + ")" : shop->second;
}

BarChart kiosks_chart(const FleetReport& f) {
    BarChart chart{"kiosks", "Sessions at each kiosk", {}, 580, 250};
    for (const auto& [kiosk, n] : f.total.sessions_by_kiosk)
        chart.bars.push_back(count_bar(kiosk, kiosk_label(f, kiosk), n));
    return chart;
}

BarChart hours_chart(const Report& r) {
    BarChart chart{"hours", "Sessions by hour of the day", {}, 1180, 0};
    std::size_t first = 24, last = 0;
    for (std::size_t h = 0; h < 24; ++h)
        if (r.hours[h]) first = std::min(first, h), last = h;
    if (first == 24) return chart;
    first = first > 2 ? first - 2 : 0;  // a little of the quiet hours either side
    last = std::min<std::size_t>(last + 2, 23);
    for (std::size_t h = first; h <= last; ++h) {
        char key[8];
        std::snprintf(key, sizeof key, "%02u", static_cast<unsigned>(h));
        chart.bars.push_back(count_bar(key, std::string(key) + ":00", r.hours[h]));
    }
    return chart;
}

BarChart products_chart(const Report& r, const ReportNames& names) {
    BarChart chart{"recommended", "Products recommended", {}, 580, 250};
    for (const auto& [id, n] : r.recommended)
        chart.bars.push_back(count_bar(id, named(names.products, id), n));
    std::stable_sort(chart.bars.begin(), chart.bars.end(),
                     [](const ChartBar& a, const ChartBar& b) { return a.value > b.value; });
    return chart;
}

BarChart slides_chart(const Report& r, const ReportNames& names) {
    BarChart chart{"slides", "Time on each slide", {}, 580, 250};
    for (const auto& [id, f] : r.slides) {
        ChartBar bar{id, named(names.slides, id), f.seconds, seconds_text(f.seconds), {}, false};
        bar.note = plural(f.views, "view", "views");
        chart.bars.push_back(bar);
    }
    std::stable_sort(chart.bars.begin(), chart.bars.end(),
                     [](const ChartBar& a, const ChartBar& b) { return a.value > b.value; });
    return chart;
}

BarChart answers_chart(const std::string& question, const std::map<std::string, int>& counts,
                       const ReportNames& names) {
    BarChart chart{"answers:" + question, question_label(names, question), {}, 580, 250};
    for (const auto& [answer, n] : counts) {
        const auto it = names.answers.find({question, answer});
        const std::string label = it != names.answers.end() ? it->second : answer;
        chart.bars.push_back(count_bar(answer, label, n));
    }
    std::stable_sort(chart.bars.begin(), chart.bars.end(),
                     [](const ChartBar& a, const ChartBar& b) { return a.value > b.value; });
    return chart;
}

std::string card(const std::string& title, const std::string& hint, const std::string& body,
                 bool wide = false) {
    return std::string("<section class=\"card") + (wide ? " wide" : "") + "\"><h2>" +
           html_escape(title) + "</h2>" +
           (hint.empty() ? "" : "<p class=\"hint\">" + html_escape(hint) + "</p>") + body +
           "</section>\n";
}

std::string tile(const char* key, const std::string& value, const std::string& shown,
                 const std::string& name) {
    return std::string("<div class=\"tile\" data-figure=\"") + key + "\" data-value=\"" + value +
           "\"><span class=\"value\">" + html_escape(shown) + "</span><span class=\"name\">" +
           html_escape(name) + "</span></div>";
}

std::string headline(const Report& r) {
    char rate[16];
    std::snprintf(rate, sizeof rate, "%.3f", r.completion_rate());
    const int kiosks = static_cast<int>(r.sessions_by_kiosk.size());
    return "<div class=\"headline\">" +
           tile("sessions", std::to_string(r.sessions), std::to_string(r.sessions),
                "shopper sessions") +
           tile("completed", std::to_string(r.quiz_completed), std::to_string(r.quiz_completed),
                "saw their routine") +
           tile("completion_rate", rate, percent(r.quiz_completed, r.quiz_started),
                "of quizzes finished") +
           tile("kiosks", std::to_string(kiosks), std::to_string(kiosks),
                kiosks == 1 ? "kiosk" : "kiosks") +
           "</div>\n";
}

std::string group_table(const FleetReport& f) {
    if (f.groups.empty()) return {};
    const std::string by = by_name(f.by);
    std::string s = "<table data-by=\"" + by + "\"><thead><tr><th>" +
                    (by == "kiosk" ? "Kiosk"
                     : by == "day" ? "Day"
                                   : "Hour (UTC)") +
                    "</th><th>Sessions</th><th>Saw their routine</th><th>Finished</th>"
                    "<th>Timed out</th></tr></thead><tbody>";
    for (const auto& [key, r] : f.groups) {
        const auto shop = f.shops.find(key);
        std::string name = by == "hour" ? key + ":00" : key;
        if (shop != f.shops.end()) name = shop->second + " \xC2\xB7 " + key;
        s += "<tr data-group=\"" + html_escape(key) + "\" data-sessions=\"" +
             std::to_string(r.sessions) + "\" data-completed=\"" +
             std::to_string(r.quiz_completed) + "\"><td>" + html_escape(name) + "</td><td>" +
             std::to_string(r.sessions) + "</td><td>" + std::to_string(r.quiz_completed) +
             "</td><td>" + percent(r.quiz_completed, r.quiz_started) + "</td><td>" +
             std::to_string(r.idle_timeouts) + "</td></tr>";
    }
    return s + "</tbody></table>";
}

std::string shops_named(const FleetReport& f, const std::string& brand) {
    std::set<std::string> shops;
    for (const auto& [kiosk, shop] : f.shops) shops.insert(shop);
    std::string s;
    for (const std::string& shop : shops) s += (s.empty() ? "" : " \xC2\xB7 ") + shop;
    if (s.empty()) s = brand;
    return s.empty() ? "Kiosk report" : s;
}

std::string style(const PageColours& c) {
    return "<style>\n"
           "body{margin:0;background:" +
           c.ground + ";color:" + c.words +
           ";font-family:'DejaVu Sans','Noto Sans',system-ui,sans-serif;font-size:16px}\n"
           "main{max-width:1240px;margin:0 auto;padding:24px 20px 32px}\n"
           "header h1{font-size:30px;margin:0 0 4px}header p{margin:0;font-size:17px}\n"
           "header .overline{font-size:14px;font-weight:700;letter-spacing:.08em;"
           "text-transform:uppercase;color:" +
           c.accent +
           "}\n"
           ".headline{display:grid;grid-template-columns:repeat(4,1fr);gap:16px;margin:20px 0}\n"
           ".tile,.card{background:" +
           c.card +
           ";border-radius:12px;box-shadow:0 1px 3px "
           "rgba(0,0,0,.12)}\n"
           ".tile{padding:16px 20px}.tile .value{display:block;font-size:44px;font-weight:700;"
           "color:" +
           c.accent +
           "}.tile .name{font-size:16px}\n"
           ".grid{display:grid;grid-template-columns:1fr 1fr;grid-auto-flow:dense;gap:16px;"
           "align-items:start}\n"
           ".card{padding:16px 20px;min-width:0}.card.wide{grid-column:1 / -1}\n"
           ".card h2{font-size:20px;margin:0 0 4px}.hint{margin:0 0 12px;color:" +
           c.quiet +
           ";font-size:14px}\n"
           "svg.chart{display:block;max-width:100%;height:auto;font-family:inherit}\n"
           "table{border-collapse:collapse;width:100%}th,td{text-align:right;padding:6px 10px;"
           "border-bottom:1px solid " +
           c.chart.track +
           "}th:first-child,td:first-child"
           "{text-align:left}\n"
           "footer{margin-top:20px;color:" +
           c.quiet +
           ";font-size:14px}\n"
           "</style>\n";
}

// The questions answered, in the quiz's order, then any the content does not know.
std::vector<std::string> questions_in_order(const Report& r, const ReportNames& names) {
    std::vector<std::string> order;
    for (const std::string& q : names.question_order)
        if (r.answers.count(q)) order.push_back(q);
    for (const auto& [q, counts] : r.answers)
        if (std::find(order.begin(), order.end(), q) == order.end()) order.push_back(q);
    return order;
}

std::string charts(const FleetReport& f, const ReportNames& names, const ChartColours& c) {
    const Report& r = f.total;
    std::string s;
    s += card("How far shoppers get",
              "Sessions that answered each question, in the quiz's order; some questions are only "
              "asked after certain answers",
              svg_bars(funnel_chart(r, names), c), true);
    s += card("Sessions at each kiosk", "Shopper sessions started at each kiosk",
              svg_bars(kiosks_chart(f), c));
    s += card("Products recommended", "Times each product was in a shopper's routine",
              svg_bars(products_chart(r, names), c));
    s += card("Sessions by hour of the day",
              "Sessions started in each hour (UTC), all days together",
              svg_columns(hours_chart(r), c), true);
    s += card("Time on each slide", "Average seconds on screen, and how often it was shown",
              svg_bars(slides_chart(r, names), c));
    for (const std::string& question : questions_in_order(r, names))
        s += card(question_label(names, question), "Shoppers' answers (their last choice)",
                  svg_bars(answers_chart(question, r.answers.at(question), names), c));
    if (!f.groups.empty()) s += card(std::string("By ") + by_name(f.by), "", group_table(f), true);
    return s;
}

std::string foot(const Report& r, const std::string& made) {
    std::string s = "<footer>";
    if (!made.empty()) s += "Made " + html_escape(made) + ". ";
    s += "<span data-figure=\"skipped_lines\" data-value=\"" + std::to_string(r.skipped_lines) +
         "\">" + plural(r.skipped_lines, "damaged line", "damaged lines") + " skipped.</span>";
    if (r.events_dropped)
        s += " " + plural(r.events_dropped, "event was", "events were") +
             " lost while a kiosk's disk was full.";
    return s + " Demo and preview runs are not counted.</footer>\n";
}

}  // namespace

std::string report_as_html(const FleetReport& f, const ReportPage& page) {
    const PageColours c = page_colours(page.theme);
    const std::string shops = shops_named(f, page.brand);
    const std::string period = period_name(f.total.first_day, f.total.last_day);
    const std::string title = "Kiosk report: " + shops + (period.empty() ? "" : ", " + period);
    std::string s = "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">\n<title>" +
                    html_escape(title) + "</title>\n" + style(c) + "</head>\n<body><main>\n";
    s += "<header><p class=\"overline\">Kiosk report</p><h1>" + html_escape(shops) +
         "</h1><p data-period=\"" + html_escape(f.total.first_day) + "/" +
         html_escape(f.total.last_day) + "\">" +
         html_escape(period.empty() ? "No shopper events yet" : period) + " &middot; " +
         plural(static_cast<int>(f.total.sessions_by_kiosk.size()), "kiosk", "kiosks") +
         "</p></header>\n";
    s += headline(f.total);
    s += "<div class=\"grid\">\n" + charts(f, page.names, c.chart) + "</div>\n";
    return s + foot(f.total, page.made) + "</main></body></html>\n";
}

}  // namespace kiosk
