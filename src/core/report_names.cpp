// The report's names for things: the content's words for the ids in events, the days covered.
#include "core/report_html.hpp"

namespace kiosk {
namespace {

struct Day {
    int year = 0, month = 0, day = 0;
};

bool read_day(const std::string& text, Day& out) {
    if (text.size() != 10 || text[4] != '-' || text[7] != '-') return false;
    try {
        out = {std::stoi(text.substr(0, 4)), std::stoi(text.substr(5, 2)),
               std::stoi(text.substr(8, 2))};
    } catch (...) {
        return false;
    }
    return out.month >= 1 && out.month <= 12 && out.day >= 1 && out.day <= 31;
}

const char* month_name(int month) {
    static const char* names[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                  "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    return names[month - 1];
}

}  // namespace

ReportNames report_names(const Content& content) {
    const std::string& language = content.kiosk.default_language;
    const auto words = [&](const Text& text) { return text.in(language, language); };
    ReportNames names;
    for (const Question& q : content.quiz.questions) {
        names.questions[q.id] = words(q.text);
        names.question_order.push_back(q.id);
        for (const Answer& a : q.answers) names.answers[{q.id, a.id}] = words(a.text);
    }
    for (const Product& p : content.products) names.products[p.id] = words(p.name);
    for (const Slide& s : content.slides) names.slides[s.id] = words(s.title);
    return names;
}

std::string period_name(const std::string& first_day, const std::string& last_day) {
    Day a, b;
    if (!read_day(first_day, a)) return {};
    if (!read_day(last_day, b)) b = a;
    const auto whole = [](const Day& d) {
        return std::to_string(d.day) + " " + month_name(d.month) + " " + std::to_string(d.year);
    };
    if (first_day == last_day || (a.year == b.year && a.month == b.month && a.day == b.day))
        return whole(a);
    if (a.year == b.year && a.month == b.month)
        return std::to_string(a.day) + "\xE2\x80\x93" + whole(b);  // 1–3 May 2024
    if (a.year == b.year)
        return std::to_string(a.day) + " " + month_name(a.month) + " \xE2\x80\x93 " + whole(b);
    return whole(a) + " \xE2\x80\x93 " + whole(b);
}

}  // namespace kiosk
