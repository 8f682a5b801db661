// The kiosk's flow (design brief, "Flow"; interfaces.md, "Events") with time passed in, on the
// sample content of sample_content.hpp: slides 8 s / 5 s / 8 s, idle timeout 30 s, idle warning
// 10 s, results timeout 60 s.
#include "core/kiosk_flow.hpp"

#include <doctest/doctest.h>

#include <limits>
#include <memory>
#include <string>
#include <vector>

#include "sample_content.hpp"
#include "shopper_actions.hpp"

using kiosk::Event;
using kiosk::KioskFlow;
using kiosk::Overlay;
using kiosk::Screen;
using kiosk::test::act;
using kiosk::test::K;
using Ids = std::vector<std::string>;
using json = nlohmann::json;

namespace {

// Session ids "s1", "s2", ... in the order sessions start.
KioskFlow::SessionIds counting_ids() {
    auto n = std::make_shared<int>(0);
    return [n] { return std::string("s").append(std::to_string(++*n)); };
}

KioskFlow make_flow(std::shared_ptr<const kiosk::Content> content = kiosk::sample::shared()) {
    return KioskFlow(std::move(content), 0.0, counting_ids());
}

Ids types(const std::vector<Event>& events) {
    Ids out;
    for (const Event& e : events) out.push_back(e.type);
    return out;
}

constexpr double never = std::numeric_limits<double>::infinity();

// Start a session at `t` (from the attract loop) and drop the events so far.
void start(KioskFlow& flow, double t) {
    act(flow, K::start_quiz, t);
    (void)flow.take_events();
}

}  // namespace

// ---------------------------------------------------------------------------------------------
// Attract loop

TEST_CASE("kiosk_flow: the flow starts on the attract loop with the default language") {
    KioskFlow flow = make_flow();
    CHECK(flow.screen() == Screen::attract);
    CHECK(flow.overlay() == Overlay::none);
    CHECK(flow.slide().id == "gut");
    CHECK(flow.language() == "en");
    CHECK(flow.session().empty());
    CHECK(flow.take_events().empty());
}

TEST_CASE("kiosk_flow: slides advance after slide_seconds, or a slide's own seconds, and wrap") {
    KioskFlow flow = make_flow();
    CHECK(flow.next_change() == doctest::Approx(8));  // gut: timing.slide_seconds 8
    flow.advance(7.9);
    CHECK(flow.slide().id == "gut");
    CHECK(flow.take_events().empty());

    flow.advance(8);
    CHECK(flow.slide().id == "balance");
    auto events = flow.take_events();
    REQUIRE(types(events) == Ids{"slide_viewed"});
    CHECK(events[0].fields["slide"] == "gut");
    CHECK(events[0].fields["seconds"].get<double>() == doctest::Approx(8));
    CHECK(events[0].session.empty());  // outside a shopper session

    CHECK(flow.next_change() == doctest::Approx(13));  // balance has its own 5 s: 8 + 5
    flow.advance(12.9);
    CHECK(flow.slide().id == "balance");
    flow.advance(13);
    CHECK(flow.slide().id == "habits");
    events = flow.take_events();
    REQUIRE(events.size() == 1);
    CHECK(events[0].fields["slide"] == "balance");
    CHECK(events[0].fields["seconds"].get<double>() == doctest::Approx(5));

    CHECK(flow.next_change() == doctest::Approx(21));  // habits: 13 + 8
    flow.advance(21);
    CHECK(flow.slide().id == "gut");  // wraps to the first slide
    events = flow.take_events();
    REQUIRE(events.size() == 1);
    CHECK(events[0].fields["slide"] == "habits");
    CHECK(events[0].fields["seconds"].get<double>() == doctest::Approx(8));
    CHECK(flow.slide_progress(25) == doctest::Approx(0.5));  // 4 of gut's 8 s
}

