// quiz.json: the introduction, the questions (see quiz_questions.cpp), scoring and tips.
#include "core/content_files.hpp"

namespace kiosk {
namespace {

constexpr int most_products_shown = 6;
constexpr int most_tips_shown = 20;
constexpr int score_limit = 1'000'000;

std::vector<std::string> read_names(const Field& field, std::string_view what) {
    std::vector<std::string> names;
    if (auto elements = read_array(field))
        for (const Field& element : *elements)
            if (auto name = read_name(element, what)) names.push_back(*name);
    return names;
}

ResultsRule read_results(const Field& field) {
    ResultsRule results;
    if (!check_object(field, object_keys("quiz.json", "/results"))) return results;
    if (auto max = field.member("max_products"))
        results.max_products =
            read_whole_number(*max, 1, most_products_shown, "max_products").value_or(3);
    if (auto min = field.member("min_score"))
        results.min_score =
            read_whole_number(*min, -score_limit, score_limit, "min_score").value_or(1);
    if (auto fallback = field.member("fallback"))
        results.fallback = read_names(*fallback, "product id");
    return results;
}

constexpr ObjectList tip_list{
    .file = "quiz.json", .objects = "/tips/*", .element = "tip", .may_be_empty = true};

void read_tip(const Field& field, Tip& tip, ReadingContext& context) {
    if (auto title = field.member("title")) tip.title = read_text(*title, context.text);
    if (auto body = field.member("body")) tip.body = read_text(*body, context.text);
    if (auto tags = field.member("when_tags")) tip.when_tags = read_names(*tags, "tag");
}

}  // namespace

Quiz read_quiz(const Field& root, ReadingContext& context) {
    Quiz quiz;
    if (!check_object(root, object_keys("quiz.json", ""))) return quiz;
    if (auto intro = root.member("intro")) quiz.intro = read_text(*intro, context.text);
    if (auto questions = root.member("questions"))
        quiz.questions = read_questions(*questions, context);
    if (auto results = root.member("results")) quiz.results = read_results(*results);
    if (auto tips = root.member("tips"))
        quiz.tips = read_object_list(*tips, tip_list, context, read_tip);
    if (auto max_tips = root.member("max_tips"))
        quiz.max_tips = read_whole_number(*max_tips, 0, most_tips_shown, "max_tips").value_or(2);
    return quiz;
}

}  // namespace kiosk
