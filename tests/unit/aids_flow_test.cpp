// The accessibility panel and its aids in the flow (core/kiosk_flow_aids.cpp), on the sample
// content: idle timeout 30 s, idle warning 10 s, results timeout 60 s, slides 8 s / 5 s / 8 s.
#include <doctest/doctest.h>

#include <memory>
#include <string>
#include <vector>

#include "core/aids_view.hpp"
#include "core/autopilot.hpp"
#include "core/kiosk_flow.hpp"
#include "core/still_there_view.hpp"
#include "core/target_id.hpp"
#include "sample_content.hpp"

using kiosk::Aid;
using kiosk::KioskFlow;
using kiosk::Overlay;
using kiosk::Screen;
namespace shopper = kiosk::shopper;

namespace {

KioskFlow make_flow() {
    auto n = std::make_shared<int>(0);
    return KioskFlow(kiosk::sample::shared(), 0.0,
                     [n] { return std::string("s").append(std::to_string(++*n)); });
}

std::vector<kiosk::Event> ended(KioskFlow& flow) {
    std::vector<kiosk::Event> out;
    for (kiosk::Event& e : flow.take_events())
        if (e.type == "session_ended") out.push_back(std::move(e));
    return out;
}

void turn_on(KioskFlow& flow, Aid aid, double now) {
    flow.act(shopper::OpenAids{}, now);
    flow.act(shopper::ToggleAid{aid}, now);
    flow.act(shopper::CloseAids{}, now);
}

}  // namespace

TEST_CASE(
    "aids: the panel opens over the screen, its switches turn aids on and off, Close closes") {
    KioskFlow flow = make_flow();
    flow.act(shopper::StartQuiz{}, 1);
    const auto before = flow.revision();
    flow.act(shopper::OpenAids{}, 2);
    CHECK(flow.overlay() == Overlay::accessibility);
    CHECK(flow.revision() != before);
    flow.act(shopper::ToggleAid{Aid::high_contrast}, 3);
    CHECK(flow.aids().has(Aid::high_contrast));
    CHECK_FALSE(flow.aids().has(Aid::more_time));
    CHECK(flow.aids().names() == std::vector<std::string>{"high_contrast"});
    // While it is open the screen below waits: an answer from a stale frame does nothing.
    const std::string question = flow.question().id;
    flow.act(shopper::Answer{question, "a"}, 4);
    CHECK(flow.question().id == question);
    CHECK(flow.choices().empty());
    flow.act(shopper::ToggleAid{Aid::high_contrast}, 5);
    CHECK_FALSE(flow.aids().any());
    flow.act(shopper::CloseAids{}, 6);
    CHECK(flow.overlay() == Overlay::none);
}

TEST_CASE("aids: the panel lists every aid with its words and whether it is on") {
    KioskFlow flow = make_flow();
    flow.act(shopper::OpenAids{}, 1);
    flow.act(shopper::ToggleAid{Aid::more_time}, 1);
    const kiosk::AidsPanelView v = kiosk::aids_panel_view(flow, 1.1);
    REQUIRE(v.rows.size() == 4);
    CHECK(v.title == "Accessibility");
    CHECK(v.rows[0].name == "Larger text");
    CHECK_FALSE(v.rows[0].on);
    CHECK(v.rows[1].name == "High contrast");
    CHECK_FALSE(v.rows[1].on);
    CHECK(v.rows[2].name == "More time");
    CHECK(v.rows[2].on);
    CHECK(v.rows[3].name == "Within reach");
    CHECK_FALSE(v.rows[3].on);
    CHECK(v.appear < 1);
    CHECK(kiosk::target_id(shopper::OpenAids{}) == "accessibility");
    CHECK(kiosk::target_id(shopper::ToggleAid{Aid::more_time}) == "aid:more_time");
    CHECK(kiosk::aid_named("high_contrast") == Aid::high_contrast);
    CHECK(kiosk::aid_named("larger_text") == Aid::larger_text);
    CHECK_FALSE(kiosk::aid_named("bigger"));
}

TEST_CASE(
    "aids: more time makes the idle timeout and the warning three times as long, and says so") {
    KioskFlow flow = make_flow();
    flow.act(shopper::StartQuiz{}, 0);
    turn_on(flow, Aid::more_time, 0);
    flow.advance(89);
    CHECK(flow.overlay() == Overlay::none);  // 30 s without it
    CHECK(flow.next_change() == doctest::Approx(90));
    flow.advance(90);
    REQUIRE(flow.overlay() == Overlay::still_there);
    CHECK(flow.overlay_seconds_left(90) == doctest::Approx(30));  // a 10 s warning, tripled
    const kiosk::StillThereView v = kiosk::still_there_view(flow, 95);
    CHECK(v.seconds == 25);
    CHECK(v.left == doctest::Approx(25.0 / 30));
    CHECK(v.body.find("You asked for more time.") != std::string::npos);
    flow.advance(119);
    CHECK(flow.screen() == Screen::quiz);
    flow.advance(120);
    CHECK(flow.screen() == Screen::attract);
}