TEST_CASE("kiosk_flow: swiping moves to the next and previous slide, wrapping both ways") {
    KioskFlow flow = make_flow();
    act(flow, K::next_slide, 2);
    CHECK(flow.slide().id == "balance");
    act(flow, K::previous_slide, 3);
    CHECK(flow.slide().id == "gut");
    act(flow, K::previous_slide, 4);
    CHECK(flow.slide().id == "habits");  // before the first comes the last
    act(flow, K::next_slide, 5.5);
    CHECK(flow.slide().id == "gut");  // after the last comes the first

    const auto events = flow.take_events();
    REQUIRE(types(events) == Ids{"slide_viewed", "slide_viewed", "slide_viewed", "slide_viewed"});
    // Each names the slide that was left and how long it was on screen.
    CHECK(events[0].fields["slide"] == "gut");
    CHECK(events[0].fields["seconds"].get<double>() == doctest::Approx(2));
    CHECK(events[1].fields["slide"] == "balance");
    CHECK(events[1].fields["seconds"].get<double>() == doctest::Approx(1));
    CHECK(events[2].fields["slide"] == "gut");
    CHECK(events[2].fields["seconds"].get<double>() == doctest::Approx(1));
    CHECK(events[3].fields["slide"] == "habits");
    CHECK(events[3].fields["seconds"].get<double>() == doctest::Approx(1.5));

    // A swipe restarts the slide's time: gut shown at 5.5 changes at 5.5 + 8.
    CHECK(flow.next_change() == doctest::Approx(13.5));
}

TEST_CASE("kiosk_flow: toggle_pause stops the slide timer and resumes where it stood") {
    KioskFlow flow = make_flow();
    act(flow, K::toggle_pause, 2);
    CHECK(flow.paused());
    CHECK(flow.next_change() == never);
    flow.advance(100);
    CHECK(flow.slide().id == "gut");
    CHECK(flow.take_events().empty());
    CHECK(flow.slide_progress(100) == doctest::Approx(0.25));  // 2 of 8 s when paused

    act(flow, K::toggle_pause, 100);
    CHECK_FALSE(flow.paused());
    // 6 s of gut's 8 s are left.
    CHECK(flow.next_change() == doctest::Approx(106));
    flow.advance(105.9);
    CHECK(flow.slide().id == "gut");
    flow.advance(106);
    CHECK(flow.slide().id == "balance");
}

TEST_CASE("kiosk_flow: slide_viewed seconds after a pause is how long the slide was on screen") {
    // interfaces.md: slide_viewed `seconds` is "how long it was on screen". gut was on screen
    // from 0 to 106, paused or not.
    KioskFlow flow = make_flow();
    act(flow, K::toggle_pause, 2);
    act(flow, K::toggle_pause, 100);
    flow.advance(106);
    const auto events = flow.take_events();
    REQUIRE(types(events) == Ids{"slide_viewed"});
    CHECK(events[0].fields["slide"] == "gut");
    CHECK(events[0].fields["seconds"].get<double>() == doctest::Approx(106));
}

TEST_CASE("kiosk_flow: language buttons switch the language; an unknown code is ignored") {
    KioskFlow flow = make_flow();
    act(flow, K::choose_language, 1, "id");
    CHECK(flow.language() == "id");
    act(flow, K::choose_language, 2, "fr");
    CHECK(flow.language() == "id");
    act(flow, K::choose_language, 3, "");
    CHECK(flow.language() == "id");
    act(flow, K::start_quiz, 4);
    CHECK(flow.language() == "id");  // the session keeps the shopper's language
    act(flow, K::choose_language, 5, "en");
    CHECK(flow.language() == "en");
}

// ---------------------------------------------------------------------------------------------
// Starting, answering, moving through the quiz

TEST_CASE("kiosk_flow: start_quiz starts a session with an id from the generator") {
    KioskFlow flow = make_flow();
    act(flow, K::start_quiz, 3);
    CHECK(flow.screen() == Screen::quiz);
    CHECK(flow.session() == "s1");
    CHECK(flow.question().id == "concern");
    CHECK(flow.question_number() == 1);
    // The longest path: every question may show until an answer says otherwise.
    CHECK(flow.question_total() == 4);
    CHECK(flow.question_step() == 1);

    const auto events = flow.take_events();
    REQUIRE(types(events) == Ids{"slide_viewed", "session_started"});
    CHECK(events[0].fields["slide"] == "gut");
    CHECK(events[0].fields["seconds"].get<double>() == doctest::Approx(3));
    CHECK(events[0].session.empty());
    CHECK(events[1].fields == json{{"trigger", "start_button"}});
    CHECK(events[1].session == "s1");

    // The next session gets the generator's next id.
    act(flow, K::home, 4);
    act(flow, K::start_quiz, 5);
    CHECK(flow.session() == "s2");
}

