// Walking every way a shopper can answer the quiz (honouring show_if, and every choice of 1 to
// `max` answers for a "many" question) to find products no answers can ever recommend and
// answers that recommend nothing. Paths with the same profile are scored once, by rules 2-5 of
// the recommendation rule (the same as kiosk::recommend; a unit test compares the two). When
// there are too many paths to walk, a quick bound is used instead that never reports a product
// wrongly.
#pragma once

#include <cstddef>
#include <optional>
#include <vector>

#include "core/content.hpp"
#include "core/recommend.hpp"

namespace kiosk {

struct AnswerPathLimits {
    std::size_t most_paths = 50'000;        // answer paths walked before switching to the bound
    std::size_t most_scorings = 2'000'000;  // distinct profiles x products scored at most
};

struct AnswerPathFindings {
    bool walked_every_path = false;  // false: the bound was used; nothing_example is never set
    std::size_t paths = 0;           // answer paths walked
    // Indexes into content.products of in-stock products that no answer path recommends.
    std::vector<std::size_t> never_recommended;
    // Answers that recommend no product (set only when no in-stock fallback exists).
    std::optional<Choices> nothing_example;
};

// Expects content that loaded without errors.
[[nodiscard]] AnswerPathFindings find_answer_path_gaps(const Content& content,
                                                       const AnswerPathLimits& limits = {});

// The preview's answer paths (its R key), numbered from 1: path n takes the n-th answer of
// every question it shows, in quiz order and honouring show_if (a question with fewer answers
// counts round again from its first). Path 1 is the first answer of every question.
[[nodiscard]] Choices preview_answer_path(const Quiz& quiz, int n);
// How many of those paths differ: the most answers a question has (at least 1).
[[nodiscard]] int preview_answer_paths(const Quiz& quiz);

// "concern: breakouts; routine: serum, mask"
[[nodiscard]] std::string describe_choices(const Quiz& quiz, const Choices& choices);

}  // namespace kiosk
