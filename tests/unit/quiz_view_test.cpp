// The quiz screen's view (core/quiz_view): the tiles' states, the choose-many limit, Next, the
// progress and the pictures asked for ahead, on the sample content of sample_content.hpp with
// icons and product pictures added.
#include "core/quiz_view.hpp"

#include <doctest/doctest.h>

#include <algorithm>
#include <memory>
#include <string>
#include <vector>

#include "sample_content.hpp"
#include "shopper_actions.hpp"

using kiosk::AnswerTile;
using kiosk::KioskFlow;
using kiosk::PicturesAhead;
using kiosk::quiz_view;
using kiosk::QuizView;
using kiosk::test::act;
using kiosk::test::K;
using Ids = std::vector<std::string>;

namespace {

std::shared_ptr<const kiosk::Content> pictured_content() {
    kiosk::Content c = kiosk::sample::content();
    for (auto& q : c.quiz.questions)
        for (auto& a : q.answers) a.image = "icons/" + a.id + ".png";
    c.quiz.questions[3].answers[2].image.clear();  // skin-feel "fine" has no icon
    for (auto& p : c.products) p.image = "products/" + p.id + ".png";
    c.kiosk.strings["question_progress"] = kiosk::Text::plain("{n} of {total}");
    c.kiosk.strings["next"] = kiosk::sample::en_id("Next", "Lanjut");
    c.kiosk.strings["back"] = kiosk::Text::plain("Back");
    c.kiosk.strings["pick_many"] = kiosk::sample::en_id("Pick up to {max}", "Pilih hingga {max}");
    return std::make_shared<const kiosk::Content>(std::move(c));
}

KioskFlow started_flow() {
    KioskFlow flow(pictured_content(), 0.0, [] { return std::string("s1"); });
    act(flow, K::start_quiz, 1);
    return flow;
}

// From the first question to the choose-many one ("fermented", max 2).
KioskFlow on_fermented() {
    KioskFlow flow = started_flow();
    act(flow, K::answer, 2, "breakouts");
    flow.advance(2 + kiosk::answer_confirm_seconds);
    REQUIRE(flow.question().id == "fermented");
    return flow;
}

Ids answer_ids(const QuizView& v) {
    Ids ids;
    for (const AnswerTile& t : v.answers) ids.push_back(t.answer);
    return ids;
}

const AnswerTile& tile(const QuizView& v, const std::string& id) {
    auto it = std::find_if(v.answers.begin(), v.answers.end(),
                           [&](const AnswerTile& t) { return t.answer == id; });
    REQUIRE_MESSAGE(it != v.answers.end(), "no tile " << id);
    return *it;
}

}  // namespace

TEST_CASE("quiz_view: a question's words, tiles and buttons in the shopper's language") {
    KioskFlow flow = started_flow();
    PicturesAhead ahead;
    QuizView v = quiz_view(flow, 1.1, ahead);
    CHECK(v.question_id == "concern");
    CHECK(v.question == "What would you most like to change?");
    CHECK(v.hint == "Pick one");  // the English default for a choose-one question
    CHECK(answer_ids(v) == Ids{"breakouts", "dryness", "redness"});
    CHECK(tile(v, "breakouts").label == "breakouts");
    CHECK(tile(v, "breakouts").icon == "icons/breakouts.png");
    CHECK(tile(v, "breakouts").initial == "b");  // shown should the icon fail
    CHECK(v.home == "Home");
    CHECK(v.back == "Back");
    CHECK_FALSE(v.has_next);  // a choose-one question moves on by itself
    CHECK(v.next.empty());

    act(flow, K::choose_language, 1.2, "id");
    v = quiz_view(flow, 1.3, ahead);
    CHECK(v.question == "Apa yang ingin Anda ubah?");
}

TEST_CASE("quiz_view: the progress is a step along the longest path, its total fixed") {
    KioskFlow flow = started_flow();
    PicturesAhead ahead;
    QuizView v = quiz_view(flow, 1.1, ahead);
    // concern, fermented, diet, skin-feel: all may show until an answer says otherwise
    CHECK(v.number == 1);
    CHECK(v.total == 4);
    CHECK(v.progress == "1 of 4");

    flow = on_fermented();
    v = quiz_view(flow, 3, ahead);
    CHECK(v.progress == "2 of 4");
    // Not "none": diet is left out, and skin-feel comes as the last step.
    act(flow, K::answer, 4, "kimchi");
    act(flow, K::next, 5);
    v = quiz_view(flow, 6, ahead);
    REQUIRE(v.question_id == "skin-feel");
    CHECK(v.progress == "4 of 4");
}

