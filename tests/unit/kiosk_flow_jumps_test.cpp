// The preview's jumps and reload (KioskFlow::jump, KioskFlow::replace_content) on the sample
// content of sample_content.hpp: question 3 (diet) shows only after fermented "none", which
// shows only after concern "breakouts" or "redness".
#include <doctest/doctest.h>

#include <memory>
#include <string>
#include <vector>

#include "core/kiosk_flow.hpp"
#include "core/recommend.hpp"
#include "sample_content.hpp"
#include "shopper_actions.hpp"

using kiosk::Choices;
using kiosk::Event;
using kiosk::KioskFlow;
using kiosk::Overlay;
using kiosk::Screen;
using kiosk::test::act;
using kiosk::test::K;
namespace jump = kiosk::jump;

namespace {

KioskFlow make_flow() {
    auto n = std::make_shared<int>(0);
    return KioskFlow(kiosk::sample::shared(), 0.0,
                     [n] { return std::string("s").append(std::to_string(++*n)); });
}

// The events of `type` among `events`.
std::vector<Event> of_type(const std::vector<Event>& events, const std::string& type) {
    std::vector<Event> out;
    for (const Event& e : events)
        if (e.type == type) out.push_back(e);
    return out;
}

}  // namespace

TEST_CASE("jumps: question N of the file, with the earlier answers its show_if needs") {
    KioskFlow flow = make_flow();
    flow.jump(jump::Question{.number = 3}, 1.0);
    REQUIRE(flow.screen() == Screen::quiz);
    CHECK(flow.question().id == "diet");
    CHECK(flow.choices().at("fermented") == std::vector<std::string>{"none"});
    CHECK(flow.choices().at("concern") == std::vector<std::string>{"breakouts"});
    CHECK(flow.question_number() == 3);  // concern and fermented come before it
    CHECK(flow.question_total() == 4);
    const auto started = of_type(flow.take_events(), "session_started");
    REQUIRE(started.size() == 1);
    CHECK(started[0].fields["trigger"] == "jump");
    CHECK(started[0].session == "s1");
}

TEST_CASE("jumps: an answer given that already shows the question is kept") {
    KioskFlow flow = make_flow();
    flow.jump(jump::Question{.number = 2, .answered = {{"concern", {"redness"}}}}, 1.0);
    CHECK(flow.question().id == "fermented");
    CHECK(flow.choices().at("concern") == std::vector<std::string>{"redness"});
    CHECK(flow.question_number() == 2);
    // Back goes to the question before it, as for a shopper.
    act(flow, K::back, 2.0);
    CHECK(flow.question().id == "concern");
}

TEST_CASE("jumps: a question the quiz does not have does nothing") {
    KioskFlow flow = make_flow();
    const auto before = flow.revision();
    flow.jump(jump::Question{.number = 5}, 1.0);
    flow.jump(jump::Question{.number = 0}, 1.0);
    CHECK(flow.screen() == Screen::attract);
    CHECK(flow.revision() == before);
    CHECK(of_type(flow.take_events(), "session_started").empty());
}

TEST_CASE("jumps: a question without show_if needs no answer; unknown answers are left out") {
    KioskFlow flow = make_flow();
    flow.jump(jump::Question{.number = 4,
                             .answered = {{"concern", {"dryness", "no-such"}}, {"nope", {"x"}}}},
              1.0);
    CHECK(flow.question().id == "skin-feel");
    CHECK(flow.choices() == Choices{{"concern", {"dryness"}}});
    CHECK(flow.question_number() == 2);  // concern; fermented and diet do not show after dryness
    CHECK(flow.question_step() == 4);    // ... so skin-feel is the last of the longest path's 4
    CHECK(flow.question_total() == 4);
}

TEST_CASE("jumps: the results of given answers are the recommendation of those answers") {
    KioskFlow flow = make_flow();
    const Choices answers{{"concern", {"dryness"}}, {"skin-feel", {"tight"}}};
    flow.jump(jump::Results{answers}, 1.0);
    REQUIRE(flow.screen() == Screen::results);
    const auto expected = kiosk::recommend(flow.content(), answers);
    REQUIRE(flow.recommendation().products.size() == expected.products.size());
    for (size_t i = 0; i < expected.products.size(); ++i)
        CHECK(flow.recommendation().products[i].product->id == expected.products[i].product->id);
    CHECK(flow.recommendation().products.at(0).product->id == "cream");
    const auto completed = of_type(flow.take_events(), "quiz_completed");
    REQUIRE(completed.size() == 1);
    CHECK(completed[0].fields["answers"]["concern"] == nlohmann::json{"dryness"});
}

TEST_CASE("jumps: answers of questions a shopper would not see do not count") {
    KioskFlow flow = make_flow();
    // fermented shows only after breakouts or redness: its answer is left out after dryness
    flow.jump(jump::Results{{{"concern", {"dryness"}}, {"fermented", {"kimchi"}}}}, 1.0);
    CHECK(flow.choices() == Choices{{"concern", {"dryness"}}});
}

