#include "core/read_aloud.hpp"

#include <algorithm>

#include "core/shopper_view.hpp"

namespace kiosk {
namespace {

bool ends_a_sentence(const std::string& part) {
    const auto last = part.find_last_not_of(" \t\n");
    if (last == std::string::npos) return false;
    const char c = part[last];
    return c == '.' || c == '?' || c == '!' || c == ':' || c == ';';
}

// Which screen is on, in which language; empty while a panel covers it.
std::string screen_key(const KioskFlow& flow) {
    if (flow.overlay() != Overlay::none) return {};
    switch (flow.screen()) {
        case Screen::attract:
            return "slide " + flow.slide().id + " " + flow.language();
        case Screen::quiz:
            return "question " + flow.question().id + " " + flow.language();
        case Screen::results:
            return "results " + flow.language();
    }
    return {};
}

std::vector<std::string> chosen_on_screen(const KioskFlow& flow) {
    if (flow.screen() != Screen::quiz) return {};
    auto it = flow.choices().find(flow.question().id);
    return it == flow.choices().end() ? std::vector<std::string>{} : it->second;
}

bool has(const std::vector<std::string>& ids, const std::string& id) {
    return std::find(ids.begin(), ids.end(), id) != ids.end();
}

}  // namespace

std::string as_sentences(const std::vector<std::string>& parts) {
    std::string out;
    for (const std::string& part : parts) {
        if (part.empty()) continue;
        if (!out.empty()) out += ends_a_sentence(out) ? " " : ". ";
        out += part;
    }
    if (!out.empty() && !ends_a_sentence(out)) out += ".";
    return out;
}

std::string spoken_words(const QuizView& v) {
    std::vector<std::string> parts{v.question, v.hint};
    for (const AnswerTile& a : v.answers) parts.push_back(a.label);
    return as_sentences(parts);
}

std::string spoken_words(const ResultsView& v) {
    if (v.tips_page) {  // the tips' page of results in two
        std::vector<std::string> parts{v.tips_title};
        for (const TipCard& tip : v.tips) parts.insert(parts.end(), {tip.title, tip.body});
        return as_sentences(parts);
    }
    std::vector<std::string> parts{v.title, v.intro};
    for (const ProductCard& card : v.cards) {
        parts.push_back(card.name);
        for (const std::string& why : card.why) parts.push_back(why);
    }
    return as_sentences(parts);
}

std::string spoken_words(const SlideView& v) {
    std::vector<std::string> parts{v.title, v.body};
    parts.insert(parts.end(), v.points.begin(), v.points.end());
    return as_sentences(parts);
}

std::optional<Utterance> ReadAloud::say(Utterance u) {
    last_ = u;
    return u;
}

std::optional<Utterance> ReadAloud::next(const KioskFlow& flow, double now) {
    if (!flow.aids().has(Aid::read_aloud)) {
        const bool was_on = on_;
        on_ = false;
        screen_.clear();
        confirmed_.clear();
        if (was_on) return say({flow.language(), ""});
        return std::nullopt;
    }
    on_ = true;
    const std::string key = screen_key(flow);
    if (key.empty()) return std::nullopt;
    if (key == screen_) return answers_tapped(flow);
    screen_ = key;
    chosen_ = chosen_on_screen(flow);
    std::string words;
    switch (flow.screen()) {
        case Screen::attract:
            words = spoken_words(slide_view(flow, flow.slide()));
            break;
        case Screen::quiz:
            words = spoken_words(quiz_view(flow, now, ahead_));
            break;
        case Screen::results:
            words = spoken_words(results_view(flow, now));
            break;
    }
    words = as_sentences({confirmed_, words});
    confirmed_.clear();
    return say({flow.language(), words});
}

// Each answer tapped on the question on screen, and whether it is now chosen. A one-answer
// question moves on as soon as it is answered: its answer is said at the start of what comes
// next, so that the next screen does not cut it off.
std::optional<Utterance> ReadAloud::answers_tapped(const KioskFlow& flow) {
    const std::vector<std::string> now_chosen = chosen_on_screen(flow);
    if (now_chosen == chosen_) return std::nullopt;
    std::vector<std::string> parts;
    for (const Answer& a : flow.question().answers) {
        const bool was = has(chosen_, a.id), is = has(now_chosen, a.id);
        if (was == is || (!is && flow.question().choose == Choose::one)) continue;
        parts.push_back(fill_in(word(flow, is ? "answer_chosen" : "answer_not_chosen"), "answer",
                                text(flow, a.text)));
    }
    chosen_ = now_chosen;
    if (parts.empty()) return std::nullopt;
    if (flow.confirming()) {
        confirmed_ = as_sentences(parts);
        return std::nullopt;
    }
    return say({flow.language(), as_sentences(parts)});
}

}  // namespace kiosk
