#include "core/recommend.hpp"

#include <algorithm>

namespace kiosk {
namespace {

int weight_of(const TagWeights& tags, std::string_view tag) {
    for (const auto& [name, weight] : tags)
        if (name == tag) return weight;
    return 0;
}

int contribution(const Answer& answer, const Product& product) {
    int sum = 0;
    for (const auto& [tag, weight] : answer.tags) sum += weight * weight_of(product.tags, tag);
    return sum;
}

std::vector<const Answer*> reasons(const Product& product,
                                   const std::vector<const Answer*>& answers) {
    std::vector<std::pair<int, const Answer*>> helping;
    for (const Answer* a : answers)
        if (int c = contribution(*a, product); c > 0) helping.emplace_back(c, a);
    std::stable_sort(helping.begin(), helping.end(),
                     [](const auto& x, const auto& y) { return x.first > y.first; });
    std::vector<const Answer*> out;
    for (size_t i = 0; i < helping.size() && i < 2; ++i) out.push_back(helping[i].second);
    return out;
}

std::vector<const Tip*> tips_for(const Quiz& quiz, const Profile& profile) {
    std::vector<std::pair<int, const Tip*>> ranked;
    for (const Tip& tip : quiz.tips) {
        bool applies = false;
        int rank = 0;
        for (const std::string& tag : tip.when_tags) {
            auto it = profile.find(tag);
            int p = it == profile.end() ? 0 : it->second;
            if (p > 0) applies = true;
            rank += p;
        }
        if (applies) ranked.emplace_back(rank, &tip);
    }
    std::stable_sort(ranked.begin(), ranked.end(),
                     [](const auto& x, const auto& y) { return x.first > y.first; });
    std::vector<const Tip*> out;
    for (size_t i = 0; i < ranked.size() && static_cast<int>(i) < quiz.max_tips; ++i)
        out.push_back(ranked[i].second);
    return out;
}

}  // namespace

bool is_shown(const Question& question, const Choices& choices) {
    if (!question.show_if) return true;
    auto it = choices.find(question.show_if->question);
    if (it == choices.end()) return false;
    for (const std::string& chosen : it->second)
        for (const std::string& wanted : question.show_if->any_of)
            if (chosen == wanted) return true;
    return false;
}

std::vector<const Answer*> counted_answers(const Quiz& quiz, const Choices& choices) {
    // A question is shown only when the question it depends on was itself shown and answered
    // so; answers left over from a hidden question do not count.
    Choices shown_choices;
    std::vector<const Answer*> out;
    for (const Question& q : quiz.questions) {
        if (!is_shown(q, shown_choices)) continue;
        auto it = choices.find(q.id);
        if (it == choices.end()) continue;
        shown_choices[q.id] = it->second;
        for (const std::string& answer_id : it->second)
            if (const Answer* a = q.find_answer(answer_id)) out.push_back(a);
    }
    return out;
}

Profile profile_of(const Quiz& quiz, const Choices& choices) {
    Profile profile;
    for (const Answer* a : counted_answers(quiz, choices))
        for (const auto& [tag, weight] : a->tags) profile[tag] += weight;
    return profile;
}

int score_of(const Product& product, const Profile& profile) {
    int score = 0;
    for (const auto& [tag, weight] : product.tags)
        if (auto it = profile.find(tag); it != profile.end()) score += it->second * weight;
    return score;
}

Recommendation recommend(const Content& content, const Choices& choices) {
    Recommendation r;
    const std::vector<const Answer*> answers = counted_answers(content.quiz, choices);
    r.profile = profile_of(content.quiz, choices);

    std::vector<RecommendedProduct> ranked;
    for (const Product& p : content.products)
        if (p.in_stock) ranked.push_back({&p, score_of(p, r.profile), {}});
    std::stable_sort(ranked.begin(), ranked.end(),
                     [](const auto& x, const auto& y) { return x.score > y.score; });

    const int most = content.quiz.results.max_products;
    for (RecommendedProduct& candidate : ranked) {
        if (static_cast<int>(r.products.size()) >= most) break;
        if (candidate.score < content.quiz.results.min_score) break;
        candidate.why = reasons(*candidate.product, answers);
        r.products.push_back(candidate);
    }

    if (r.products.empty()) {
        for (const std::string& id : content.quiz.results.fallback) {
            const Product* p = content.find_product(id);
            if (p && p->in_stock) r.products.push_back({p, score_of(*p, r.profile), {}});
        }
        r.fallback = true;
    }
    r.tips = tips_for(content.quiz, r.profile);
    return r;
}

}  // namespace kiosk