TEST_CASE("jumps: each jump into the quiz or results is a session of its own, in the language") {
    KioskFlow flow = make_flow();
    act(flow, K::choose_language, 0.5, "id");
    flow.jump(jump::Question{.number = 1}, 1.0);
    flow.jump(jump::Results{{{"concern", {"breakouts"}}}}, 2.0);
    CHECK(flow.language() == "id");
    flow.jump(jump::Slides{}, 3.0);
    CHECK(flow.screen() == Screen::attract);
    CHECK(flow.language() == "id");
    const auto events = flow.take_events();
    const auto ended = of_type(events, "session_ended");
    REQUIRE(ended.size() == 2);
    CHECK(ended[0].fields["reason"] == "jump");
    CHECK(ended[0].session == "s1");
    CHECK(ended[1].fields["reason"] == "jump");
    CHECK(ended[1].session == "s2");
    CHECK(of_type(events, "session_started").size() == 2);  // every session that starts ends
}

TEST_CASE("jumps: the slide keys go back to the slides from anywhere, one slide on or back") {
    KioskFlow flow = make_flow();
    flow.jump(jump::NextSlide{}, 1.0);
    CHECK(flow.slide().id == "balance");
    flow.jump(jump::Question{.number = 1}, 2.0);
    flow.jump(jump::NextSlide{}, 3.0);
    CHECK(flow.screen() == Screen::attract);
    CHECK(flow.slide().id == "habits");
    flow.jump(jump::PreviousSlide{}, 4.0);
    flow.jump(jump::PreviousSlide{}, 5.0);
    CHECK(flow.slide().id == "gut");
    flow.jump(jump::PreviousSlide{}, 6.0);
    CHECK(flow.slide().id == "habits");  // round to the last
}

TEST_CASE("jumps: the next language, round to the first") {
    KioskFlow flow = make_flow();
    CHECK(flow.language() == "en");
    flow.jump(jump::NextLanguage{}, 1.0);
    CHECK(flow.language() == "id");
    flow.jump(jump::NextLanguage{}, 2.0);
    CHECK(flow.language() == "en");
}

TEST_CASE("jumps: a jump answers Still there? and keeps the session alive") {
    KioskFlow flow = make_flow();
    flow.jump(jump::Question{.number = 1}, 0.0);
    flow.advance(31.0);  // past the idle timeout of 30 s
    REQUIRE(flow.overlay() == Overlay::still_there);
    flow.jump(jump::Question{.number = 4}, 32.0);
    CHECK(flow.overlay() == Overlay::none);
    flow.advance(50.0);
    CHECK(flow.overlay() == Overlay::none);  // the jump counts as a touch at 32 s
    CHECK(flow.question().id == "skin-feel");
}

TEST_CASE("replace_content: the new content at once, on the same question with its answers") {
    KioskFlow flow = make_flow();
    act(flow, K::choose_language, 0.5, "id");
    flow.jump(jump::Question{.number = 3}, 1.0);
    auto changed = kiosk::sample::content();
    changed.quiz.questions[2].text = kiosk::Text::plain("How do you eat now?");
    flow.replace_content(std::make_shared<const kiosk::Content>(changed), 2.0);
    CHECK(flow.screen() == Screen::quiz);
    CHECK(flow.question().id == "diet");
    CHECK(flow.question().text.in("en", "en") == "How do you eat now?");
    CHECK(flow.choices().at("concern") == std::vector<std::string>{"breakouts"});
    CHECK(flow.language() == "id");
    CHECK(!flow.content_waiting());
    const auto ended = of_type(flow.take_events(), "session_ended");
    REQUIRE(!ended.empty());
    CHECK(ended.back().fields["reason"] == "content_changed");
}

TEST_CASE("replace_content: the results of the same answers; the slides stay on their slide") {
    KioskFlow flow = make_flow();
    flow.jump(jump::Results{{{"concern", {"dryness"}}}}, 1.0);
    auto changed = kiosk::sample::content();
    changed.products[1].tags = {{"oily", 2}};  // cream no longer suits dryness
    flow.replace_content(std::make_shared<const kiosk::Content>(changed), 2.0);
    REQUIRE(flow.screen() == Screen::results);
    for (const auto& p : flow.recommendation().products) CHECK(p.product->id != "cream");

    KioskFlow slides = make_flow();
    slides.jump(jump::NextSlide{}, 1.0);
    slides.replace_content(kiosk::sample::shared(), 2.0);
    CHECK(slides.screen() == Screen::attract);
    CHECK(slides.slide().id == "balance");
}

TEST_CASE("replace_content: a question the new content no longer has leaves the slides") {
    KioskFlow flow = make_flow();
    flow.jump(jump::Question{.number = 4}, 1.0);
    auto shorter = kiosk::sample::content();
    shorter.quiz.questions.pop_back();
    flow.replace_content(std::make_shared<const kiosk::Content>(shorter), 2.0);
    CHECK(flow.screen() == Screen::attract);
}
