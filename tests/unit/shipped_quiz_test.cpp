// The shipped quiz as a shopper walks it: every path with one answer a question (the usual way
// through) takes at most 8 taps from "Find my routine" to the results, as the design brief
// asks, and the progress's total stays the same from the first question to the last.
#include <doctest/doctest.h>

#include <filesystem>
#include <memory>
#include <string>

#include "core/content_loader.hpp"
#include "core/kiosk_flow.hpp"
#include "shopper_actions.hpp"

using kiosk::KioskFlow;
using kiosk::Screen;
using kiosk::test::act;
using kiosk::test::K;

namespace {

struct Walks {
    int paths = 0;
    int most_taps = 0;
    int fewest_taps = 1000;
};

// Every answer of the question on screen, then on down the quiz; `taps` so far.
void walk(const KioskFlow& flow, double t, int taps, int total, int last_step, Walks& walks) {
    if (flow.screen() == Screen::results) {
        ++walks.paths;
        walks.most_taps = std::max(walks.most_taps, taps);
        walks.fewest_taps = std::min(walks.fewest_taps, taps);
        CHECK(last_step == total);  // the last question shown is the last step
        return;
    }
    REQUIRE(flow.screen() == Screen::quiz);
    CHECK(flow.question_total() == total);
    CHECK(flow.question_step() > last_step);
    const int step = flow.question_step();
    for (const kiosk::Answer& answer : flow.question().answers) {
        KioskFlow next = flow;
        act(next, K::answer, t, answer.id);
        int tapped = taps + 1;
        if (next.question().choose == kiosk::Choose::many) {
            act(next, K::next, t + 0.1);
            ++tapped;
        }
        next.advance(t + 1 + kiosk::answer_confirm_seconds);
        walk(next, t + 2, tapped, total, step, walks);
    }
}

}  // namespace

TEST_CASE("shipped quiz: every one-answer path in 8 taps or fewer, the progress's total fixed") {
    const std::filesystem::path source = KIOSK_SOURCE_DIR;
    auto load = kiosk::load_content({source / "content", source / "assets"});
    REQUIRE(load.content.has_value());
    auto content = std::make_shared<const kiosk::Content>(std::move(*load.content));
    KioskFlow flow(content, 0.0, [] { return std::string("s"); });
    act(flow, K::start_quiz, 1);
    REQUIRE(flow.screen() == Screen::quiz);
    Walks walks;
    walk(flow, 2, 1, flow.question_total(), 0, walks);  // the first tap: "Find my routine"
    MESSAGE(walks.paths, " paths, ", walks.fewest_taps, " to ", walks.most_taps, " taps");
    CHECK(walks.paths > 100);
    CHECK(walks.most_taps <= 8);
}
