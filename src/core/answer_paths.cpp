#include "core/answer_paths.hpp"

#include <algorithm>
#include <map>

namespace kiosk {
namespace {

// Depth-first walk over the questions, keeping the profile of the answers chosen so far.
class PathWalk {
public:
    PathWalk(const Content& content, const AnswerPathLimits& limits)
        : quiz_(content.quiz), limits_(limits), products_(std::max<std::size_t>(1, content.products.size())) {}

    // False when the walk went over the limits.
    bool run() {
        walk(0);
        return !over_;
    }
    [[nodiscard]] std::size_t paths() const { return paths_; }
    [[nodiscard]] const std::map<Profile, Choices>& profiles() const { return profiles_; }

private:
    const Quiz& quiz_;
    const AnswerPathLimits& limits_;
    std::size_t products_;
    Choices choices_;
    Profile profile_;
    std::map<Profile, Choices> profiles_;  // each distinct profile with one path that gives it
    std::size_t paths_ = 0;
    bool over_ = false;

    void walk(std::size_t question) {
        if (over_) return;
        if (question == quiz_.questions.size()) return finish_path();
        const Question& q = quiz_.questions[question];
        if (!is_shown(q, choices_)) return walk(question + 1);
        std::vector<std::size_t> picked;
        pick(question, 0, picked);
    }

    // Every set of 1..most_answers() answers of one question, then the questions after it.
    void pick(std::size_t question, std::size_t from, std::vector<std::size_t>& picked) {
        const Question& q = quiz_.questions[question];
        for (std::size_t a = from; a < q.answers.size() && !over_; ++a) {
            picked.push_back(a);
            choose(q, a, +1);
            walk(question + 1);
            if (static_cast<int>(picked.size()) < q.most_answers()) pick(question, a + 1, picked);
            choose(q, a, -1);
            picked.pop_back();
        }
    }

    void choose(const Question& q, std::size_t answer, int sign) {
        const Answer& a = q.answers[answer];
        std::vector<std::string>& chosen = choices_[q.id];
        if (sign > 0) chosen.push_back(a.id);
        else chosen.pop_back();
        if (chosen.empty()) choices_.erase(q.id);
        for (const auto& [tag, weight] : a.tags) {
            int& total = profile_[tag];
            total += sign * weight;
            if (total == 0) profile_.erase(tag);
        }
    }

    void finish_path() {
        ++paths_;
        profiles_.try_emplace(profile_, choices_);
        if (paths_ > limits_.most_paths || profiles_.size() * products_ > limits_.most_scorings)
            over_ = true;
    }
};

bool has_fallback(const Content& content) {
    for (const std::string& id : content.quiz.results.fallback)
        if (const Product* p = content.find_product(id); p && p->in_stock) return true;
    return false;
}

// The highest total each tag can reach over any answers (show_if ignored, which only raises it).
Profile highest_profile(const Quiz& quiz) {
    Profile highest;
    for (const Question& q : quiz.questions) {
        std::map<std::string, std::vector<int>> positive;
        for (const Answer& a : q.answers)
            for (const auto& [tag, weight] : a.tags)
                if (weight > 0) positive[tag].push_back(weight);
        for (auto& [tag, weights] : positive) {
            std::sort(weights.rbegin(), weights.rend());
            const std::size_t take = std::min(weights.size(), static_cast<std::size_t>(q.most_answers()));
            for (std::size_t i = 0; i < take; ++i) highest[tag] += weights[i];
        }
    }
    return highest;
}

AnswerPathFindings bound_findings(const Content& content, std::size_t paths) {
    AnswerPathFindings findings;
    findings.paths = paths;
    const Profile highest = highest_profile(content.quiz);
    for (std::size_t i = 0; i < content.products.size(); ++i) {
        const Product& p = content.products[i];
        if (p.in_stock && score_of(p, highest) < content.quiz.results.min_score)
            findings.never_recommended.push_back(i);
    }
    return findings;
}

AnswerPathFindings walked_findings(const Content& content, const PathWalk& walk) {
    AnswerPathFindings findings;
    findings.walked_every_path = true;
    findings.paths = walk.paths();
    std::vector<bool> recommended(content.products.size(), false);
    const bool fallback = has_fallback(content);
    for (const auto& [profile, choices] : walk.profiles()) {
        const Recommendation r = recommend(content, choices);
        if (!r.fallback)
            for (const RecommendedProduct& p : r.products)
                recommended[static_cast<std::size_t>(p.product - content.products.data())] = true;
        if (r.products.empty() && !fallback && !findings.nothing_example)
            findings.nothing_example = choices;
    }
    for (std::size_t i = 0; i < content.products.size(); ++i)
        if (content.products[i].in_stock && !recommended[i]) findings.never_recommended.push_back(i);
    return findings;
}

}  // namespace

AnswerPathFindings find_answer_path_gaps(const Content& content, const AnswerPathLimits& limits) {
    PathWalk walk(content, limits);
    if (!walk.run()) return bound_findings(content, walk.paths());
    return walked_findings(content, walk);
}

std::string describe_choices(const Quiz& quiz, const Choices& choices) {
    std::string out;
    for (const Question& q : quiz.questions) {
        auto it = choices.find(q.id);
        if (it == choices.end()) continue;
        out += (out.empty() ? "" : "; ") + q.id + ": ";
        for (std::size_t i = 0; i < it->second.size(); ++i)
            out += (i ? ", " : "") + it->second[i];
    }
    return out;
}

}  // namespace kiosk
