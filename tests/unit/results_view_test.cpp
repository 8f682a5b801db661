// The results screen's view (core/results_view): the cards with their "why" lines, the tips,
// the take-away link, the fallback's title and the reveal, on the sample content of
// sample_content.hpp (max 2 products, min score 2, max 2 tips).
#include "core/results_view.hpp"

#include <doctest/doctest.h>

#include <memory>
#include <string>
#include <vector>

#include "core/read_aloud.hpp"
#include "core/target_id.hpp"
#include "sample_content.hpp"
#include "shopper_actions.hpp"

using kiosk::KioskFlow;
using kiosk::ProductCard;
using kiosk::results_view;
using kiosk::ResultsView;
using kiosk::test::act;
using kiosk::test::K;
using Ids = std::vector<std::string>;

namespace {

std::shared_ptr<const kiosk::Content> shop_content() {
    kiosk::Content c = kiosk::sample::content();
    for (auto& p : c.products) {
        p.image = "products/" + p.id + ".png";
        p.summary = kiosk::sample::en_id("About " + p.id, "Tentang " + p.id);
    }
    c.products[0].price = "Rp 95.000";
    c.quiz.questions[0].answers[0].text = kiosk::sample::en_id("Breakouts", "Jerawat");
    for (auto& t : c.quiz.tips) t.body = kiosk::Text::plain("Do " + t.id);
    c.kiosk.strings["why"] = kiosk::sample::en_id("Why it fits you", "Mengapa cocok");
    c.kiosk.strings["results_title"] = kiosk::Text::plain("Your routine");
    c.kiosk.strings["results_intro"] = kiosk::Text::plain("Based on your answers.");
    c.kiosk.strings["tips_title"] = kiosk::Text::plain("Everyday tips");
    c.kiosk.strings["restart"] = kiosk::Text::plain("Start over");
    c.kiosk.disclaimer = kiosk::Text::plain("Not medical advice.");
    c.kiosk.takeaway_url = "https://shop.example/r?p={products}";
    return std::make_shared<const kiosk::Content>(std::move(c));
}

// breakouts, then shiny: acne 3, oily 3 -> cleanser {acne 2, oily 1} 9, calm-serum {acne 1} 3.
KioskFlow on_results(std::shared_ptr<const kiosk::Content> content = shop_content()) {
    KioskFlow flow(std::move(content), 0.0, [] { return std::string("s1"); });
    act(flow, K::start_quiz, 1);
    act(flow, K::answer, 2, "breakouts");
    flow.advance(2.3);
    act(flow, K::next, 3);  // fermented, nothing chosen
    act(flow, K::answer, 4, "shiny");
    flow.advance(4.3);
    REQUIRE(flow.screen() == kiosk::Screen::results);
    return flow;
}

Ids card_ids(const ResultsView& v) {
    Ids ids;
    for (const ProductCard& c : v.cards) ids.push_back(c.product);
    return ids;
}

}  // namespace

TEST_CASE("results_view: one card per recommended product, in the recommendation's order") {
    KioskFlow flow = on_results();
    const ResultsView v = results_view(flow, 5);
    Ids expected;
    for (const auto& r : flow.recommendation().products) expected.push_back(r.product->id);
    CHECK(card_ids(v) == expected);
    CHECK(card_ids(v) == Ids{"cleanser", "calm-serum"});

    const ProductCard& cleanser = v.cards[0];
    CHECK(cleanser.name == "cleanser");
    CHECK(cleanser.price == "Rp 95.000");
    CHECK(cleanser.summary == "About cleanser");
    CHECK(cleanser.picture == "products/cleanser.png");
    CHECK(cleanser.why_title == "Why it fits you");
    CHECK(cleanser.why == Ids{"Breakouts", "shiny"});  // the answers' words, largest first
    CHECK(v.cards[1].price.empty());
    CHECK(v.cards[1].why == Ids{"Breakouts"});
}

TEST_CASE("results_view: the cards' words follow the shopper's language") {
    KioskFlow flow = on_results();
    act(flow, K::choose_language, 5, "id");
    const ResultsView v = results_view(flow, 5);
    CHECK(v.cards[0].summary == "Tentang cleanser");
    CHECK(v.cards[0].why_title == "Mengapa cocok");
    CHECK(v.cards[0].why == Ids{"Jerawat", "shiny"});
}

TEST_CASE("results_view: a why line says an answer's reason back, else its text") {
    kiosk::Content c = *shop_content();
    c.quiz.questions[0].answers[0].reason =
        kiosk::sample::en_id("You want fewer breakouts", "Kamu ingin jerawat berkurang");
    KioskFlow flow = on_results(std::make_shared<const kiosk::Content>(std::move(c)));
    CHECK(results_view(flow, 5).cards[0].why == Ids{"You want fewer breakouts", "shiny"});
    CHECK(results_view(flow, 5).cards[1].why == Ids{"You want fewer breakouts"});
    act(flow, K::choose_language, 5, "id");
    CHECK(results_view(flow, 5).cards[0].why == Ids{"Kamu ingin jerawat berkurang", "shiny"});
}