TEST_CASE("kiosk_flow: a choose-one answer confirms for answer_confirm_seconds, then moves on") {
    KioskFlow flow = make_flow();
    start(flow, 3);
    act(flow, K::next, 3.5);  // no Next on a choose-one question
    CHECK(flow.question().id == "concern");
    act(flow, K::answer, 3.6, "no-such-answer");
    CHECK_FALSE(flow.confirming());

    act(flow, K::answer, 4, "breakouts");
    CHECK(flow.confirming());
    CHECK(flow.is_chosen("breakouts"));
    CHECK(flow.question().id == "concern");
    CHECK(flow.next_change() == doctest::Approx(4 + kiosk::answer_confirm_seconds));
    CHECK(flow.take_events().empty());

    flow.advance(4 + kiosk::answer_confirm_seconds - 0.01);
    CHECK(flow.question().id == "concern");
    flow.advance(4 + kiosk::answer_confirm_seconds);
    CHECK_FALSE(flow.confirming());
    CHECK(flow.question().id == "fermented");  // shown: concern is breakouts
    CHECK(flow.question_number() == 2);
    CHECK(flow.question_total() == 4);  // the same all session long
    CHECK(flow.question_step() == 2);   // diet may still show: it waits on fermented's answer

    const auto events = flow.take_events();
    REQUIRE(types(events) == Ids{"question_answered"});
    CHECK(events[0].fields == json{{"question", "concern"}, {"answers", {"breakouts"}}});
    CHECK(events[0].session == "s1");
}

TEST_CASE(
    "kiosk_flow: two quick taps on a choose-one tile record one answer, never one to the "
    "next question") {
    // Two choose-one questions with the same answers: a second tap on the first question's
    // tile, read after the flow moved on but against the frame that still showed that tile,
    // must not answer the second question.
    kiosk::Content content = kiosk::sample::content();
    kiosk::Question again = content.quiz.questions[0];
    again.id = "concern-again";
    content.quiz.questions = {content.quiz.questions[0], again};
    KioskFlow flow = make_flow(std::make_shared<const kiosk::Content>(content));
    start(flow, 3);
    const kiosk::ShopperAction tile = kiosk::shopper::Answer{"concern", "dryness"};
    flow.act(tile, 4);
    flow.act(tile, 4.1);  // while confirming: nothing more
    flow.advance(4 + kiosk::answer_confirm_seconds);
    REQUIRE(flow.question().id == "concern-again");
    const unsigned long revision = flow.revision();
    flow.act(tile, 4.3);  // the same tile again, one frame late
    CHECK_FALSE(flow.confirming());
    CHECK_FALSE(flow.is_chosen("dryness"));
    CHECK(flow.choices().count("concern-again") == 0);
    CHECK(flow.revision() == revision);
    const auto events = flow.take_events();
    REQUIRE(types(events) == Ids{"question_answered"});
    CHECK(events[0].fields == json{{"question", "concern"}, {"answers", {"dryness"}}});

    // The tile of the question on screen still counts.
    flow.act(kiosk::shopper::Answer{"concern-again", "dryness"}, 4.4);
    CHECK(flow.is_chosen("dryness"));
    CHECK(flow.confirming());
}

TEST_CASE("kiosk_flow: the revision moves with every change the screens show, not with time") {
    KioskFlow flow = make_flow();
    auto moved = [&flow, last = flow.revision()]() mutable {
        const bool changed = flow.revision() != last;
        last = flow.revision();
        return changed;
    };
    flow.advance(1);
    CHECK_FALSE(moved());  // a slide's time passing is drawn from `now`, not a new state
    act(flow, K::choose_language, 1.5, "id");
    CHECK(moved());
    act(flow, K::choose_language, 1.6, "fr");  // not a language of the kiosk
    CHECK_FALSE(moved());
    flow.advance(8);  // the next slide
    CHECK(moved());
    act(flow, K::toggle_pause, 9);
    CHECK(moved());
    act(flow, K::toggle_pause, 10);
    CHECK(moved());
    act(flow, K::start_quiz, 11);
    CHECK(moved());
    act(flow, K::answer, 12, "dryness");
    CHECK(moved());
    flow.advance(12 + kiosk::answer_confirm_seconds);  // the next question
    CHECK(moved());
    flow.advance(12.5 + 30);  // "Still there?"
    CHECK(moved());
    act(flow, K::keep_going, 43);
    CHECK(moved());
    act(flow, K::home, 44);
    CHECK(moved());
}

