// The demo autopilot: waits for people, then uses the kiosk as a shopper would.
#include "core/autopilot.hpp"

#include <doctest/doctest.h>

#include <set>

#include "core/target_id.hpp"
#include "sample_content.hpp"

namespace {

kiosk::KioskFlow new_flow() {
    static int n = 0;
    return kiosk::KioskFlow(kiosk::sample::shared(), 0, [] { return "s" + std::to_string(++n); });
}

// Runs the autopilot on the flow in 0.1 s steps until `until`; returns the targets it tapped.
std::vector<std::string> drive(kiosk::Autopilot& pilot, kiosk::KioskFlow& flow, double from,
                               double until) {
    std::vector<std::string> taps;
    for (double t = from; t <= until; t += 0.1) {
        flow.advance(t);
        if (auto action = pilot.tap_due(flow, t)) {
            taps.push_back(kiosk::target_id(*action));
            flow.act(*action, t);
        }
    }
    return taps;
}

}  // namespace

TEST_CASE("autopilot: waits for the slides, then starts the quiz") {
    auto flow = new_flow();
    kiosk::AutopilotTiming timing;  // attract_seconds 20
    kiosk::Autopilot pilot(1, timing);
    auto taps = drive(pilot, flow, 0, 19.8);
    CHECK(taps.empty());  // 20 s of slides first
    taps = drive(pilot, flow, 19.9, 20.2);
    REQUIRE(taps.size() == 1);
    CHECK(taps[0] == "start_quiz");
    CHECK(flow.screen() == kiosk::Screen::quiz);
}

TEST_CASE("autopilot: stands back while people touch") {
    auto flow = new_flow();
    kiosk::Autopilot pilot(1);
    pilot.human_input(15);  // takeover_seconds 6: nothing before 21
    auto taps = drive(pilot, flow, 0, 20.9);
    CHECK(taps.empty());
    taps = drive(pilot, flow, 21.0, 21.2);
    CHECK(taps == std::vector<std::string>{"start_quiz"});
}

TEST_CASE("autopilot: finishes a quiz and returns to the slides by itself") {
    auto flow = new_flow();
    kiosk::Autopilot pilot(7);
    auto taps = drive(pilot, flow, 0, 200);
    // It completed quizzes: start, answers, results, then Home back to the slides.
    CHECK(std::count(taps.begin(), taps.end(), "start_quiz") >= 2);
    CHECK(std::count(taps.begin(), taps.end(), "home") >= 1);
    auto events = flow.take_events();
    CHECK(std::count_if(events.begin(), events.end(),
                        [](const kiosk::Event& e) { return e.type == "quiz_completed"; }) >= 1);
}

TEST_CASE("autopilot: picks varied answers, not always the first") {
    auto flow = new_flow();
    kiosk::Autopilot pilot(3);
    auto taps = drive(pilot, flow, 0, 1200);
    std::set<std::string> concern_answers;
    for (const auto& t : taps)
        if (t.rfind("answer:concern:", 0) == 0) concern_answers.insert(t);
    // concern has three answers; over many sessions more than one of them is chosen.
    CHECK(concern_answers.size() >= 2);
}

TEST_CASE("autopilot: answers \"Still there?\" like a person") {
    auto flow = new_flow();
    flow.act(kiosk::shopper::StartQuiz{}, 0);
    kiosk::Autopilot pilot(1);
    pilot.human_input(0);
    // The autopilot would answer after 6 + 1.6 s; make the overlay come first by asking
    // at 31 s (idle timeout 30 s) without having driven it before.
    flow.advance(31);
    REQUIRE(flow.overlay() == kiosk::Overlay::still_there);
    auto taps = drive(pilot, flow, 31, 33);
    REQUIRE_FALSE(taps.empty());
    CHECK(taps[0] == "continue");
    CHECK(flow.overlay() == kiosk::Overlay::none);
}

TEST_CASE("autopilot: next_change wakes in time to show the finger") {
    auto flow = new_flow();
    kiosk::AutopilotTiming timing;
    kiosk::Autopilot pilot(1, timing);
    (void)pilot.tap_due(flow, 0);  // plans start_quiz at 20
    REQUIRE(pilot.planned());
    CHECK(pilot.planned()->at == doctest::Approx(20));
    CHECK(pilot.next_change(flow, 0) == doctest::Approx(20 - timing.reach_seconds));
    CHECK(pilot.next_change(flow, 19.5) == doctest::Approx(20));
}

TEST_CASE("autopilot: a finger too quick to be seen in one frame wakes the loop for the tap only") {
    auto flow = new_flow();
    kiosk::AutopilotTiming timing;
    kiosk::Autopilot pilot(1, timing);
    (void)pilot.tap_due(flow, 0);
    REQUIRE(pilot.planned());
    // At 30 frames a second and time scale 1, one frame spans 1/30 s: the reach is shown.
    CHECK(pilot.next_change(flow, 0, 1.0 / 30) == doctest::Approx(20 - timing.reach_seconds));
    // At time scale 300 one frame spans 10 s of app time, far longer than the reach.
    CHECK(pilot.next_change(flow, 0, 300.0 / 30) == doctest::Approx(20));
}

TEST_CASE("autopilot: a flow changed by its own tap is looked at again at once, not at a timeout") {
    auto flow = new_flow();
    kiosk::AutopilotTiming timing;
    kiosk::Autopilot pilot(1, timing);
    (void)pilot.tap_due(flow, 0);
    REQUIRE(pilot.planned());
    CHECK(pilot.next_change(flow, 5, 10) == doctest::Approx(20));  // planned for this state
    auto start = pilot.tap_due(flow, 20);
    REQUIRE(start);
    flow.act(*start, 20);  // the quiz begins: a state the autopilot has not planned for
    CHECK(pilot.next_change(flow, 20, 10) == doctest::Approx(20));
    (void)pilot.tap_due(flow, 20);  // plans the first answer
    REQUIRE(pilot.planned());
    CHECK(pilot.next_change(flow, 20, 10) == doctest::Approx(20 + timing.think_seconds));
    // A timeout or any other change of the flow also asks for a fresh look.
    flow.advance(20 + 1000);
    CHECK(pilot.next_change(flow, 1020, 10) == doctest::Approx(1020));
}