TEST_CASE("quiz_view: a choose-many question has Next, enabled with any number chosen") {
    KioskFlow flow = on_fermented();
    PicturesAhead ahead;
    QuizView v = quiz_view(flow, 3, ahead);
    CHECK(v.has_next);
    CHECK(v.next == "Next");
    CHECK(v.next_enabled);  // "pick any that apply" includes none of them
    CHECK(v.hint == "Pick up to 2");
    act(flow, K::answer, 4, "kimchi");
    v = quiz_view(flow, 4.1, ahead);
    CHECK(v.next_enabled);
}

TEST_CASE("quiz_view: at its most answers a choose-many question marks the unchosen tiles full") {
    KioskFlow flow = on_fermented();
    PicturesAhead ahead;
    act(flow, K::answer, 4, "kimchi");
    QuizView v = quiz_view(flow, 4.1, ahead);
    CHECK(tile(v, "kimchi").selected);
    for (const AnswerTile& t : v.answers) CHECK_FALSE(t.full);  // one of two: room for another

    act(flow, K::answer, 5, "yogurt");
    v = quiz_view(flow, 5.1, ahead);
    CHECK(tile(v, "kimchi").selected);
    CHECK(tile(v, "yogurt").selected);
    CHECK_FALSE(tile(v, "kimchi").full);  // the chosen ones can still be taken back
    CHECK_FALSE(tile(v, "yogurt").full);
    CHECK_FALSE(tile(v, "none").selected);
    CHECK(tile(v, "none").full);

    act(flow, K::answer, 6, "none");  // the flow refuses it, as the tile shows
    v = quiz_view(flow, 6.1, ahead);
    CHECK_FALSE(tile(v, "none").selected);
    CHECK(tile(v, "none").full);

    act(flow, K::answer, 7, "kimchi");  // taken back: room again
    v = quiz_view(flow, 7.1, ahead);
    CHECK_FALSE(tile(v, "kimchi").selected);
    for (const AnswerTile& t : v.answers) CHECK_FALSE(t.full);
}

TEST_CASE("quiz_view: a choose-one question never marks tiles full") {
    KioskFlow flow = started_flow();
    PicturesAhead ahead;
    act(flow, K::answer, 2, "dryness");
    QuizView v = quiz_view(flow, 2.1, ahead);  // confirming the tap
    CHECK(tile(v, "dryness").selected);
    for (const AnswerTile& t : v.answers) CHECK_FALSE(t.full);
}

TEST_CASE("quiz_view: the question slides in from the side it comes from") {
    KioskFlow flow = on_fermented();  // shown at 2.25
    PicturesAhead ahead;
    const double shown = 2 + kiosk::answer_confirm_seconds;
    QuizView v = quiz_view(flow, shown, ahead);
    CHECK(v.arrival == doctest::Approx(0));
    CHECK(v.arrival_ends == doctest::Approx(shown + kiosk::question_slide_in_seconds));
    CHECK_FALSE(v.from_left);
    v = quiz_view(flow, shown + kiosk::question_slide_in_seconds / 2, ahead);
    CHECK(v.arrival == doctest::Approx(0.5));
    v = quiz_view(flow, shown + 10, ahead);
    CHECK(v.arrival == doctest::Approx(1));

    act(flow, K::back, 20);
    v = quiz_view(flow, 20, ahead);
    CHECK(v.question_id == "concern");
    CHECK(v.from_left);
}

TEST_CASE(
    "quiz_view: the pictures ahead are the icons to come and the products the answers "
    "point to") {
    KioskFlow flow = on_fermented();
    PicturesAhead ahead;
    QuizView v = quiz_view(flow, 3, ahead);
    REQUIRE(v.pictures_ahead);
    const Ids expected{"icons/kimchi.png", "icons/yogurt.png",      "icons/none.png",
                       "icons/sugar.png",  "icons/balanced.png",    "icons/tight.png",
                       "icons/shiny.png",  "products/cleanser.png", "products/calm-serum.png"};
    // breakouts {acne 3, oily 1}: cleanser {acne 2, oily 1} 7, calm-serum {acne 1} 3; the
    // questions from this one on (skin-feel's "fine" has no icon)
    CHECK(*v.pictures_ahead == expected);
}

