#include "core/answer_paths.hpp"

#include <algorithm>
#include <map>
#include <unordered_map>

namespace kiosk {
namespace {

using DenseProfile = std::vector<int>;  // tag index -> summed weight

struct DenseProfileHash {
    std::size_t operator()(const DenseProfile& p) const {
        std::size_t h = 1469598103934665603ull;
        for (int v : p) h = (h ^ static_cast<std::size_t>(v)) * 1099511628211ull;
        return h;
    }
};

// One way to answer one question: the answers chosen and what they add to the profile.
struct Selection {
    std::vector<std::size_t> answers;
    std::vector<std::pair<std::size_t, int>> adds;  // tag index, weight
};

struct QuestionPlan {
    std::vector<Selection> selections;
    int show_if_question = -1;                 // index of the question it depends on
    std::vector<std::size_t> show_if_answers;  // answer indexes of that question
};

// The quiz turned into indexes: tags, questions and their possible selections.
struct QuizPlan {
    std::map<std::string, std::size_t, std::less<>> tags;
    std::vector<QuestionPlan> questions;
};

std::size_t tag_index(QuizPlan& plan, const std::string& tag) {
    return plan.tags.try_emplace(tag, plan.tags.size()).first->second;
}

// Sum of C(n, k) for k = 1..most, saturating at `limit` + 1.
std::size_t selection_count(std::size_t n, std::size_t most, std::size_t limit) {
    std::size_t total = 0, c = 1;
    for (std::size_t k = 1; k <= most && total <= limit; ++k) {
        c = c * (n - k + 1) / k;
        total += std::min(c, limit + 1);
        if (c > limit) break;
    }
    return std::min(total, limit + 1);
}

void add_selections(QuizPlan& plan, const Question& q, QuestionPlan& out, std::size_t from,
                    Selection& current) {
    for (std::size_t a = from; a < q.answers.size(); ++a) {
        current.answers.push_back(a);
        const std::size_t added = current.adds.size();
        for (const auto& [tag, weight] : q.answers[a].tags)
            current.adds.emplace_back(tag_index(plan, tag), weight);
        out.selections.push_back(current);
        if (static_cast<int>(current.answers.size()) < q.most_answers())
            add_selections(plan, q, out, a + 1, current);
        current.adds.resize(added);
        current.answers.pop_back();
    }
}

void plan_show_if(const Quiz& quiz, const Question& q, QuestionPlan& out) {
    if (!q.show_if) return;
    out.show_if_question = quiz.question_index(q.show_if->question);
    const Question& target = quiz.questions[static_cast<std::size_t>(out.show_if_question)];
    for (std::size_t a = 0; a < target.answers.size(); ++a)
        for (const std::string& id : q.show_if->any_of)
            if (target.answers[a].id == id) out.show_if_answers.push_back(a);
}

// Nothing when one question alone has more ways to answer than `most_paths`.
std::optional<QuizPlan> plan_quiz(const Quiz& quiz, std::size_t most_paths) {
    QuizPlan plan;
    for (const Question& q : quiz.questions) {
        const auto most = static_cast<std::size_t>(std::max(1, q.most_answers()));
        if (selection_count(q.answers.size(), most, most_paths) > most_paths) return std::nullopt;
        QuestionPlan question;
        Selection current;
        // "Pick any that apply" may be left with none picked.
        if (q.choose == Choose::many) question.selections.push_back(current);
        add_selections(plan, q, question, 0, current);
        plan_show_if(quiz, q, question);
        plan.questions.push_back(std::move(question));
    }
    return plan;
}

// Depth-first walk over the questions, keeping the selection of each and the profile so far.
class PathWalk {
  public:
    PathWalk(const QuizPlan& plan, std::size_t most_paths, std::size_t most_profiles)
        : plan_(plan),
          most_paths_(most_paths),
          most_profiles_(most_profiles),
          chosen_(plan.questions.size(), -1),
          profile_(plan.tags.size(), 0) {}

    bool run() {  // false when the walk went over the limits
        walk(0);
        return !over_;
    }
    [[nodiscard]] std::size_t paths() const { return paths_; }
    // Each distinct profile with the selections of one path that gives it.
    [[nodiscard]] const auto& profiles() const { return profiles_; }

  private:
    const QuizPlan& plan_;
    std::size_t most_paths_, most_profiles_;
    std::vector<int> chosen_;  // selection index per question, -1 when not shown
    DenseProfile profile_;
    std::unordered_map<DenseProfile, std::vector<int>, DenseProfileHash> profiles_;
    std::size_t paths_ = 0;
    bool over_ = false;

    [[nodiscard]] bool is_shown(const QuestionPlan& q) const {
        if (q.show_if_question < 0) return true;
        const int c = chosen_[static_cast<std::size_t>(q.show_if_question)];
        if (c < 0) return false;
        const Selection& s = plan_.questions[static_cast<std::size_t>(q.show_if_question)]
                                 .selections[static_cast<std::size_t>(c)];
        for (std::size_t a : s.answers)
            if (std::find(q.show_if_answers.begin(), q.show_if_answers.end(), a) !=
                q.show_if_answers.end())
                return true;
        return false;
    }

