// quiz.json, "questions": the questions, their answers and when each is shown.
#include "core/closest_key.hpp"
#include "core/content_files.hpp"

namespace kiosk {
namespace {

constexpr int most_answer_weight = 10;

constexpr ObjectList question_list{"quiz.json", "/questions/*", "question"};
constexpr ObjectList answer_list{"quiz.json", "/questions/*/answers/*", "answer"};

void read_answer(const Field& field, Answer& answer, ReadingContext& context) {
    if (auto text = field.member("text")) answer.text = read_text(*text, context.text);
    if (auto reason = field.member("reason")) answer.reason = read_text(*reason, context.text);
    if (auto image = field.member("image"))
        answer.image = read_image(*image, context.images).value_or("");
    if (auto tags = field.member("tags"))
        answer.tags = read_tag_weights(*tags, -most_answer_weight, most_answer_weight,
                                       "answer '" + answer.id + "'");
}

void read_answers(const Field& field, Question& question, ReadingContext& context) {
    if (field.value->is_array() && field.value->size() == 1)
        field.error("a question needs at least two answers");
    question.answers = read_object_list(field, answer_list, context, read_answer);
}

std::optional<Choose> read_choose(const Field& field) {
    auto word = read_string(field);
    if (!word) return std::nullopt;
    if (*word == "one") return Choose::one;
    if (*word == "many") return Choose::many;
    field.error("choose '" + *word + "' must be 'one' or 'many'");
    return std::nullopt;
}

void read_max(const Field& field, Question& question) {
    if (question.choose != Choose::many) {
        field.warning("max only applies when choose is 'many'; it is ignored");
        return;
    }
    const int answers = std::max(1, static_cast<int>(question.answers.size()));
    question.max =
        read_whole_number(field, 1, answers, "question '" + question.id + "': max").value_or(0);
}

std::optional<ShowIf> read_show_if(const Field& field) {
    if (!check_object(field, object_keys("quiz.json", "/questions/*/show_if"))) return std::nullopt;
    ShowIf show_if;
    if (auto question = field.member("question"))
        show_if.question = read_string(*question).value_or("");
    const auto any_of = field.member("any_of");
    const auto answers = any_of ? read_array(*any_of, "answer id") : std::nullopt;
    if (answers)
        for (const Field& answer : *answers)
            show_if.any_of.push_back(read_string(answer).value_or(""));
    return show_if;
}

void read_question(const Field& field, Question& question, ReadingContext& context) {
    if (auto text = field.member("text")) question.text = read_text(*text, context.text);
    if (auto hint = field.member("hint")) question.hint = read_text(*hint, context.text);
    if (auto choose = field.member("choose"))
        question.choose = read_choose(*choose).value_or(Choose::one);
    if (auto answers = field.member("answers")) read_answers(*answers, question, context);
    if (auto max = field.member("max")) read_max(*max, question);
    if (auto show_if = field.member("show_if")) question.show_if = read_show_if(*show_if);
}

int index_of(const std::string& id, const std::vector<Question>& all) {
    for (std::size_t i = 0; i < all.size(); ++i)
        if (all[i].id == id) return static_cast<int>(i);
    return -1;
}

std::string unknown_question_message(const std::string& name, const std::vector<Question>& all) {
    std::vector<std::string_view> ids;
    for (const Question& q : all) ids.push_back(q.id);
    std::string message = "show_if names unknown question '" + name + "'";
    if (auto close = closest_key(name, ids))
        message += "; did you mean '" + std::string(*close) + "'?";
    return message;
}

void check_show_if(const Field& field, std::size_t index, const std::vector<Question>& all) {
    const ShowIf& show_if = *all[index].show_if;
    const Field named = field.member("question").value_or(field);
    if (show_if.question.empty()) return;
    const int target = index_of(show_if.question, all);
    if (target < 0) return named.error(unknown_question_message(show_if.question, all));
    if (static_cast<std::size_t>(target) == index)
        return named.error("show_if names this question itself; it must name an earlier question");
    if (static_cast<std::size_t>(target) > index)
        return named.error("show_if names question '" + show_if.question +
                           "', which comes later; it must name an earlier question");
    const auto any_of = field.member("any_of");
    for (std::size_t i = 0; any_of && i < show_if.any_of.size(); ++i)
        if (!show_if.any_of[i].empty() &&
            !all[static_cast<std::size_t>(target)].find_answer(show_if.any_of[i]))
            any_of->element(i).error("question '" + show_if.question + "' has no answer '" +
                                     show_if.any_of[i] + "'");
}

}  // namespace

std::vector<Question> read_questions(const Field& field, ReadingContext& context) {
    std::vector<Question> questions =
        read_object_list(field, question_list, context, read_question);
    for (std::size_t i = 0; i < questions.size(); ++i)
        if (questions[i].show_if) check_show_if(*field.element(i).member("show_if"), i, questions);
    return questions;
}

}  // namespace kiosk
