// quiz.json rules, through the content loader.
#include <doctest/doctest.h>

#include "content_test_folder.hpp"

using kiosk::testing::ContentTestFolder;

TEST_CASE("quiz_file: every key of the quiz is read") {
    ContentTestFolder folder;
    folder.write_asset("icons/breakouts.png", kiosk::testing::png_header(96, 96));
    folder.write("quiz.json", R"({
  "intro": "A few questions",
  "questions": [
    {"id": "concern", "text": "What?", "hint": "Pick one", "choose": "one",
     "answers": [
       {"id": "breakouts", "text": "Breakouts", "image": "icons/breakouts.png", "tags": {"acne": 3}},
       {"id": "dryness", "text": "Dryness", "tags": {"dry": 2},
        "reason": {"en": "You want skin that feels less dry", "id": "Kamu ingin kulit tidak kering"}}
     ]},
    {"id": "food", "text": "Which?", "choose": "many", "max": 2,
     "show_if": {"question": "concern", "any_of": ["breakouts"]},
     "answers": [
       {"id": "kimchi", "text": "Kimchi", "tags": {"acne": 1}},
       {"id": "none", "text": "None", "tags": {"dry": 1, "low-fermented": 1}},
       {"id": "yogurt", "text": "Yogurt"}
     ]}
  ],
  "results": {"max_products": 2, "min_score": 2, "fallback": ["cleanser"]},
  "tips": [{"id": "ferment", "title": "Eat fermented food", "body": "Body", "when_tags": ["low-fermented"]}],
  "max_tips": 1
}
)");
    const auto load = folder.load();
    CHECK(folder.all_shown(load) == "");
    REQUIRE(load.content);
    const kiosk::Quiz& q = load.content->quiz;
    CHECK(q.questions.at(1).choose == kiosk::Choose::many);
    CHECK(q.questions.at(1).max == 2);
    CHECK(q.questions.at(1).show_if->any_of == std::vector<std::string>{"breakouts"});
    CHECK(q.questions.at(0).answers.at(0).image == "icons/breakouts.png");
    CHECK(q.questions.at(0).answers.at(0).reason.empty());
    CHECK(q.questions.at(0).answers.at(1).reason.by_language.at("en") ==
          "You want skin that feels less dry");
    CHECK(q.questions.at(0).answers.at(1).reason.by_language.at("id") ==
          "Kamu ingin kulit tidak kering");
    CHECK(q.results.max_products == 2);
    CHECK(q.results.min_score == 2);
    CHECK(q.tips.at(0).when_tags == std::vector<std::string>{"low-fermented"});
    CHECK(q.max_tips == 1);
}

TEST_CASE("quiz_file: answer weights are whole numbers from -10 to 10") {
    ContentTestFolder folder;
    folder.write("quiz.json", R"({
  "questions": [
    {"id": "concern", "text": "What?",
     "answers": [
       {"id": "breakouts", "text": "Breakouts",
        "tags": {"acne": 12, "dry": -11, "oily": 2.5, "Oily": 1, "calm": "3"}},
       {"id": "dryness", "text": "Dryness", "tags": {"dry": -10}}
     ]}
  ]
}
)");
    CHECK(folder.all_shown(folder.load()) ==
          "quiz.json:6:26: error: answer 'breakouts': tag weight 12 is outside -10..10 "
          "[/questions/0/answers/0/tags/acne]\n"
          "quiz.json:6:37: error: answer 'breakouts': tag weight -11 is outside -10..10 "
          "[/questions/0/answers/0/tags/dry]\n"
          "quiz.json:6:50: error: expected a whole number, got 2.5 "
          "[/questions/0/answers/0/tags/oily]\n"
          "quiz.json:6:63: error: answer 'breakouts': tag 'Oily' may only use lower-case letters "
          "a-z, digits 0-9 and '-' [/questions/0/answers/0/tags/Oily]\n"
          "quiz.json:6:74: error: expected a whole number, got a string "
          "[/questions/0/answers/0/tags/calm]\n");
}

TEST_CASE("quiz_file: questions need ids, text and two answers with unique ids") {
    ContentTestFolder folder;
    folder.write("quiz.json", R"({
  "questions": [
    {"id": "concern", "text": "What?",
     "answers": [
       {"id": "breakouts", "text": "Breakouts", "tags": {"acne": 3}},
       {"id": "breakouts", "text": "Dryness", "tags": {"dry": 2}}
     ]},
    {"id": "concern", "answers": [{"id": "a", "text": "A"}]},
    {"id": "skin", "text": "Skin?", "choose": "several", "answers": []}
  ]
}
)");
    CHECK(folder.all_shown(folder.load()) ==
          "quiz.json:6:15: error: duplicate answer id 'breakouts' (first at line 5) "
          "[/questions/0/answers/1/id]\n"
          "quiz.json:8:5: error: missing required key 'text' [/questions/1]\n"
          "quiz.json:8:12: error: duplicate question id 'concern' (first at line 3) "
          "[/questions/1/id]\n"
          "quiz.json:8:34: error: a question needs at least two answers [/questions/1/answers]\n"
          "quiz.json:9:47: error: choose 'several' must be 'one' or 'many' [/questions/2/choose]\n"
          "quiz.json:9:69: error: must hold at least one answer [/questions/2/answers]\n");
}