TEST_CASE(
    "kiosk_flow: a choose-many question toggles answers, respects max and moves on with Next") {
    KioskFlow flow = make_flow();
    start(flow, 3);
    act(flow, K::answer, 4, "breakouts");
    flow.advance(4.25);
    REQUIRE(flow.question().id == "fermented");
    (void)flow.take_events();
    CHECK(flow.can_go_next());

    act(flow, K::answer, 5, "kimchi");
    act(flow, K::answer, 6, "yogurt");
    act(flow, K::answer, 7, "none");  // max 2: a third answer is not taken
    CHECK(flow.is_chosen("kimchi"));
    CHECK(flow.is_chosen("yogurt"));
    CHECK_FALSE(flow.is_chosen("none"));
    CHECK_FALSE(flow.confirming());
    flow.advance(20);
    CHECK(flow.question().id == "fermented");  // a many question waits for Next

    act(flow, K::answer, 21, "kimchi");  // toggles off
    CHECK_FALSE(flow.is_chosen("kimchi"));
    act(flow, K::answer, 22, "none");  // room again
    CHECK(flow.is_chosen("none"));
    CHECK(flow.choices().at("fermented") == Ids{"yogurt", "none"});
    CHECK(flow.question_total() == 4);  // "none" now shows diet as well
    CHECK(flow.take_events().empty());

    act(flow, K::next, 23);
    CHECK(flow.question().id == "diet");
    CHECK(flow.question_number() == 3);
    const auto events = flow.take_events();
    REQUIRE(types(events) == Ids{"question_answered"});
    CHECK(events[0].fields == json{{"question", "fermented"}, {"answers", {"yogurt", "none"}}});
}

TEST_CASE("kiosk_flow: Next on a choose-many question with nothing chosen moves on") {
    KioskFlow flow = make_flow();
    start(flow, 3);
    act(flow, K::answer, 4, "redness");
    flow.advance(4.25);
    REQUIRE(flow.question().id == "fermented");
    (void)flow.take_events();
    act(flow, K::next, 5);
    CHECK(flow.question().id == "skin-feel");  // diet hidden: "none" was not chosen
    CHECK(flow.question_number() == 3);
    const auto events = flow.take_events();
    REQUIRE(types(events) == Ids{"question_answered"});
    CHECK(events[0].fields == json{{"question", "fermented"}, {"answers", json::array()}});
}

TEST_CASE("kiosk_flow: a show_if question is skipped when its condition is not met") {
    KioskFlow flow = make_flow();
    start(flow, 3);
    act(flow, K::answer, 4, "dryness");
    flow.advance(4.25);
    CHECK(flow.question().id ==
          "skin-feel");  // fermented needs breakouts or redness; diet needs fermented
    CHECK(flow.question_number() == 2);
    CHECK(flow.question_total() == 4);  // the longest path, as the shopper saw it from the start
    CHECK(flow.question_step() == 4);   // the two left out count as passed
}

TEST_CASE("kiosk_flow: a question chained on a skipped question is skipped as well") {
    // content-format.md: show_if makes a question appear only when an earlier question was
    // answered with one of any_of. Here the shopper first takes concern=breakouts →
    // fermented=none → diet, then goes back and picks dryness: fermented is no longer shown, so
    // it was not answered with "none", and diet must not appear either.
    KioskFlow flow = make_flow();
    start(flow, 3);
    act(flow, K::answer, 4, "breakouts");
    flow.advance(4.25);
    act(flow, K::answer, 5, "none");
    act(flow, K::next, 6);
    REQUIRE(flow.question().id == "diet");
    act(flow, K::back, 7);
    REQUIRE(flow.question().id == "fermented");
    act(flow, K::back, 8);
    REQUIRE(flow.question().id == "concern");
    act(flow, K::answer, 9, "dryness");
    flow.advance(9.25);
    CHECK(flow.question().id == "skin-feel");
    CHECK(flow.question_number() == 2);
}

TEST_CASE("kiosk_flow: Back returns to the previous shown question, keeping its answer") {
    KioskFlow flow = make_flow();
    start(flow, 3);
    SUBCASE("from a question after a skipped one") {
        act(flow, K::answer, 4, "dryness");
        flow.advance(4.25);
        REQUIRE(flow.question().id == "skin-feel");
        act(flow, K::back, 5);
        CHECK(flow.question().id == "concern");  // fermented and diet were never shown
        CHECK(flow.moving_back());
        CHECK(flow.is_chosen("dryness"));
        CHECK(flow.question_number() == 1);
    }
    SUBCASE("from a chained question") {
        act(flow, K::answer, 4, "breakouts");
        flow.advance(4.25);
        act(flow, K::answer, 5, "none");
        act(flow, K::next, 6);
        REQUIRE(flow.question().id == "diet");
        (void)flow.take_events();
        act(flow, K::back, 7);
        CHECK(flow.question().id == "fermented");
        CHECK(flow.is_chosen("none"));
        CHECK(flow.question_number() == 2);
        CHECK(flow.take_events().empty());  // going back is not an answer
    }
}

