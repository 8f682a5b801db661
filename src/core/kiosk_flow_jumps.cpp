// The preview's jumps and its reload (KioskFlow::jump, KioskFlow::replace_content): the flow
// taken at once to any slide, question or results, as staff ask for them with keys.
#include <algorithm>

#include "core/kiosk_flow.hpp"

namespace kiosk {
namespace {

// The answers of `choices` the quiz has: questions and answers it does not know are left out,
// and a question keeps at most as many answers as it takes.
Choices known_choices(const Quiz& quiz, const Choices& choices) {
    Choices known;
    for (const auto& [question_id, answers] : choices) {
        const int index = quiz.question_index(question_id);
        if (index < 0) continue;
        const Question& question = quiz.questions[static_cast<size_t>(index)];
        auto& kept = known[question_id];
        for (const std::string& answer : answers)
            if (question.find_answer(answer) &&
                static_cast<int>(kept.size()) < question.most_answers())
                kept.push_back(answer);
    }
    return known;
}

// Adds the answers the show_if of question `index` needs for it to show, and those of the
// questions that one depends on in turn, keeping an answer given that already does.
void add_needed_answers(const Quiz& quiz, int index, Choices& choices) {
    while (index >= 0) {
        const Question& q = quiz.questions[static_cast<size_t>(index)];
        if (!q.show_if || q.show_if->any_of.empty()) return;
        const int earlier = quiz.question_index(q.show_if->question);
        if (earlier < 0 || earlier >= index) return;
        auto& chosen = choices[q.show_if->question];
        const auto& any_of = q.show_if->any_of;
        const bool shown = std::any_of(chosen.begin(), chosen.end(), [&](const std::string& a) {
            return std::find(any_of.begin(), any_of.end(), a) != any_of.end();
        });
        if (!shown) chosen = {any_of.front()};
        index = earlier;
    }
}

}  // namespace

void KioskFlow::jump(const Jump& to, double now) {
    last_touch_ = now;
    if (overlay_ != Overlay::none) {
        overlay_ = Overlay::none;
        changed();
    }
    std::visit([&](const auto& j) { go(j, now); }, to);
}

void KioskFlow::go(const jump::Slides&, double now) {
    if (screen_ == Screen::attract) return;
    const std::string language = language_;
    end_session(now, "jump");
    language_ = language;
    show_attract(now);
}

void KioskFlow::go(const jump::NextSlide&, double now) {
    go(jump::Slides{}, now);
    take(shopper::NextSlide{}, now);
}

void KioskFlow::go(const jump::PreviousSlide&, double now) {
    go(jump::Slides{}, now);
    take(shopper::PreviousSlide{}, now);
}

void KioskFlow::go(const jump::NextLanguage&, double) {
    const auto& codes = content_->kiosk.languages;
    if (codes.empty()) return;
    auto it = std::find(codes.begin(), codes.end(), language_);
    language_ = it == codes.end() || it + 1 == codes.end() ? codes.front() : *(it + 1);
    changed();
}

void KioskFlow::go(const jump::Question& j, double now) {
    const auto& questions = content_->quiz.questions;
    if (j.number < 1 || j.number > static_cast<int>(questions.size())) return;
    const int index = j.number - 1;
    Choices choices = known_choices(content_->quiz, j.answered);
    add_needed_answers(content_->quiz, index, choices);
    start_jump_session(now);
    choices_ = std::move(choices);
    for (int i = 0; i < index; ++i)
        if (is_shown(questions[static_cast<size_t>(i)], choices_)) question_path_.push_back(i);
    go_to_question(index, now, false);
}

void KioskFlow::go(const jump::Results& j, double now) {
    const auto& questions = content_->quiz.questions;
    if (questions.empty()) return;
    Choices choices = known_choices(content_->quiz, j.answers);
    start_jump_session(now);
    choices_ = std::move(choices);
    for (size_t i = 0; i < questions.size(); ++i)
        if (is_shown(questions[i], choices_)) question_path_.push_back(static_cast<int>(i));
    if (question_path_.empty()) question_path_.push_back(0);
    question_index_ = question_path_.back();
    finish_quiz(now);
}

// A session of the jump's own, in the language chosen before it.
void KioskFlow::start_jump_session(double now) {
    const std::string language = language_;
    end_session(now, "jump");
    language_ = language;
    start_session(now, "jump");
    question_path_.clear();
    recommendation_ = {};
}

void KioskFlow::replace_content(std::shared_ptr<const Content> content, double now) {
    const Screen was = screen_;
    const int number = question_index_ + 1;
    const Choices answers = choices_;
    const std::string language = language_;
    offer_content(std::move(content), now, true);
    take(shopper::ChooseLanguage{language}, now);  // when the new content still offers it
    if (was == Screen::quiz) go(jump::Question{number, answers}, now);
    if (was == Screen::results) go(jump::Results{answers}, now);
}

}  // namespace kiosk