TEST_CASE("quiz_file: max is for 'many' questions, from 1 to the number of answers") {
    ContentTestFolder folder;
    folder.write("quiz.json", R"({
  "questions": [
    {"id": "concern", "text": "What?", "max": 1,
     "answers": [
       {"id": "breakouts", "text": "Breakouts", "tags": {"acne": 3}},
       {"id": "dryness", "text": "Dryness", "tags": {"dry": 2}}
     ]},
    {"id": "more", "text": "More?", "choose": "many", "max": 3,
     "answers": [{"id": "a", "text": "A"}, {"id": "b", "text": "B"}]}
  ]
}
)");
    CHECK(folder.all_shown(folder.load()) ==
          "quiz.json:3:47: warning: max only applies when choose is 'many'; it is ignored "
          "[/questions/0/max]\n"
          "quiz.json:8:62: error: question 'more': max 3 is outside 1..2 [/questions/1/max]\n");
}

TEST_CASE("quiz_file: show_if names an earlier question and its answers") {
    ContentTestFolder folder;
    folder.write("quiz.json", R"({
  "questions": [
    {"id": "concern", "text": "What?",
     "show_if": {"question": "concern", "any_of": ["breakouts"]},
     "answers": [
       {"id": "breakouts", "text": "Breakouts", "tags": {"acne": 3}},
       {"id": "dryness", "text": "Dryness", "tags": {"dry": 2}}
     ]},
    {"id": "b", "text": "B", "show_if": {"question": "c", "any_of": ["x"]},
     "answers": [{"id": "x", "text": "X"}, {"id": "y", "text": "Y"}]},
    {"id": "c", "text": "C", "show_if": {"question": "concerns", "any_of": ["x"]},
     "answers": [{"id": "x", "text": "X"}, {"id": "y", "text": "Y"}]},
    {"id": "d", "text": "D", "show_if": {"question": "concern", "any_of": ["breakout", "dryness"]},
     "answers": [{"id": "x", "text": "X"}, {"id": "y", "text": "Y"}]},
    {"id": "e", "text": "E", "show_if": {"question": "concern"},
     "answers": [{"id": "x", "text": "X"}, {"id": "y", "text": "Y"}]}
  ]
}
)");
    CHECK(folder.all_shown(folder.load()) ==
          "quiz.json:4:30: error: show_if names this question itself; it must name an earlier "
          "question [/questions/0/show_if/question]\n"
          "quiz.json:9:54: error: show_if names question 'c', which comes later; it must name an "
          "earlier question [/questions/1/show_if/question]\n"
          "quiz.json:11:54: error: show_if names unknown question 'concerns'; did you mean "
          "'concern'? [/questions/2/show_if/question]\n"
          "quiz.json:13:76: error: question 'concern' has no answer 'breakout' "
          "[/questions/3/show_if/any_of/0]\n"
          "quiz.json:15:41: error: missing required key 'any_of' [/questions/4/show_if]\n");
}

TEST_CASE("quiz_file: results and tips") {
    ContentTestFolder folder;
    folder.write("quiz.json", R"({
  "questions": [
    {"id": "concern", "text": "What?",
     "answers": [
       {"id": "breakouts", "text": "Breakouts", "tags": {"acne": 3}},
       {"id": "dryness", "text": "Dryness", "tags": {"dry": 2}}
     ]}
  ],
  "results": {"max_products": 7, "min_score": 0.5, "fallback": ["cleanser", "serum"]},
  "tips": [
    {"id": "t", "title": "T", "when_tags": ["acne"]},
    {"id": "t", "title": "T", "when_tags": "acne"}
  ],
  "max_tips": -1
}
)");
    CHECK(folder.all_shown(folder.load()) ==
          "quiz.json:9:31: error: max_products 7 is outside 1..6 [/results/max_products]\n"
          "quiz.json:9:47: error: expected a whole number, got 0.5 [/results/min_score]\n"
          "quiz.json:9:77: error: fallback names unknown product 'serum' [/results/fallback/1]\n"
          "quiz.json:12:12: error: duplicate tip id 't' (first at line 11) [/tips/1/id]\n"
          "quiz.json:12:44: error: expected an array [ ... ], got a string [/tips/1/when_tags]\n"
          "quiz.json:14:15: error: max_tips -1 is outside 0..20 [/max_tips]\n");
}

TEST_CASE("quiz_file: a fallback naming an unknown product is an error") {
    ContentTestFolder folder;
    std::string text(kiosk::testing::valid_quiz_json);
    text.replace(text.find("[\"cleanser\"]"), 12, "[\"cleanser\", \"clenser\", \"serum\"]");
    folder.write("quiz.json", text);
    CHECK(folder.all_shown(folder.load()) ==
          "quiz.json:12:40: error: fallback names unknown product 'clenser'; did you mean "
          "'cleanser'? [/results/fallback/1]\n"
          "quiz.json:12:51: error: fallback names unknown product 'serum' [/results/fallback/2]\n");
}

TEST_CASE("quiz_file: tips may be an empty list, the questions may not") {
    ContentTestFolder folder;
    folder.write("quiz.json", R"({"questions": [], "tips": []})");
    CHECK(folder.all_shown(folder.load()) ==
          "quiz.json:1:15: error: must hold at least one question [/questions]\n");
}

TEST_CASE("quiz_file: a question that is not an object keeps its place for show_if") {
    ContentTestFolder folder;
    folder.write("quiz.json", R"({
  "questions": [
    "concern",
    {"id": "food", "text": "Which?", "show_if": {"question": "concern", "any_of": ["x"]},
     "answers": [{"id": "a", "text": "A"}, {"id": "b", "text": "B"}]}
  ]
}
)");
    CHECK(folder.all_shown(folder.load()) ==
          "quiz.json:3:5: error: expected an object { ... }, got a string [/questions/0]\n"
          "quiz.json:4:62: error: show_if names unknown question 'concern' "
          "[/questions/1/show_if/question]\n");
}