TEST_CASE("kiosk_flow: Back on the first question and Home go to the slides, ending the session") {
    KioskFlow flow = make_flow();
    SUBCASE("back from the first question") {
        start(flow, 3);
        act(flow, K::back, 4);
    }
    SUBCASE("home in the middle of the quiz") {
        start(flow, 3);
        act(flow, K::answer, 3.5, "breakouts");
        flow.advance(3.75);
        (void)flow.take_events();
        act(flow, K::home, 4);
    }
    CHECK(flow.screen() == Screen::attract);
    CHECK(flow.session().empty());
    const auto events = flow.take_events();
    REQUIRE(types(events) == Ids{"session_ended"});
    CHECK(events[0].fields == json{{"reason", "home"}});
    CHECK(events[0].session == "s1");
    // The slides run again from now: gut (8 s) from 4.
    CHECK(flow.next_change() == doctest::Approx(12));
}

// ---------------------------------------------------------------------------------------------
// Results

namespace {

// breakouts → fermented kimchi → skin-feel shiny; results at 7.25. Events so far dropped.
void quiz_to_results(KioskFlow& flow) {
    start(flow, 3);
    act(flow, K::answer, 4, "breakouts");
    flow.advance(4.25);
    act(flow, K::answer, 5, "kimchi");
    act(flow, K::next, 6);
    act(flow, K::answer, 7, "shiny");
    (void)flow.take_events();
    flow.advance(7.25);
}

}  // namespace

TEST_CASE("kiosk_flow: the last question leads to the results and a quiz_completed event") {
    KioskFlow flow = make_flow();
    quiz_to_results(flow);
    CHECK(flow.screen() == Screen::results);
    const auto events = flow.take_events();
    REQUIRE(types(events) == Ids{"question_answered", "quiz_completed"});
    CHECK(events[0].fields == json{{"question", "skin-feel"}, {"answers", {"shiny"}}});
    // P = {acne 3, oily 1 + 2 = 3, gut 2}. Scores: cleanser 3*2 + 3*1 = 9, gut-blend 2*2 = 4,
    // calm-serum 3*1 = 3, cream 0; max_products 2 → cleanser, gut-blend.
    // Tips: gentle 0 + 3 = 3, oil-control 3 (tie, file order), hydrate and fermented-foods 0.
    const json expected = {
        {"answers",
         {{"concern", {"breakouts"}}, {"fermented", {"kimchi"}}, {"skin-feel", {"shiny"}}}},
        {"recommended", {"cleanser", "gut-blend"}},
        {"tips", {"gentle", "oil-control"}},
        {"fallback", false}};
    CHECK(events[1].fields == expected);
    CHECK(events[1].session == "s1");

    const kiosk::Recommendation& r = flow.recommendation();
    REQUIRE(r.products.size() == 2);
    CHECK(r.products[0].product->id == "cleanser");
    CHECK(r.products[1].product->id == "gut-blend");
    CHECK_FALSE(r.fallback);
}

TEST_CASE("kiosk_flow: quiz_completed leaves out answers of questions the shopper went back past") {
    KioskFlow flow = make_flow();
    start(flow, 3);
    act(flow, K::answer, 4, "breakouts");
    flow.advance(4.25);
    act(flow, K::answer, 5, "kimchi");
    act(flow, K::next, 6);
    act(flow, K::back, 7);  // fermented
    act(flow, K::back, 8);  // concern
    act(flow, K::answer, 9, "dryness");
    flow.advance(9.25);
    REQUIRE(flow.question().id == "skin-feel");
    act(flow, K::answer, 10, "shiny");
    (void)flow.take_events();
    flow.advance(10.25);
    REQUIRE(flow.screen() == Screen::results);
    const auto events = flow.take_events();
    REQUIRE(types(events) == Ids{"question_answered", "quiz_completed"});
    // fermented is hidden after dryness: kimchi is gone. P = {dry 3, oily 2}.
    // cream 3*2 = 6, cleanser 2*1 = 2; tips hydrate 3, oil-control 2.
    const json expected = {{"answers", {{"concern", {"dryness"}}, {"skin-feel", {"shiny"}}}},
                           {"recommended", {"cream", "cleanser"}},
                           {"tips", {"hydrate", "oil-control"}},
                           {"fallback", false}};
    CHECK(events[1].fields == expected);
}

