// The warnings that come from walking every way to answer the quiz.
#include "core/answer_paths.hpp"

#include <doctest/doctest.h>

#include <chrono>

#include "content_test_folder.hpp"
#include "sample_content.hpp"

using kiosk::testing::ContentTestFolder;

TEST_CASE("answer_paths: an answer tag that no product carries is a warning") {
    ContentTestFolder folder;
    std::string text(kiosk::testing::valid_quiz_json);
    text.replace(text.find("{\"acne\": 3}"), 11, "{\"acne\": 3, \"glow\": 1}");
    folder.write("quiz.json", text);
    const auto load = folder.load();
    CHECK(folder.all_shown(load) ==
          "quiz.json:7:78: warning: answer 'breakouts': no product carries the tag 'glow', so it "
          "changes no recommendation [/questions/0/answers/0/tags/glow]\n");
    CHECK(load.content);
}

TEST_CASE("answer_paths: a product no answers can recommend is a warning") {
    ContentTestFolder folder;
    folder.write("products.json", R"({
  "products": [
    {"id": "cleanser", "name": "Cleanser", "tags": {"acne": 2}},
    {"id": "cream", "name": "Cream", "tags": {"dry": 2}},
    {"id": "night-serum", "name": "Night serum", "tags": {"dry": 1}},
    {"id": "old", "name": "Old", "tags": {"dry": 1}, "in_stock": false}
  ]
}
)");
    std::string quiz(kiosk::testing::valid_quiz_json);
    quiz.replace(quiz.find("\"results\": {"), 12, "\"results\": {\"max_products\": 1, ");
    folder.write("quiz.json", quiz);
    CHECK(folder.all_shown(folder.load()) ==
          "products.json:5:5: warning: product 'night-serum' can never be recommended: no "
          "combination of answers puts it in the results [/products/2]\n");
}

TEST_CASE("answer_paths: answers that recommend nothing without a fallback are a warning") {
    ContentTestFolder folder;
    folder.write("quiz.json", R"({
  "questions": [
    {"id": "concern", "text": "What?",
     "answers": [
       {"id": "breakouts", "text": "Breakouts", "tags": {"acne": 3}},
       {"id": "dryness", "text": "Dryness", "tags": {"dry": 2}},
       {"id": "nothing", "text": "Nothing"}
     ]},
    {"id": "food", "text": "Which?", "choose": "many",
     "show_if": {"question": "concern", "any_of": ["nothing"]},
     "answers": [{"id": "kimchi", "text": "Kimchi"}, {"id": "tempeh", "text": "Tempeh"}]}
  ],
  "results": {"min_score": 1}
}
)");
    CHECK(folder.all_shown(folder.load()) ==
          "quiz.json:13:14: warning: some answers recommend no product and there is no fallback, "
          "for example concern: nothing [/results/fallback]\n");  // food shown, none picked
}

namespace {

std::string numbered(const char* prefix, int n) {
    std::string name = prefix;
    name += std::to_string(n);
    return name;
}

// `questions` questions of four answers, each answer giving its own tag, and `products` products.
kiosk::Content generated_content(int questions, int products) {
    kiosk::Content c;
    for (int q = 0; q < questions; ++q) {
        kiosk::Question question;
        question.id = numbered("q", q);
        question.choose = q % 2 ? kiosk::Choose::many : kiosk::Choose::one;
        for (int a = 0; a < 4; ++a)
            question.answers.push_back({numbered("a", a), {}, {}, {{numbered("t", q * 4 + a), 1}}});
        c.quiz.questions.push_back(question);
    }
    for (int p = 0; p < products; ++p) {
        kiosk::Product product;
        product.id = numbered("p", p);
        product.tags = {{numbered("t", p % (questions * 4 + 1)), 1}};
        c.products.push_back(product);
    }
    return c;
}

}  // namespace

TEST_CASE("answer_paths: too many paths switch to a bound that never warns wrongly") {
    const kiosk::Content c = generated_content(30, 2000);
    const auto start = std::chrono::steady_clock::now();
    const auto findings = kiosk::find_answer_path_gaps(c);
    CHECK(std::chrono::steady_clock::now() - start < std::chrono::milliseconds(300));
    CHECK_FALSE(findings.walked_every_path);
    CHECK_FALSE(findings.nothing_example);
    // Only products carrying tag t120, which no answer gives, are certainly never recommended.
    for (std::size_t i : findings.never_recommended)
        CHECK(c.products[i].tags.at(0).first == "t120");
    CHECK(findings.never_recommended.size() == 16);
}

