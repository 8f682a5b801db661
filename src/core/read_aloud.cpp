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

// Which screen is on (for the results, which of their pages), in which language.
std::string screen_key(const KioskFlow& flow) {
    switch (flow.screen()) {
        case Screen::attract:
            return "slide " + flow.slide().id + " " + flow.language();
        case Screen::quiz:
            return "question " + flow.question().id + " " + flow.language();
        case Screen::results:
            return (flow.tips_page() ? "results tips " : "results products ") + flow.language();
    }
    return {};
}

// What is on screen, bottom up, one key a layer: the screen, the product sheet over the
// results, "Still there?" over either. Empty while the accessibility panel covers the screen.
std::vector<std::string> screen_keys(const KioskFlow& flow) {
    if (flow.overlay() == Overlay::accessibility) return {};
    std::vector<std::string> keys{screen_key(flow)};
    if (flow.screen() == Screen::results && !flow.sheet_product().empty())
        keys.push_back("product " + flow.sheet_product() + " " + flow.language());
    if (flow.overlay() == Overlay::still_there) keys.push_back("still there " + flow.language());
    return keys;
}

// `shorter` is what `longer` was with its top layers gone.
bool layers_gone(const std::vector<std::string>& shorter, const std::vector<std::string>& longer) {
    return shorter.size() < longer.size() &&
           std::equal(shorter.begin(), shorter.end(), longer.begin());
}

void add_titled(std::vector<std::string>& parts, const std::string& title,
                const std::vector<std::string>& items) {
    if (items.empty()) return;
    parts.push_back(title);
    parts.insert(parts.end(), items.begin(), items.end());
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

std::string spoken_words(const ProductSheetView& v) {
    std::vector<std::string> parts{v.name, v.price, v.summary, v.details};
    add_titled(parts, v.why_title, v.why);
    add_titled(parts, v.how_to_use_title, v.how_to_use);
    add_titled(parts, v.ingredients_title, v.key_ingredients);
    if (!v.location.empty()) parts.insert(parts.end(), {v.location_title, v.location});
    parts.insert(parts.end(), {v.order_note, v.takeaway_caption});
    return as_sentences(parts);
}

std::string spoken_words(const StillThereView& v) {
    return as_sentences({v.title, v.body});
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
    const std::vector<std::string> keys = screen_keys(flow);
    if (keys.empty()) return std::nullopt;  // the panel covers the screen
    if (keys == screen_) return keys.size() == 1 ? answers_tapped(flow) : std::nullopt;
    const bool closed = layers_gone(keys, screen_);
    screen_ = keys;
    if (closed) return std::nullopt;  // what is under was said when it came
    chosen_ = chosen_on_screen(flow);
    const std::string words = as_sentences({confirmed_, words_on_top(flow, now)});
    confirmed_.clear();
    return say({flow.language(), words});
}

std::string ReadAloud::words_on_top(const KioskFlow& flow, double now) {
    if (flow.overlay() == Overlay::still_there) return spoken_words(still_there_view(flow, now));
    if (const auto sheet = product_sheet_view(flow, now)) return spoken_words(*sheet);
    switch (flow.screen()) {
        case Screen::attract:
            return spoken_words(slide_view(flow, flow.slide()));
        case Screen::quiz:
            return spoken_words(quiz_view(flow, now, ahead_));
        case Screen::results:
            return spoken_words(results_view(flow, now));
    }
    return {};
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