TEST_CASE("kiosk_flow: quiz_completed reports a fallback") {
    auto content = std::make_shared<kiosk::Content>(kiosk::sample::content());
    content->quiz.results.min_score = 100;
    KioskFlow flow = make_flow(content);
    start(flow, 1);
    act(flow, K::answer, 2, "dryness");
    flow.advance(2.25);
    act(flow, K::answer, 3, "fine");
    flow.advance(3.25);
    REQUIRE(flow.screen() == Screen::results);
    const auto events = flow.take_events();
    REQUIRE(types(events) == Ids{"question_answered", "question_answered", "quiz_completed"});
    // P = {dry 3}: cream scores 6 < 100, so the in-stock fallback: daily-multi (old-toner is out
    // of stock). Tip hydrate (dry 3).
    const json expected = {{"answers", {{"concern", {"dryness"}}, {"skin-feel", {"fine"}}}},
                           {"recommended", {"daily-multi"}},
                           {"tips", {"hydrate"}},
                           {"fallback", true}};
    CHECK(events[2].fields == expected);
    CHECK(flow.recommendation().fallback);
}

TEST_CASE("kiosk_flow: restart ends the session and starts a new one") {
    KioskFlow flow = make_flow();
    quiz_to_results(flow);
    (void)flow.take_events();
    act(flow, K::restart, 20);
    CHECK(flow.screen() == Screen::quiz);
    CHECK(flow.question().id == "concern");
    CHECK(flow.choices().empty());
    CHECK(flow.session() == "s2");
    const auto events = flow.take_events();
    REQUIRE(types(events) == Ids{"session_ended", "session_started"});
    CHECK(events[0].fields == json{{"reason", "restart"}});
    CHECK(events[0].session == "s1");
    CHECK(events[1].fields == json{{"trigger", "restart"}});
    CHECK(events[1].session == "s2");
}

TEST_CASE("kiosk_flow: the results go back to the slides at results_timeout, reason done") {
    KioskFlow flow = make_flow();
    quiz_to_results(flow);  // results from 7.25
    (void)flow.take_events();
    // The overlay comes at results_timeout - idle_warning = 60 - 10 = 50 s after the results.
    CHECK(flow.next_change() == doctest::Approx(57.25));
    flow.advance(57.2);
    CHECK(flow.overlay() == Overlay::none);
    flow.advance(57.25);
    CHECK(flow.overlay() == Overlay::still_there);
    CHECK(flow.screen() == Screen::results);
    CHECK(flow.next_change() == doctest::Approx(67.25));
    CHECK(flow.overlay_seconds_left(62.25) == doctest::Approx(5));

    SUBCASE("nobody answers: back at 60 s, reason done") {
        flow.advance(67.2);
        CHECK(flow.screen() == Screen::results);
        flow.advance(67.25);
        CHECK(flow.screen() == Screen::attract);
        CHECK(flow.overlay() == Overlay::none);
        const auto events = flow.take_events();
        REQUIRE(types(events) == Ids{"session_ended"});
        CHECK(events[0].fields == json{{"reason", "done"}});
        CHECK(events[0].session == "s1");
    }
    SUBCASE("Continue keeps the results for another 50 s") {
        act(flow, K::keep_going, 60);
        CHECK(flow.overlay() == Overlay::none);
        CHECK(flow.screen() == Screen::results);
        CHECK(flow.next_change() == doctest::Approx(110));
        CHECK(flow.take_events().empty());
    }
}

// ---------------------------------------------------------------------------------------------
// Idle

namespace {

// Session from 3; breakouts at 10 (the last touch), fermented from 10.25.
void on_fermented_touched_at_10(KioskFlow& flow) {
    start(flow, 3);
    act(flow, K::answer, 10, "breakouts");
    flow.advance(10.25);
    REQUIRE(flow.question().id == "fermented");
    (void)flow.take_events();
}

}  // namespace

TEST_CASE("kiosk_flow: after idle_timeout_seconds without a touch, Still there? shows") {
    KioskFlow flow = make_flow();
    on_fermented_touched_at_10(flow);
    CHECK(flow.next_change() == doctest::Approx(40));  // 10 + 30
    flow.advance(39.9);
    CHECK(flow.overlay() == Overlay::none);
    flow.advance(40);
    CHECK(flow.overlay() == Overlay::still_there);
    CHECK(flow.screen() == Screen::quiz);
    CHECK(flow.overlay_seconds_left(45) == doctest::Approx(5));
    CHECK(flow.next_change() == doctest::Approx(50));  // 40 + 10
    CHECK(flow.take_events().empty());
}

