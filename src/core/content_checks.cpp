#include "core/content_checks.hpp"

#include <set>

#include "core/answer_paths.hpp"
#include "core/closest_key.hpp"
#include "core/content_fields.hpp"

namespace kiosk {

void check_fallback_products(ContentFile& quiz_file, const std::vector<Product>& products) {
    const auto results = root_of(quiz_file).member("results");
    const auto fallback = results ? results->member("fallback") : std::nullopt;
    if (!fallback || !fallback->value->is_array()) return;
    std::vector<std::string_view> ids;
    for (const Product& p : products) ids.push_back(p.id);
    for (std::size_t i = 0; i < fallback->value->size(); ++i) {
        const Field entry = fallback->element(i);
        if (!entry.value->is_string()) continue;
        const std::string& id = entry.value->get_ref<const std::string&>();
        if (std::find(ids.begin(), ids.end(), id) != ids.end()) continue;
        std::string message = "fallback names unknown product '" + id + "'";
        if (auto close = closest_key(id, ids))
            message += "; did you mean '" + std::string(*close) + "'?";
        entry.error(std::move(message));
    }
}

namespace {

std::set<std::string, std::less<>> tags_in_use(const Quiz& quiz,
                                               const std::vector<Product>& products) {
    std::set<std::string, std::less<>> tags;
    for (const Product& p : products)
        for (const auto& [tag, weight] : p.tags)
            if (weight > 0) tags.insert(tag);
    for (const Tip& tip : quiz.tips) tags.insert(tip.when_tags.begin(), tip.when_tags.end());
    return tags;
}

std::string answer_pointer(std::size_t question, std::size_t answer) {
    return "/questions/" + std::to_string(question) + "/answers/" + std::to_string(answer);
}

}  // namespace

void check_answer_tags(ContentFile& quiz_file, const Quiz& quiz,
                       const std::vector<Product>& products) {
    const auto in_use = tags_in_use(quiz, products);
    for (std::size_t q = 0; q < quiz.questions.size(); ++q) {
        const std::vector<Answer>& answers = quiz.questions[q].answers;
        for (std::size_t a = 0; a < answers.size(); ++a)
            for (const auto& [tag, weight] : answers[a].tags)
                if (!in_use.contains(tag))
                    quiz_file.warning(answer_pointer(q, a) + "/tags/" + pointer_token(tag),
                                      "answer '" + answers[a].id +
                                          "': no product carries the tag '" + tag +
                                          "', so it changes no recommendation");
    }
}

void check_answer_paths(ContentFile& quiz_file, ContentFile& products_file,
                        const Content& content) {
    const AnswerPathFindings findings = find_answer_path_gaps(content);
    const std::string why = findings.walked_every_path
                                ? "no combination of answers puts it in the results"
                                : "its tags can never reach min_score " +
                                      std::to_string(content.quiz.results.min_score);
    for (std::size_t i : findings.never_recommended)
        products_file.warning(
            "/products/" + std::to_string(i),
            "product '" + content.products[i].id + "' can never be recommended: " + why);
    if (findings.nothing_example)
        quiz_file.warning("/results/fallback",
                          "some answers recommend no product and there is no fallback, for "
                          "example " +
                              describe_choices(content.quiz, *findings.nothing_example));
}

void check_map_points(ContentFile& products_file, const Content& content) {
    if (!content.kiosk.store_map.empty()) return;
    for (std::size_t i = 0; i < content.products.size(); ++i)
        if (content.products[i].map_point)
            products_file.warning("/products/" + std::to_string(i) + "/map_x",
                                  "product '" + content.products[i].id +
                                      "' has a place on the store map (map_x, map_y), but "
                                      "kiosk.json has no store_map, so no map shows it");
}

}  // namespace kiosk
