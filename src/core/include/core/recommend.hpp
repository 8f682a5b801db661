// The recommendation rule of the content format (normative): from the shopper's answers to
// ranked products with reasons, and tips.
#pragma once

#include <map>
#include <string>
#include <vector>

#include "core/content.hpp"

namespace kiosk {

// Question id to the ids of the answers chosen, in the order they were chosen.
using Choices = std::map<std::string, std::vector<std::string>, std::less<>>;

// Tag to summed weight over every chosen answer of every shown question.
using Profile = std::map<std::string, int, std::less<>>;

struct RecommendedProduct {
    const Product* product = nullptr;
    int score = 0;
    std::vector<const Answer*> why;  // at most two, largest contribution first
};

struct Recommendation {
    std::vector<RecommendedProduct> products;
    bool fallback = false;  // true when nothing qualified and `fallback` products are shown
    std::vector<const Tip*> tips;
    Profile profile;
};

// Whether `question` is shown, given the answers to the questions before it.
[[nodiscard]] bool is_shown(const Question& question, const Choices& choices);

// The chosen answers that count: those of shown questions, in question order.
[[nodiscard]] std::vector<const Answer*> counted_answers(const Quiz& quiz, const Choices& choices);

[[nodiscard]] Profile profile_of(const Quiz& quiz, const Choices& choices);

[[nodiscard]] int score_of(const Product& product, const Profile& profile);

[[nodiscard]] Recommendation recommend(const Content& content, const Choices& choices);

}  // namespace kiosk