TEST_CASE("kiosk_flow: any action dismisses Still there? and keeps the question") {
    KioskFlow flow = make_flow();
    on_fermented_touched_at_10(flow);
    flow.advance(40);
    REQUIRE(flow.overlay() == Overlay::still_there);
    SUBCASE("Continue") {
        act(flow, K::keep_going, 46);
    }
    SUBCASE("a plain touch action") {
        act(flow, K::touch, 46);
    }
    SUBCASE("a tap that would answer") {
        act(flow, K::answer, 46, "kimchi");
    }
    SUBCASE("a tap that would go back") {
        act(flow, K::back, 46);
    }
    CHECK(flow.overlay() == Overlay::none);
    CHECK(flow.screen() == Screen::quiz);
    CHECK(flow.question().id == "fermented");
    CHECK(flow.session() == "s1");
    CHECK(flow.next_change() == doctest::Approx(76));  // the idle timer runs from 46 again
    CHECK(flow.take_events().empty());
}

TEST_CASE("kiosk_flow: touched() refreshes the idle timer but does not dismiss the overlay") {
    KioskFlow flow = make_flow();
    on_fermented_touched_at_10(flow);
    flow.touched(25);
    CHECK(flow.next_change() == doctest::Approx(55));  // 25 + 30
    flow.advance(40);
    CHECK(flow.overlay() == Overlay::none);
    flow.advance(55);
    CHECK(flow.overlay() == Overlay::still_there);
    flow.touched(60);
    CHECK(flow.overlay() == Overlay::still_there);
    CHECK(flow.next_change() == doctest::Approx(65));  // the countdown is not reset
    flow.advance(65);
    CHECK(flow.screen() == Screen::attract);
}

TEST_CASE(
    "kiosk_flow: at the end of the countdown the session ends (idle_timeout), language resets") {
    KioskFlow flow = make_flow();
    act(flow, K::choose_language, 1, "id");
    on_fermented_touched_at_10(flow);
    CHECK(flow.language() == "id");
    flow.advance(40);
    flow.advance(49.9);
    CHECK(flow.screen() == Screen::quiz);
    flow.advance(50);
    CHECK(flow.screen() == Screen::attract);
    CHECK(flow.overlay() == Overlay::none);
    CHECK(flow.session().empty());
    CHECK(flow.language() == "en");
    const auto events = flow.take_events();
    REQUIRE(types(events) == Ids{"session_ended"});
    CHECK(events[0].fields == json{{"reason", "idle_timeout"}});
    CHECK(events[0].session == "s1");
    // Back on the slides: the current slide (gut, 8 s) runs from 50.
    CHECK(flow.next_change() == doctest::Approx(58));
}

TEST_CASE("kiosk_flow: no idle overlay on the attract loop") {
    KioskFlow flow = make_flow();
    act(flow, K::toggle_pause, 0);
    flow.advance(1000);
    CHECK(flow.overlay() == Overlay::none);
    CHECK(flow.screen() == Screen::attract);
}

TEST_CASE("kiosk_flow: next_change in each state") {
    KioskFlow flow = make_flow();
    CHECK(flow.next_change() == doctest::Approx(8));  // attract: the slide's end
    act(flow, K::toggle_pause, 1);
    CHECK(flow.next_change() == never);  // paused: nothing by itself
    act(flow, K::toggle_pause, 2);
    CHECK(flow.next_change() == doctest::Approx(9));  // 7 s were left
    act(flow, K::start_quiz, 3);
    CHECK(flow.next_change() == doctest::Approx(33));  // quiz: idle timeout from the last touch
    act(flow, K::answer, 4, "dryness");
    CHECK(flow.next_change() == doctest::Approx(4.25));  // confirming
    flow.advance(4.25);
    CHECK(flow.next_change() == doctest::Approx(34));  // idle timeout from the tap at 4
    flow.advance(34);
    CHECK(flow.next_change() == doctest::Approx(44));  // overlay: its countdown
    act(flow, K::keep_going, 35);
    act(flow, K::answer, 36, "fine");
    flow.advance(36.25);
    REQUIRE(flow.screen() == Screen::results);
    CHECK(flow.next_change() == doctest::Approx(86.25));  // results: 36.25 + 60 - 10
}

// ---------------------------------------------------------------------------------------------
// New content