TEST_CASE("aids: more time makes the results stay three times as long") {
    KioskFlow flow = make_flow();
    flow.act(shopper::StartQuiz{}, 0);
    turn_on(flow, Aid::more_time, 0);
    // Answer the sample quiz through to the results.
    for (double t = 1; flow.screen() == Screen::quiz && t < 40; t += 1) {
        const kiosk::Question& q = flow.question();
        if (q.choose == kiosk::Choose::many)
            flow.act(shopper::Next{}, t);
        else
            flow.act(shopper::Answer{q.id, q.answers.front().id}, t);
        flow.advance(t + 0.5);
    }
    REQUIRE(flow.screen() == Screen::results);
    const double since = flow.screen_since();
    // Without: the warning at 60 - 10 = 50 s. With more time: (60 - 10) x 3 = 150 s, and the
    // results end at 150 + 30 = 180 s, three times 60.
    flow.advance(since + 149);
    CHECK(flow.overlay() == Overlay::none);
    flow.advance(since + 150);
    CHECK(flow.overlay() == Overlay::still_there);
    flow.advance(since + 180);
    CHECK(flow.screen() == Screen::attract);
}

TEST_CASE("aids: they last for the session, are recorded when it ends, and are then off again") {
    KioskFlow flow = make_flow();
    turn_on(flow, Aid::high_contrast, 1);  // on the slides, before starting
    flow.act(shopper::StartQuiz{}, 2);
    CHECK(flow.aids().has(Aid::high_contrast));
    turn_on(flow, Aid::more_time, 3);
    turn_on(flow, Aid::more_time, 4);  // on and off again: used all the same
    flow.act(shopper::Home{}, 5);
    auto events = ended(flow);
    REQUIRE(events.size() == 1);
    CHECK(events[0].fields["aids"] == nlohmann::json{"high_contrast", "more_time"});
    CHECK_FALSE(flow.aids().any());

    // A session without aids says nothing of them.
    flow.act(shopper::StartQuiz{}, 10);
    flow.act(shopper::Home{}, 11);
    events = ended(flow);
    REQUIRE(events.size() == 1);
    CHECK_FALSE(events[0].fields.contains("aids"));
}

TEST_CASE("aids: set on the slides and left alone, they are turned off after the idle timeout") {
    KioskFlow flow = make_flow();
    flow.act(shopper::OpenAids{}, 1);
    flow.act(shopper::ToggleAid{Aid::high_contrast}, 2);
    CHECK(flow.next_change() == doctest::Approx(8));  // the slide still changes first
    flow.advance(8);
    CHECK(flow.next_change() == doctest::Approx(13));
    for (double t = 8; t < 32; t += 1) flow.advance(t);
    CHECK(flow.aids().has(Aid::high_contrast));
    CHECK(flow.overlay() == Overlay::accessibility);
    flow.advance(32);  // 30 s after the last tap
    CHECK_FALSE(flow.aids().any());
    CHECK(flow.overlay() == Overlay::none);
    CHECK(flow.next_change() < 40);  // only the slides again
}

TEST_CASE("aids: on a question left alone with the panel open, Still there? takes its place") {
    KioskFlow flow = make_flow();
    flow.act(shopper::StartQuiz{}, 0);
    flow.act(shopper::OpenAids{}, 1);
    flow.advance(31);
    CHECK(flow.overlay() == Overlay::still_there);
    flow.act(shopper::KeepGoing{}, 32);
    CHECK(flow.overlay() == Overlay::none);
    CHECK(flow.screen() == Screen::quiz);
}

TEST_CASE("aids: the demo's autopilot closes a panel a person left open") {
    KioskFlow flow = make_flow();
    kiosk::Autopilot pilot(1);
    flow.act(shopper::StartQuiz{}, 0);
    flow.act(shopper::OpenAids{}, 1);
    pilot.human_input(1);
    std::optional<kiosk::ShopperAction> tap;
    for (double t = 1; !tap && t < 20; t += 0.1) tap = pilot.tap_due(flow, t);
    REQUIRE(tap);
    CHECK(kiosk::target_id(*tap) == "close");
}
