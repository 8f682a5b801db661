// Read aloud (core/read_aloud.hpp) on the sample content: what is said on each screen, on each
// tap, on a product's sheet, on "Still there?" and on each page of the results turned, in which
// language, and when it is offered.
#include "core/read_aloud.hpp"

#include <doctest/doctest.h>

#include <memory>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <utility>

#include "core/aids_view.hpp"
#include "core/kiosk_flow.hpp"
#include "core/product_sheet_view.hpp"
#include "core/shopper_view.hpp"
#include "core/still_there_view.hpp"
#include "core/ui_dump.hpp"
#include "sample_content.hpp"

using kiosk::Aid;
using kiosk::KioskFlow;
using kiosk::ReadAloud;
using kiosk::Screen;
using kiosk::Utterance;
namespace shopper = kiosk::shopper;

namespace {

KioskFlow speaking_flow(std::shared_ptr<const kiosk::Content> content = kiosk::sample::shared()) {
    KioskFlow flow(std::move(content), 0.0, [] { return std::string("s"); });
    flow.offer_speech(true);
    return flow;
}

void turn_on(KioskFlow& flow, double now, bool more_time = false) {
    flow.act(shopper::OpenAids{}, now);
    flow.act(shopper::ToggleAid{Aid::read_aloud}, now);
    if (more_time) flow.act(shopper::ToggleAid{Aid::more_time}, now);
    flow.act(shopper::CloseAids{}, now);
}

bool says(const std::optional<Utterance>& said, const std::string& words) {
    return said && !words.empty() && said->words.find(words) != std::string::npos;
}

// The cleanser with the words of a sheet.
std::shared_ptr<const kiosk::Content> sheet_content() {
    kiosk::Content c = kiosk::sample::content();
    kiosk::Product& cleanser = c.products[0];
    REQUIRE(cleanser.id == "cleanser");
    cleanser.summary = kiosk::Text::plain("A foaming wash with live cultures");
    cleanser.price = "12.50 EUR";
    cleanser.how_to_use = {kiosk::Text::plain("Wet your face"), kiosk::Text::plain("Rinse well")};
    cleanser.key_ingredients = {kiosk::Text::plain("Lactobacillus ferment")};
    cleanser.location = kiosk::sample::en_id("Shelf A, top row", "Rak A");
    return std::make_shared<const kiosk::Content>(std::move(c));
}

// Read aloud on, then breakouts, no fermented food and shiny: the cleanser and the calm serum
// are recommended, with tips; the results have been said (the app asks after every turn).
KioskFlow speaking_results(ReadAloud& reader) {
    KioskFlow flow = speaking_flow(sheet_content());
    turn_on(flow, 1);
    flow.act(shopper::StartQuiz{}, 2);
    (void)reader.next(flow, 2);
    flow.act(shopper::Answer{"concern", "breakouts"}, 3);
    flow.advance(3.3);
    (void)reader.next(flow, 3.3);
    flow.act(shopper::Next{}, 4);
    (void)reader.next(flow, 4);
    flow.act(shopper::Answer{"skin-feel", "shiny"}, 4.5);
    flow.advance(4.8);
    REQUIRE(flow.screen() == Screen::results);
    REQUIRE(reader.next(flow, 4.8));
    return flow;
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

TEST_CASE("read aloud: a product's sheet as it opens; closed, the results are not said again") {
    ReadAloud reader;
    KioskFlow flow = speaking_results(reader);
    flow.act(shopper::ShowProduct{"cleanser"}, 5);
    const auto said = reader.next(flow, 5);
    REQUIRE(said);
    CHECK(said->language == "en");
    const kiosk::Content& content = flow.content();
    const kiosk::Product& cleanser = *content.find_product("cleanser");
    CHECK(said->words.rfind(content.text(cleanser.name, "en") + ". ", 0) == 0);
    CHECK(says(said, cleanser.price));
    CHECK(says(said, content.text(cleanser.summary, "en")));
    for (const kiosk::Text& step : cleanser.how_to_use) CHECK(says(said, content.text(step, "en")));
    CHECK(says(said, content.text(cleanser.key_ingredients[0], "en")));
    CHECK(says(said, content.text(cleanser.location, "en")));
    const auto sheet = kiosk::product_sheet_view(flow, 5);
    REQUIRE(sheet);
    for (const std::string& why : sheet->why) CHECK(says(said, why));
    CHECK(said->words == kiosk::spoken_words(*sheet));
    CHECK_FALSE(says(said, kiosk::results_view(flow, 5).title));  // the sheet alone
    CHECK_FALSE(reader.next(flow, 5.5));                          // said once

    flow.act(shopper::CloseProduct{}, 6);
    CHECK_FALSE(reader.next(flow, 6));  // the results were said when they came
    CHECK(reader.last() == said);
    flow.act(shopper::ShowProduct{"calm-serum"}, 7);
    const auto other = reader.next(flow, 7);
    REQUIRE(other);
    CHECK(says(other, content.text(content.find_product("calm-serum")->name, "en")));
    CHECK_FALSE(says(other, content.text(cleanser.summary, "en")));
}

TEST_CASE("read aloud: the results' pages, each as it is turned to") {
    ReadAloud reader;
    KioskFlow flow = speaking_results(reader);
    const kiosk::ResultsView products = kiosk::results_view(flow, 5);
    REQUIRE_FALSE(products.tips.empty());
    REQUIRE_FALSE(products.cards.empty());

    flow.act(shopper::TurnResults{true}, 5);
    const auto tips = reader.next(flow, 5);
    REQUIRE(tips);
    CHECK(tips->words.rfind(products.tips_title, 0) == 0);
    for (const kiosk::TipCard& tip : products.tips) CHECK(says(tips, tip.title));
    CHECK_FALSE(says(tips, products.cards[0].name));
    CHECK_FALSE(reader.next(flow, 5.5));

    flow.act(shopper::TurnResults{false}, 6);
    const auto back = reader.next(flow, 6);
    REQUIRE(back);
    CHECK(back->words.rfind(products.title, 0) == 0);
    for (const kiosk::ProductCard& card : products.cards) CHECK(says(back, card.name));
    CHECK(back->words == kiosk::spoken_words(kiosk::results_view(flow, 6)));
}

TEST_CASE("read aloud: Still there? once as it appears, its line on more time only with it") {
    for (const bool more_time : {false, true}) {
        CAPTURE(more_time);
        KioskFlow flow = speaking_flow();
        ReadAloud reader;
        turn_on(flow, 1, more_time);
        flow.act(shopper::StartQuiz{}, 2);
        const auto question = reader.next(flow, 2);
        REQUIRE(question);
        const double at = flow.next_change();
        flow.advance(at);
        REQUIRE(flow.overlay() == kiosk::Overlay::still_there);
        const auto said = reader.next(flow, at);
        REQUIRE(said);
        CHECK(said->words.rfind(kiosk::word(flow, "still_there"), 0) == 0);
        CHECK(says(said, kiosk::word(flow, "still_there_body")));
        CHECK(says(said, kiosk::word(flow, "still_there_more_time")) == more_time);
        CHECK(said->words == kiosk::spoken_words(kiosk::still_there_view(flow, at)));
        CHECK_FALSE(reader.next(flow, at + 1));  // once, while the countdown runs

        flow.act(shopper::KeepGoing{}, at + 2);
        REQUIRE(flow.overlay() == kiosk::Overlay::none);
        CHECK_FALSE(reader.next(flow, at + 2));  // the question is not said again
        CHECK(reader.last() == said);
    }
}

TEST_CASE("read aloud: the accessibility panel says nothing, on the results as on the slides") {
    ReadAloud reader;
    KioskFlow flow = speaking_results(reader);
    const auto before = reader.last();
    flow.act(shopper::OpenAids{}, 5);
    CHECK_FALSE(reader.next(flow, 5));
    flow.act(shopper::ToggleAid{Aid::more_time}, 6);
    CHECK_FALSE(reader.next(flow, 6));
    flow.act(shopper::CloseAids{}, 7);
    CHECK_FALSE(reader.next(flow, 7));  // nothing changed under it
    CHECK(reader.last() == before);
}