TEST_CASE("results_view: title, intro, tips, the take-away link, disclaimer and buttons") {
    KioskFlow flow = on_results();
    const ResultsView v = results_view(flow, 5);
    CHECK(v.title == "Your routine");
    CHECK(v.intro == "Based on your answers.");
    CHECK(v.tips_title == "Everyday tips");
    REQUIRE(v.tips.size() == flow.recommendation().tips.size());
    REQUIRE_FALSE(v.tips.empty());
    CHECK(v.tips[0].title == flow.recommendation().tips[0]->id);
    CHECK(v.tips[0].body == "Do " + flow.recommendation().tips[0]->id);
    CHECK(v.takeaway_url == "https://shop.example/r?p=cleanser,calm-serum");
    CHECK(v.takeaway_caption == "Scan to take your routine home");
    CHECK(v.disclaimer == "Not medical advice.");
    CHECK(v.done == "Done");  // the one way out
    REQUIRE(v.cards.size() == 2);
    CHECK(v.cards[0].mark == "Best match");  // the first card only
    CHECK(v.cards[1].mark.empty());
}

TEST_CASE("results_view: no take-away link without the shop's URL, and no caption") {
    kiosk::Content c = *shop_content();
    c.kiosk.takeaway_url.clear();
    const ResultsView v =
        results_view(on_results(std::make_shared<const kiosk::Content>(std::move(c))), 5);
    CHECK(v.takeaway_url.empty());
    CHECK(v.takeaway_caption.empty());
}

TEST_CASE("results_view: the fallback's cards come under the general picks' title, saying why") {
    kiosk::Content c = *shop_content();
    c.quiz.results.min_score = 100;  // nothing qualifies
    KioskFlow flow = on_results(std::make_shared<const kiosk::Content>(std::move(c)));
    REQUIRE(flow.recommendation().fallback);
    const ResultsView v = results_view(flow, 5);
    CHECK(v.title == "Our favourites");
    // Not "based on your answers": why these are shown instead, and no card is a best match.
    CHECK(v.intro.find("did not point to one routine") != std::string::npos);
    for (const ProductCard& card : v.cards) CHECK(card.mark.empty());
    CHECK(card_ids(v) == Ids{"daily-multi"});  // old-toner is out of stock
    for (const ProductCard& card : v.cards) CHECK(card.why.empty());

    // A shop's own words for it, in the shopper's language.
    kiosk::Content own = *shop_content();
    own.quiz.results.min_score = 100;
    own.kiosk.strings["general_picks_intro"] =
        kiosk::sample::en_id("Popular with everyone.", "Disukai semua orang.");
    KioskFlow shop_flow = on_results(std::make_shared<const kiosk::Content>(std::move(own)));
    act(shop_flow, K::choose_language, 5, "id");
    CHECK(results_view(shop_flow, 5).intro == "Disukai semua orang.");
}

TEST_CASE("results_view: the results rise into place over results_reveal_seconds") {
    KioskFlow flow = on_results();  // on the results from 4.25
    const double since = flow.screen_since();
    CHECK(results_view(flow, since).reveal == doctest::Approx(0));
    const ResultsView half = results_view(flow, since + kiosk::results_reveal_seconds / 2);
    CHECK(half.reveal == doctest::Approx(0.5));
    CHECK(half.reveal_ends == doctest::Approx(since + kiosk::results_reveal_seconds));
    CHECK(results_view(flow, since + 5).reveal == doctest::Approx(1));
}

TEST_CASE(
    "results_view: results in two pages turn to the tips and back; new results start on "
    "the products") {
    KioskFlow flow = on_results();
    REQUIRE_FALSE(flow.recommendation().tips.empty());
    CHECK_FALSE(results_view(flow, 5).tips_page);
    CHECK(results_view(flow, 5).products == "Your products");
    CHECK(kiosk::target_id(kiosk::shopper::TurnResults{true}) == "tips");
    CHECK(kiosk::target_id(kiosk::shopper::TurnResults{false}) == "products");

    flow.act(kiosk::shopper::TurnResults{true}, 6);
    const ResultsView tips = results_view(flow, 6);
    REQUIRE(tips.tips_page);
    // Read aloud says the page shown: the tips, not the products.
    const std::string said = kiosk::spoken_words(tips);
    CHECK(said.find("Everyday tips") != std::string::npos);
    CHECK(said.find(tips.tips[0].body) != std::string::npos);
    CHECK(said.find(tips.cards[0].name) == std::string::npos);

    flow.act(kiosk::shopper::ShowProduct{"cleanser"}, 7);
    flow.act(kiosk::shopper::TurnResults{false}, 8);  // under a sheet: nothing turns
    CHECK(flow.tips_page());
    flow.act(kiosk::shopper::CloseProduct{}, 9);
    flow.act(kiosk::shopper::TurnResults{false}, 10);
    CHECK_FALSE(flow.tips_page());
    flow.act(kiosk::shopper::TurnResults{true}, 11);
    REQUIRE(flow.tips_page());

    flow.act(kiosk::shopper::Home{}, 12);
    flow.act(kiosk::shopper::TurnResults{true}, 13);  // not on the results: nothing
    CHECK(flow.screen() == kiosk::Screen::attract);
    act(flow, K::start_quiz, 14);
    act(flow, K::answer, 15, "breakouts");
    flow.advance(15.3);
    act(flow, K::next, 16);
    act(flow, K::answer, 17, "shiny");
    flow.advance(17.3);
    REQUIRE(flow.screen() == kiosk::Screen::results);
    CHECK_FALSE(flow.tips_page());
}
