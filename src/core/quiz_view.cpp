#include "core/quiz_view.hpp"

#include <algorithm>

#include "core/utf8.hpp"

namespace kiosk {
namespace {

std::string hint_for(const KioskFlow& flow, const Question& q) {
    std::string hint = text(flow, q.hint);
    if (!hint.empty()) return hint;
    if (q.choose == Choose::one) return word(flow, "pick_one");
    if (q.max > 0) return fill_in(word(flow, "pick_many"), "max", std::to_string(q.max));
    return word(flow, "pick_any");
}

std::string first_letter(const std::string& words) {
    return words.substr(0, utf8_sequence_length(words));
}

std::vector<AnswerTile> answer_tiles(const KioskFlow& flow, const Question& q) {
    const auto chosen = flow.choices().find(q.id);
    const int taken = chosen == flow.choices().end() ? 0 : static_cast<int>(chosen->second.size());
    const bool at_most = q.choose == Choose::many && taken >= q.most_answers();
    std::vector<AnswerTile> tiles;
    for (const Answer& a : q.answers) {
        const bool selected = flow.is_chosen(a.id);
        std::string label = text(flow, a.text);
        tiles.push_back({.answer = a.id,
                         .label = label,
                         .icon = a.image,
                         .initial = first_letter(label),
                         .selected = selected,
                         .many = q.choose == Choose::many,
                         .full = at_most && !selected});
    }
    return tiles;
}

std::vector<std::string> pictures_ahead_of(const KioskFlow& flow) {
    std::vector<std::string> pictures;
    auto add = [&](const std::string& image) {
        if (!image.empty()) pictures.push_back(image);
    };
    const auto& questions = flow.content().quiz.questions;
    for (size_t i = static_cast<size_t>(
             std::max(0, flow.content().quiz.question_index(flow.question().id)));
         i < questions.size(); ++i)
        for (const Answer& a : questions[i].answers) add(a.image);
    for (const RecommendedProduct& p : recommend(flow.content(), flow.choices()).products)
        add(p.product->image);
    return pictures;
}

}  // namespace

std::shared_ptr<const std::vector<std::string>> PicturesAhead::of(const KioskFlow& flow) {
    const bool same = pictures_ && content_.lock() == flow.content_ptr() &&
                      question_ == flow.question().id && choices_ == flow.choices();
    if (!same) {
        content_ = flow.content_ptr();
        question_ = flow.question().id;
        choices_ = flow.choices();
        pictures_ = std::make_shared<const std::vector<std::string>>(pictures_ahead_of(flow));
    }
    return pictures_;
}

QuizView quiz_view(const KioskFlow& flow, double now, PicturesAhead& ahead) {
    const Question& q = flow.question();
    QuizView v{.question_id = q.id,
               .aids = aids_button_view(flow),
               .question = text(flow, q.text),
               .hint = hint_for(flow, q),
               .answers = answer_tiles(flow, q),
               .number = flow.question_step(),
               .total = flow.question_total(),
               .home = word(flow, "home"),
               .back = word(flow, "back"),
               .has_back = flow.question_number() > 1,
               .has_next = q.choose == Choose::many,
               .next_enabled = flow.can_go_next(),
               .arrival = motion_share(now, flow.question_since(), question_slide_in_seconds),
               .arrival_ends = flow.question_since() + question_slide_in_seconds,
               .from_left = flow.moving_back(),
               .pictures_ahead = ahead.of(flow)};
    v.progress = fill_in(fill_in(word(flow, "question_progress"), "n", std::to_string(v.number)),
                         "total", std::to_string(v.total));
    if (v.has_next) {
        v.next = word(flow, flow.is_last_question() ? "see_results" : "next");
        const auto taken = static_cast<int>(
            std::count_if(v.answers.begin(), v.answers.end(), [](auto& a) { return a.selected; }));
        v.next_ready = taken > 0;
        v.chosen = q.max > 0 ? fill_in(word(flow, "chosen_count"), "max", std::to_string(q.max))
                             : word(flow, "chosen_any");
        v.chosen = fill_in(v.chosen, "n", std::to_string(taken));
    }
    return v;
}

}  // namespace kiosk
