// Read aloud (core/read_aloud.hpp) on the sample content: what is said on each screen, on each
// tap, in which language, and when it is offered.
#include "core/read_aloud.hpp"

#include <doctest/doctest.h>

#include <memory>
#include <nlohmann/json.hpp>
#include <string>

#include "core/aids_view.hpp"
#include "core/kiosk_flow.hpp"
#include "core/ui_dump.hpp"
#include "sample_content.hpp"

using kiosk::Aid;
using kiosk::KioskFlow;
using kiosk::ReadAloud;
using kiosk::Screen;
using kiosk::Utterance;
namespace shopper = kiosk::shopper;

namespace {

KioskFlow speaking_flow() {
    KioskFlow flow(kiosk::sample::shared(), 0.0, [] { return std::string("s"); });
    flow.offer_speech(true);
    return flow;
}

void turn_on(KioskFlow& flow, double now) {
    flow.act(shopper::OpenAids{}, now);
    flow.act(shopper::ToggleAid{Aid::read_aloud}, now);
    flow.act(shopper::CloseAids{}, now);
}

}  // namespace

TEST_CASE("read aloud: parts are said as sentences, empty ones left out") {
    CHECK(kiosk::as_sentences({"Which do you eat?", "Pick up to 2", "", "kimchi"}) ==
          "Which do you eat? Pick up to 2. kimchi.");
    CHECK(kiosk::as_sentences({"", ""}).empty());
    CHECK(kiosk::as_sentences({"Done."}) == "Done.");
}

TEST_CASE("read aloud: offered only where the kiosk can speak") {
    KioskFlow flow(kiosk::sample::shared(), 0.0, [] { return std::string("s"); });
    flow.act(shopper::OpenAids{}, 1);
    CHECK(kiosk::aids_panel_view(flow, 1).rows.size() == 4);
    flow.act(shopper::ToggleAid{Aid::read_aloud}, 1);
    CHECK_FALSE(flow.aids().has(Aid::read_aloud));  // not offered: a stale tap does nothing

    const auto before = flow.revision();
    flow.offer_speech(true);
    CHECK(flow.revision() != before);  // the panel shows a row more
    const kiosk::AidsPanelView v = kiosk::aids_panel_view(flow, 1);
    REQUIRE(v.rows.size() == 5);
    CHECK(v.rows[4].aid == Aid::read_aloud);
    CHECK(v.rows[4].name == "Read aloud");
    flow.act(shopper::ToggleAid{Aid::read_aloud}, 2);
    CHECK(flow.aids().has(Aid::read_aloud));
    flow.offer_speech(false);  // the sound device went away
    CHECK_FALSE(flow.aids().has(Aid::read_aloud));
}

TEST_CASE("read aloud: nothing is said while it is off or while the panel covers the screen") {
    KioskFlow flow = speaking_flow();
    ReadAloud reader;
    CHECK_FALSE(reader.next(flow, 0));
    flow.act(shopper::OpenAids{}, 1);
    flow.act(shopper::ToggleAid{Aid::read_aloud}, 1);
    CHECK_FALSE(reader.next(flow, 1));
    flow.act(shopper::CloseAids{}, 2);
    const auto slide = reader.next(flow, 2);
    REQUIRE(slide);
    CHECK(*slide == Utterance{"en", "gut."});
    CHECK_FALSE(reader.next(flow, 2.1));  // said once
    CHECK(reader.last() == slide);
}

TEST_CASE("read aloud: a question's words, its hint and its answers; each slide as it comes") {
    KioskFlow flow = speaking_flow();
    ReadAloud reader;
    turn_on(flow, 1);
    (void)reader.next(flow, 1);
    flow.advance(9);  // the next slide
    CHECK(reader.next(flow, 9) == Utterance{"en", "balance."});
    flow.act(shopper::StartQuiz{}, 10);
    CHECK(reader.next(flow, 10) ==
          Utterance{"en",
                    "What would you most like to change? Pick one. breakouts. dryness. redness."});
}