    void walk(std::size_t question) {
        if (over_) return;
        if (question == plan_.questions.size()) return finish_path();
        const QuestionPlan& q = plan_.questions[question];
        if (!is_shown(q)) return walk(question + 1);
        for (std::size_t s = 0; s < q.selections.size() && !over_; ++s) {
            chosen_[question] = static_cast<int>(s);
            for (const auto& [tag, weight] : q.selections[s].adds) profile_[tag] += weight;
            walk(question + 1);
            for (const auto& [tag, weight] : q.selections[s].adds) profile_[tag] -= weight;
        }
        chosen_[question] = -1;
    }

    void finish_path() {
        ++paths_;
        profiles_.try_emplace(profile_, chosen_);
        if (paths_ > most_paths_ || profiles_.size() > most_profiles_) over_ = true;
    }
};

bool has_fallback(const Content& content) {
    for (const std::string& id : content.quiz.results.fallback)
        if (const Product* p = content.find_product(id); p && p->in_stock) return true;
    return false;
}

// Rules 2-5: the in-stock products recommended for `profile`, by index.
class ProductScorer {
  public:
    ProductScorer(const Content& content, const QuizPlan& plan) : results_(content.quiz.results) {
        for (std::size_t i = 0; i < content.products.size(); ++i) {
            if (!content.products[i].in_stock) continue;
            std::vector<std::pair<std::size_t, int>> weights;
            for (const auto& [tag, weight] : content.products[i].tags)
                if (auto it = plan.tags.find(tag); it != plan.tags.end())
                    weights.emplace_back(it->second, weight);
            products_.push_back({i, std::move(weights)});
        }
    }

    [[nodiscard]] std::vector<std::size_t> recommended(const DenseProfile& profile) const {
        std::vector<std::pair<int, std::size_t>> qualified;  // -score, product index
        for (const auto& [index, weights] : products_) {
            int score = 0;
            for (const auto& [tag, weight] : weights) score += profile[tag] * weight;
            if (score >= results_.min_score) qualified.emplace_back(-score, index);
        }
        const std::size_t take =
            std::min(qualified.size(), static_cast<std::size_t>(results_.max_products));
        std::partial_sort(qualified.begin(), qualified.begin() + static_cast<std::ptrdiff_t>(take),
                          qualified.end());
        std::vector<std::size_t> out;
        for (std::size_t i = 0; i < take; ++i) out.push_back(qualified[i].second);
        return out;
    }

  private:
    const ResultsRule& results_;
    std::vector<std::pair<std::size_t, std::vector<std::pair<std::size_t, int>>>> products_;
};

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
            const auto take = std::min(weights.size(), static_cast<std::size_t>(q.most_answers()));
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

Choices choices_of(const Quiz& quiz, const QuizPlan& plan, const std::vector<int>& chosen) {
    Choices choices;
    for (std::size_t q = 0; q < chosen.size(); ++q) {
        if (chosen[q] < 0) continue;
        for (std::size_t a :
             plan.questions[q].selections[static_cast<std::size_t>(chosen[q])].answers)
            choices[quiz.questions[q].id].push_back(quiz.questions[q].answers[a].id);
    }
    return choices;
}

AnswerPathFindings walked_findings(const Content& content, const QuizPlan& plan,
                                   const PathWalk& walk) {
    AnswerPathFindings findings;
    findings.walked_every_path = true;
    findings.paths = walk.paths();
    const ProductScorer scorer(content, plan);
    std::vector<bool> recommended(content.products.size(), false);
    const bool fallback = has_fallback(content);
    for (const auto& [profile, chosen] : walk.profiles()) {
        const std::vector<std::size_t> products = scorer.recommended(profile);
        for (std::size_t i : products) recommended[i] = true;
        if (products.empty() && !fallback && !findings.nothing_example)
            findings.nothing_example = choices_of(content.quiz, plan, chosen);
    }
    for (std::size_t i = 0; i < content.products.size(); ++i)
        if (content.products[i].in_stock && !recommended[i])
            findings.never_recommended.push_back(i);
    return findings;
}

}  // namespace

AnswerPathFindings find_answer_path_gaps(const Content& content, const AnswerPathLimits& limits) {
    const auto plan = plan_quiz(content.quiz, limits.most_paths);
    if (!plan) return bound_findings(content, 0);
    const std::size_t most_profiles =
        limits.most_scorings / std::max<std::size_t>(1, content.products.size());
    PathWalk walk(*plan, limits.most_paths, most_profiles);
    if (!walk.run()) return bound_findings(content, walk.paths());
    return walked_findings(content, *plan, walk);
}

Choices preview_answer_path(const Quiz& quiz, int n) {
    Choices path;
    const auto step = static_cast<std::size_t>(std::max(n, 1) - 1);
    for (const Question& q : quiz.questions)
        if (!q.answers.empty() && is_shown(q, path))
            path[q.id] = {q.answers[step % q.answers.size()].id};
    return path;
}

int preview_answer_paths(const Quiz& quiz) {
    std::size_t most = 1;
    for (const Question& q : quiz.questions) most = std::max(most, q.answers.size());
    return static_cast<int>(most);
}

std::string describe_choices(const Quiz& quiz, const Choices& choices) {
    std::string out;
    for (const Question& q : quiz.questions) {
        auto it = choices.find(q.id);
        if (it == choices.end()) continue;
        out += (out.empty() ? "" : "; ") + q.id + ": ";
        if (it->second.empty()) out += "none";
        for (std::size_t i = 0; i < it->second.size(); ++i) out += (i ? ", " : "") + it->second[i];
    }
    return out;
}

}  // namespace kiosk
