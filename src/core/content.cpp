#include "core/content.hpp"

#include <algorithm>
#include <set>

#include "core/utf8.hpp"

namespace kiosk {

const std::string& Text::in(std::string_view language, std::string_view default_language) const {
    static const std::string nothing;
    if (by_language.empty()) return everywhere;
    if (auto it = by_language.find(std::string(language)); it != by_language.end())
        return it->second;
    if (auto it = by_language.find(std::string(default_language)); it != by_language.end())
        return it->second;
    return nothing;
}

const Answer* Question::find_answer(std::string_view answer_id) const {
    auto it = std::find_if(answers.begin(), answers.end(),
                           [&](const Answer& a) { return a.id == answer_id; });
    return it == answers.end() ? nullptr : &*it;
}

const Question* Quiz::find_question(std::string_view question_id) const {
    int i = question_index(question_id);
    return i < 0 ? nullptr : &questions[static_cast<size_t>(i)];
}

int Quiz::question_index(std::string_view question_id) const {
    for (size_t i = 0; i < questions.size(); ++i)
        if (questions[i].id == question_id) return static_cast<int>(i);
    return -1;
}

const Product* Content::find_product(std::string_view product_id) const {
    auto it = std::find_if(products.begin(), products.end(),
                           [&](const Product& p) { return p.id == product_id; });
    return it == products.end() ? nullptr : &*it;
}

const Slide* Content::find_slide(std::string_view slide_id) const {
    auto it = std::find_if(slides.begin(), slides.end(),
                           [&](const Slide& s) { return s.id == slide_id; });
    return it == slides.end() ? nullptr : &*it;
}

std::string Content::string(std::string_view key, std::string_view language) const {
    auto it = kiosk.strings.find(key);
    if (it == kiosk.strings.end()) return std::string(key);
    return it->second.in(language, kiosk.default_language);
}

}  // namespace kiosk

namespace kiosk {

namespace {

void add(std::string& out, const Text& t) {
    out += t.everywhere;
    for (const auto& [language, s] : t.by_language) out += s;
}

}  // namespace

std::string every_text(const Content& c) {
    std::string out = c.kiosk.brand.name;
    add(out, c.kiosk.disclaimer);
    for (const auto& [key, t] : c.kiosk.strings) add(out, t);
    for (const Slide& s : c.slides) {
        add(out, s.title);
        add(out, s.body);
        for (const Text& p : s.points) add(out, p);
        out += s.source;
    }
    add(out, c.quiz.intro);
    for (const Question& q : c.quiz.questions) {
        add(out, q.text);
        add(out, q.hint);
        for (const Answer& a : q.answers) {
            add(out, a.text);
            add(out, a.reason);
        }
    }
    for (const Tip& t : c.quiz.tips) {
        add(out, t.title);
        add(out, t.body);
    }
    for (const Product& p : c.products) {
        add(out, p.name);
        add(out, p.summary);
        out += p.price;
        add(out, p.details);
        for (const Text& step : p.how_to_use) add(out, step);
        for (const Text& ingredient : p.key_ingredients) add(out, ingredient);
        add(out, p.location);
    }
    return out;
}

std::string every_character(const Content& content) {
    const std::string text = every_text(content);
    std::set<char32_t> seen;
    for (size_t at = 0; at < text.size();) {
        const std::string_view rest(text.data() + at, text.size() - at);
        const size_t length = utf8_sequence_length(rest);
        if (length == 0) {
            ++at;  // not UTF-8: the loader refuses such files, so this is never reached
            continue;
        }
        seen.insert(utf8_code_point(rest, length));
        at += length;
    }
    std::string out;
    for (char32_t c : seen) append_utf8(out, c);
    return out;
}

}  // namespace kiosk