TEST_CASE("read aloud: in the shopper's language") {
    KioskFlow flow = speaking_flow();
    ReadAloud reader;
    flow.act(shopper::ChooseLanguage{"id"}, 1);
    turn_on(flow, 1);
    flow.act(shopper::StartQuiz{}, 2);
    const auto said = reader.next(flow, 2);
    REQUIRE(said);
    CHECK(said->language == "id");
    CHECK(said->words.rfind("Apa yang ingin Anda ubah? ", 0) == 0);
}

TEST_CASE("read aloud: each answer as it is tapped, and whether it is now chosen") {
    KioskFlow flow = speaking_flow();
    ReadAloud reader;
    turn_on(flow, 1);
    flow.act(shopper::StartQuiz{}, 2);
    (void)reader.next(flow, 2);
    // A one-answer question moves on: its answer starts what the next question says.
    flow.act(shopper::Answer{"concern", "breakouts"}, 3);
    CHECK_FALSE(reader.next(flow, 3));
    flow.advance(3.3);
    REQUIRE(flow.question().id == "fermented");
    const auto next = reader.next(flow, 3.3);
    REQUIRE(next);
    CHECK(next->words.rfind("breakouts: chosen. Which do you eat? Pick up to 2. kimchi.", 0) == 0);
    // A choose-many question stays: each tap is said at once.
    flow.act(shopper::Answer{"fermented", "kimchi"}, 4);
    CHECK(reader.next(flow, 4) == Utterance{"en", "kimchi: chosen."});
    flow.act(shopper::Answer{"fermented", "kimchi"}, 5);
    CHECK(reader.next(flow, 5) == Utterance{"en", "kimchi: not chosen."});
    CHECK_FALSE(reader.next(flow, 5.5));
}

TEST_CASE("read aloud: the results' title and each product with why it fits") {
    KioskFlow flow = speaking_flow();
    ReadAloud reader;
    turn_on(flow, 1);
    // The app asks after every turn of its loop.
    flow.act(shopper::StartQuiz{}, 2);
    (void)reader.next(flow, 2);
    flow.act(shopper::Answer{"concern", "dryness"}, 3);
    (void)reader.next(flow, 3);
    flow.advance(3.3);
    (void)reader.next(flow, 3.3);
    flow.act(shopper::Answer{"skin-feel", "tight"}, 4);
    CHECK_FALSE(reader.next(flow, 4));
    flow.advance(4.3);
    REQUIRE(flow.screen() == Screen::results);
    const auto said = reader.next(flow, 4.3);
    REQUIRE(said);
    const kiosk::ResultsView v = kiosk::results_view(flow, 4.3);
    REQUIRE_FALSE(v.cards.empty());
    CHECK(said->words == kiosk::as_sentences({"tight: chosen", kiosk::spoken_words(v)}));
    for (const kiosk::ProductCard& card : v.cards) {
        CHECK(said->words.find(card.name) != std::string::npos);
        for (const std::string& why : card.why) CHECK(said->words.find(why) != std::string::npos);
    }
}

TEST_CASE("read aloud: turned off, the kiosk falls silent; it is recorded and shown in the dump") {
    KioskFlow flow = speaking_flow();
    ReadAloud reader;
    turn_on(flow, 1);
    flow.act(shopper::StartQuiz{}, 2);
    const auto question = reader.next(flow, 2);
    REQUIRE(question);
    const auto dump = nlohmann::json::parse(
        kiosk::ui_dump_text(flow, 1280, 800, {}, {}, nullptr, &*reader.last()));
    CHECK(dump["speech"]["language"] == "en");
    CHECK(dump["speech"]["words"] == question->words);
    CHECK(nlohmann::json::parse(kiosk::ui_dump_text(flow, 1280, 800, {}))["speech"].is_null());

    turn_on(flow, 3);  // off again
    CHECK(reader.next(flow, 3) == Utterance{"en", ""});
    CHECK_FALSE(reader.next(flow, 4));
    flow.act(shopper::Home{}, 5);
    bool ended = false;
    for (const kiosk::Event& e : flow.take_events())
        if (e.type == "session_ended") {
            ended = true;
            CHECK(e.fields["aids"] == nlohmann::json{"read_aloud"});
        }
    CHECK(ended);
}