TEST_CASE("answer_paths: a small quiz is walked completely") {
    const kiosk::Content c = generated_content(3, 13);
    const auto findings = kiosk::find_answer_path_gaps(c);
    CHECK(findings.walked_every_path);
    CHECK(findings.paths == 4 * 16 * 4);  // one of 4, then 0..4 of 4 (16 sets), then one of 4
    CHECK(findings.never_recommended == std::vector<std::size_t>{12});
    CHECK_FALSE(findings.nothing_example);  // every answer finds a product
}

TEST_CASE("answer_paths: describe_choices lists answers in question order") {
    const kiosk::Content c = generated_content(2, 1);
    CHECK(kiosk::describe_choices(c.quiz, {{"q1", {"a0", "a2"}}, {"q0", {"a3"}}}) ==
          "q0: a3; q1: a0, a2");
}

TEST_CASE("answer_paths: the walk agrees with kiosk::recommend on every path") {
    kiosk::Content c;
    c.quiz.results.max_products = 2;
    c.quiz.results.min_score = 2;
    kiosk::Question first{"first", {}, {}, kiosk::Choose::one, 0, std::nullopt, {}};
    first.answers = {
        {"x", {}, {}, {{"a", 2}, {"b", -1}}}, {"y", {}, {}, {{"b", 3}}}, {"z", {}, {}, {}}};
    kiosk::Question second{
        "second", {}, {}, kiosk::Choose::many, 2, kiosk::ShowIf{"first", {"y", "z"}}, {}};
    second.answers = {
        {"p", {}, {}, {{"c", 1}}}, {"q", {}, {}, {{"a", 1}, {"c", 1}}}, {"r", {}, {}, {{"b", -2}}}};
    c.quiz.questions = {first, second};
    for (int i = 0; i < 8; ++i) {
        kiosk::Product p;
        p.id = numbered("p", i);
        p.in_stock = i != 5;
        p.tags = {{i % 2 ? "a" : "b", 1 + i % 3}, {i % 3 ? "c" : "a", 1 + i % 2}};
        c.products.push_back(p);
    }
    std::vector<bool> seen(c.products.size(), false);
    const std::vector<std::vector<std::string>> second_choices = {
        {}, {"p"}, {"q"}, {"r"}, {"p", "q"}, {"p", "r"}, {"q", "r"}};
    for (const char* f : {"x", "y", "z"}) {
        std::vector<kiosk::Choices> all;
        if (std::string(f) == "x")
            all.push_back({{"first", {f}}});
        else
            for (const auto& s : second_choices) all.push_back({{"first", {f}}, {"second", s}});
        for (const kiosk::Choices& choices : all)
            for (const auto& r : kiosk::recommend(c, choices).products)
                if (!kiosk::recommend(c, choices).fallback)
                    seen[static_cast<std::size_t>(r.product - c.products.data())] = true;
    }
    std::vector<std::size_t> never;
    for (std::size_t i = 0; i < seen.size(); ++i)
        if (!seen[i] && c.products[i].in_stock) never.push_back(i);
    const auto findings = kiosk::find_answer_path_gaps(c);
    CHECK(findings.walked_every_path);
    CHECK(findings.paths == 1 + 7 + 7);  // x alone; y or z with none, one or two of p, q, r
    CHECK(findings.never_recommended == never);
    CHECK_FALSE(never.empty());
}

TEST_CASE("answer_paths: the preview's path n is the n-th answer of every question it shows") {
    const kiosk::Content content = kiosk::sample::content();
    const kiosk::Quiz& quiz = content.quiz;
    CHECK(kiosk::preview_answer_paths(quiz) == 3);  // the most answers of a question
    // 1: breakouts shows fermented (kimchi); diet needs fermented "none", so it does not show.
    CHECK(kiosk::preview_answer_path(quiz, 1) == kiosk::Choices{{"concern", {"breakouts"}},
                                                                {"fermented", {"kimchi"}},
                                                                {"skin-feel", {"tight"}}});
    // 2: dryness shows neither fermented nor diet.
    CHECK(kiosk::preview_answer_path(quiz, 2) ==
          kiosk::Choices{{"concern", {"dryness"}}, {"skin-feel", {"shiny"}}});
    // 3: redness, then fermented "none" shows diet, whose two answers count round to sugar.
    CHECK(kiosk::preview_answer_path(quiz, 3) == kiosk::Choices{{"concern", {"redness"}},
                                                                {"fermented", {"none"}},
                                                                {"diet", {"sugar"}},
                                                                {"skin-feel", {"fine"}}});
    // Beyond the count it goes round again; below 1 it is the first.
    CHECK(kiosk::preview_answer_path(quiz, 4) == kiosk::preview_answer_path(quiz, 1));
    CHECK(kiosk::preview_answer_path(quiz, 0) == kiosk::preview_answer_path(quiz, 1));
    CHECK(kiosk::preview_answer_paths(kiosk::Quiz{}) == 1);
    CHECK(kiosk::preview_answer_path(kiosk::Quiz{}, 2).empty());
}