TEST_CASE("quiz_view: the pictures ahead are worked out once per change of the answers") {
    KioskFlow flow = on_fermented();
    PicturesAhead ahead;
    const auto first = quiz_view(flow, 3, ahead).pictures_ahead;
    // Frames of the same question and answers (the slide-in, a press) share the one list.
    CHECK(quiz_view(flow, 3.1, ahead).pictures_ahead == first);
    CHECK(quiz_view(flow, 3.2, ahead).pictures_ahead == first);

    act(flow, K::answer, 4, "kimchi");  // gut 2: gut-blend joins the products
    const auto second = quiz_view(flow, 4.1, ahead).pictures_ahead;
    CHECK(second != first);
    CHECK(quiz_view(flow, 4.2, ahead).pictures_ahead == second);
    CHECK(std::find(second->begin(), second->end(), "products/gut-blend.png") != second->end());
    CHECK(std::find(first->begin(), first->end(), "products/gut-blend.png") == first->end());

    act(flow, K::choose_language, 5, "id");  // the pictures do not depend on the language
    CHECK(quiz_view(flow, 5.1, ahead).pictures_ahead == second);

    act(flow, K::next, 6);  // the next question: the icons still to come change
    const auto third = quiz_view(flow, 6.1, ahead).pictures_ahead;
    CHECK(third != second);
    CHECK(third->front() == "icons/tight.png");
}

TEST_CASE("quiz_view: new content gives new pictures ahead") {
    KioskFlow flow = on_fermented();
    PicturesAhead ahead;
    const auto before = quiz_view(flow, 3, ahead).pictures_ahead;
    KioskFlow other = on_fermented();  // the same state on content of its own
    CHECK(quiz_view(other, 3, ahead).pictures_ahead != before);
}

TEST_CASE("quiz_view: no Back on the first question; pick-many tiles, the chosen count and Next") {
    KioskFlow flow = started_flow();
    PicturesAhead ahead;
    QuizView v = quiz_view(flow, 1.1, ahead);
    CHECK_FALSE(v.has_back);  // Home leaves the quiz; Back would do the same
    for (const AnswerTile& t : v.answers) CHECK_FALSE(t.many);
    CHECK(v.chosen.empty());

    flow = on_fermented();
    v = quiz_view(flow, 3, ahead);
    CHECK(v.has_back);
    for (const AnswerTile& t : v.answers) CHECK(t.many);  // check boxes, not one-tap answers
    CHECK(v.chosen == "0 of 2 chosen");
    CHECK_FALSE(v.next_ready);  // quiet until something is chosen, yet it may be tapped
    CHECK(v.next_enabled);
    act(flow, K::answer, 4, "kimchi");
    v = quiz_view(flow, 4.1, ahead);
    CHECK(v.chosen == "1 of 2 chosen");
    CHECK(v.next_ready);
    act(flow, K::answer, 5, "kimchi");  // taken back
    v = quiz_view(flow, 5.1, ahead);
    CHECK(v.chosen == "0 of 2 chosen");
    CHECK_FALSE(v.next_ready);
}

TEST_CASE("quiz_view: Next on the question the quiz ends with says so, as the answers decide") {
    // "diet" shows only after "none" on "fermented"; "skin-feel" comes last, so it is removed
    // here to make the choose-many question the last one unless "none" is chosen.
    kiosk::Content c = *pictured_content();
    c.quiz.questions.pop_back();
    c.kiosk.strings["see_results"] = kiosk::sample::en_id("See my routine", "Lihat rutinitasku");
    KioskFlow flow(std::make_shared<const kiosk::Content>(std::move(c)), 0.0,
                   [] { return std::string("s1"); });
    act(flow, K::start_quiz, 1);
    act(flow, K::answer, 2, "breakouts");
    flow.advance(2 + kiosk::answer_confirm_seconds);
    REQUIRE(flow.question().id == "fermented");
    PicturesAhead ahead;
    CHECK(quiz_view(flow, 3, ahead).next == "See my routine");
    act(flow, K::answer, 4, "none");  // now "diet" follows
    CHECK(quiz_view(flow, 4.1, ahead).next == "Next");
    act(flow, K::choose_language, 5, "id");
    act(flow, K::answer, 6, "none");  // taken back: the last question again
    CHECK(quiz_view(flow, 6.1, ahead).next == "Lihat rutinitasku");
}