namespace {

std::shared_ptr<const kiosk::Content> fresh_content() {
    kiosk::Content c = kiosk::sample::content();
    c.slides = {kiosk::sample::slide("fresh", 4.0)};
    return std::make_shared<const kiosk::Content>(std::move(c));
}

}  // namespace

TEST_CASE("kiosk_flow: new content on the attract loop is taken at once") {
    KioskFlow flow = make_flow();
    act(flow, K::previous_slide, 1);
    REQUIRE(flow.slide().id == "habits");
    const auto fresh = fresh_content();
    flow.offer_content(fresh, 2);
    CHECK(flow.content_ptr() == fresh);
    CHECK_FALSE(flow.content_waiting());
    CHECK(flow.slide().id == "fresh");                // the only slide of the new content
    CHECK(flow.next_change() == doctest::Approx(6));  // fresh's own 4 s from 2
}

TEST_CASE("kiosk_flow: new content during a session waits until the session ends") {
    KioskFlow flow = make_flow();
    const auto old = flow.content_ptr();
    start(flow, 1);
    const auto fresh = fresh_content();
    flow.offer_content(fresh, 2);
    CHECK(flow.content_waiting());
    CHECK(flow.content_ptr() == old);
    CHECK(flow.screen() == Screen::quiz);
    CHECK(flow.session() == "s1");
    CHECK(flow.take_events().empty());

    act(flow, K::answer, 3, "breakouts");  // the quiz carries on
    flow.advance(3.25);
    CHECK(flow.question().id == "fermented");
    CHECK(flow.content_ptr() == old);

    act(flow, K::home, 4);
    CHECK(flow.screen() == Screen::attract);
    CHECK(flow.content_ptr() == fresh);
    CHECK_FALSE(flow.content_waiting());
    CHECK(flow.slide().id == "fresh");
}

TEST_CASE("kiosk_flow: new content with interrupt ends the session (content_changed)") {
    KioskFlow flow = make_flow();
    start(flow, 1);
    const auto fresh = fresh_content();
    flow.offer_content(fresh, 2, true);
    CHECK(flow.screen() == Screen::attract);
    CHECK(flow.content_ptr() == fresh);
    CHECK_FALSE(flow.content_waiting());
    CHECK(flow.session().empty());
    const auto events = flow.take_events();
    REQUIRE(types(events) == Ids{"session_ended"});
    CHECK(events[0].fields == json{{"reason", "content_changed"}});
    CHECK(events[0].session == "s1");
}

TEST_CASE("kiosk_flow: stopping the app ends an open session with the reason, once") {
    KioskFlow flow = make_flow();
    flow.stop(1.0, "stopped");  // on the attract loop: no session, nothing to end
    CHECK(flow.take_events().empty());

    start(flow, 2.0);
    const std::string session = flow.session();
    REQUIRE_FALSE(session.empty());
    flow.stop(3.0, "display_lost");
    const std::vector<Event> events = flow.take_events();
    REQUIRE(types(events) == Ids{"session_ended"});
    CHECK(events[0].fields["reason"] == "display_lost");
    CHECK(events[0].session == session);
    CHECK(flow.session().empty());
    flow.stop(4.0, "stopped");  // already ended
    CHECK(flow.take_events().empty());
}

TEST_CASE("kiosk_flow: the progress's total never changes in a session; its step only grows") {
    // Every path through the sample quiz, one answer a question (the first or the last, so
    // that the show_if branches are taken and left out): the total stays the longest path, the
    // step grows by one or more a question, and the last question shown is the last step.
    for (const bool last_answer : {false, true})
        for (const char* first : {"breakouts", "dryness", "redness"}) {
            CAPTURE(first);
            CAPTURE(last_answer);
            KioskFlow flow = make_flow();
            start(flow, 1);
            double t = 2;
            int step = 0;
            while (flow.screen() == Screen::quiz) {
                CHECK(flow.question_total() == 4);
                CHECK(flow.question_step() > step);
                step = flow.question_step();
                const auto& answers = flow.question().answers;
                const std::string answer = flow.question().id == "concern" ? first
                                           : last_answer                   ? answers.back().id
                                                                           : answers.front().id;
                act(flow, K::answer, t, answer);
                if (flow.question().choose == kiosk::Choose::many) act(flow, K::next, t + 0.1);
                flow.advance(t += 1 + kiosk::answer_confirm_seconds);
                if (flow.screen() != Screen::quiz) CHECK(step == 4);
            }
            CHECK(flow.screen() == Screen::results);
        }
}
