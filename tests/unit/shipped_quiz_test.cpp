// The shipped quiz as a shopper walks it, on every answer path (every answer of a choose-one
// question, every set a choose-many question allows): the progress's total stays the same from
// the first question to the last, and every path with one answer a question (the usual way
// through) takes at most 8 taps from "Find my routine" to the results, as the design brief asks.
#include <doctest/doctest.h>

#include <bit>
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
    int most_taps = 0;  // of the paths with one answer a question
    int fewest_taps = 1000;
};

// Every set of answers a choose-many question allows (none, then up to its most), as bit masks.
std::vector<unsigned> answer_sets(const kiosk::Question& q) {
    std::vector<unsigned> sets;
    const unsigned n = static_cast<unsigned>(q.answers.size());
    for (unsigned mask = 0; mask < (1u << n); ++mask)
        if (std::popcount(mask) <= q.most_answers()) sets.push_back(mask);
    return sets;
}

// Every answer of the question on screen, then on down the quiz; `taps` so far.
// `taps` so far; `single`: one answer on every question so far.
void walk(const KioskFlow& flow, double t, int taps, bool single, int total, int last_step,
          Walks& walks) {
    if (flow.screen() == Screen::results) {
        ++walks.paths;
        CHECK(last_step == total);  // the last question shown is the last step
        if (!single) return;
        walks.most_taps = std::max(walks.most_taps, taps);
        walks.fewest_taps = std::min(walks.fewest_taps, taps);
        return;
    }
    REQUIRE(flow.screen() == Screen::quiz);
    // Checked at one place per question, not per path: the same question with the same answers
    // before it is the same check.
    if (flow.question_total() != total || flow.question_step() <= last_step)
        FAIL_CHECK("question ", flow.question().id, ": step ", flow.question_step(), " of ",
                   flow.question_total(), " after step ", last_step, " of ", total);
    const int step = flow.question_step();
    const kiosk::Question& q = flow.question();
    if (q.choose == kiosk::Choose::one) {
        for (const kiosk::Answer& answer : q.answers) {
            KioskFlow next = flow;
            act(next, K::answer, t, answer.id);
            next.advance(t + 1 + kiosk::answer_confirm_seconds);
            walk(next, t + 2, taps + 1, single, total, step, walks);
        }
        return;
    }
    for (const unsigned set : answer_sets(q)) {
        KioskFlow next = flow;
        for (unsigned a = 0; a < q.answers.size(); ++a)
            if (set & (1u << a)) act(next, K::answer, t, q.answers[a].id);
        act(next, K::next, t + 0.1);
        next.advance(t + 1 + kiosk::answer_confirm_seconds);
        walk(next, t + 2, taps + std::popcount(set) + 1, single && std::popcount(set) == 1, total,
             step, walks);
    }
}

}  // namespace

TEST_CASE("shipped quiz: the progress's total fixed on every path, one-answer paths in 8 taps") {
    const std::filesystem::path source = KIOSK_SOURCE_DIR;
    auto load = kiosk::load_content({source / "content", source / "assets"});
    REQUIRE(load.content.has_value());
    auto content = std::make_shared<const kiosk::Content>(std::move(*load.content));
    KioskFlow flow(content, 0.0, [] { return std::string("s"); });
    act(flow, K::start_quiz, 1);
    REQUIRE(flow.screen() == Screen::quiz);
    Walks walks;
    walk(flow, 2, 1, true, flow.question_total(), 0, walks);  // the first tap: "Find my routine"
    MESSAGE(walks.paths, " paths; with one answer a question ", walks.fewest_taps, " to ",
            walks.most_taps, " taps");
    CHECK(walks.paths > 1000);
    CHECK(walks.most_taps <= 8);
}
