// The product sheet: opened from a card on the results, closed by Close or by the end of the
// session, product_viewed written once with the seconds it was open; and its view's fields.
#include <doctest/doctest.h>

#include <memory>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "core/product_sheet_view.hpp"
#include "core/ui_dump.hpp"
#include "sample_content.hpp"
#include "shopper_actions.hpp"

using kiosk::KioskFlow;
using kiosk::Screen;
using kiosk::test::act;
using kiosk::test::K;
using Ids = std::vector<std::string>;

namespace {

std::shared_ptr<const kiosk::Content> sheet_content(bool store_map = true) {
    kiosk::Content c = kiosk::sample::content();
    kiosk::Product& cleanser = c.products[0];
    REQUIRE(cleanser.id == "cleanser");
    cleanser.details = kiosk::sample::en_id("A gentle wash.", "Sabun lembut.");
    cleanser.how_to_use = {kiosk::Text::plain("Wet"), kiosk::Text::plain("Rinse")};
    cleanser.key_ingredients = {kiosk::Text::plain("Live cultures")};
    cleanser.location = kiosk::sample::en_id("Shelf A", "Rak A");
    cleanser.map_point = kiosk::MapPoint{0.25, 0.75};
    if (store_map) c.kiosk.store_map = "brand/store-map.png";
    c.kiosk.takeaway_url = "https://shop.example/r?p={products}";
    return std::make_shared<const kiosk::Content>(std::move(c));
}

// breakouts, then shiny: the cleanser and the calm serum are recommended.
KioskFlow on_results(std::shared_ptr<const kiosk::Content> content = sheet_content()) {
    KioskFlow flow(std::move(content), 0.0, [] { return std::string("s1"); });
    act(flow, K::start_quiz, 1);
    act(flow, K::answer, 2, "breakouts");
    flow.advance(2.3);
    act(flow, K::next, 3);
    act(flow, K::answer, 4, "shiny");
    flow.advance(4.3);
    REQUIRE(flow.screen() == Screen::results);
    (void)flow.take_events();
    return flow;
}

Ids types(const std::vector<kiosk::Event>& events) {
    Ids out;
    for (const auto& e : events) out.push_back(e.type);
    return out;
}

}  // namespace

TEST_CASE("product sheet: a card opens it, Close closes it and writes product_viewed") {
    KioskFlow flow = on_results();
    CHECK(flow.sheet_product().empty());
    act(flow, K::show_product, 10, "no-such-product");  // not on the results: nothing opens
    act(flow, K::show_product, 10, "old-toner");
    CHECK(flow.sheet_product().empty());

    act(flow, K::show_product, 10, "cleanser");
    CHECK(flow.sheet_product() == "cleanser");
    const auto dump = nlohmann::json::parse(kiosk::ui_dump_text(flow, 1920, 1080, {}));
    CHECK(dump.at("overlay") == "product");
    CHECK(dump.at("product") == "cleanser");
    CHECK(flow.take_events().empty());

    act(flow, K::close_product, 13.5);
    CHECK(flow.sheet_product().empty());
    CHECK(flow.screen() == Screen::results);
    const auto events = flow.take_events();
    REQUIRE(types(events) == Ids{"product_viewed"});
    CHECK(events[0].fields == nlohmann::json{{"product", "cleanser"}, {"seconds", 3.5}});
    CHECK(events[0].session == "s1");
    act(flow, K::close_product, 14);  // nothing open: nothing written
    CHECK(flow.take_events().empty());
}

TEST_CASE("product sheet: the results' timeout runs on under it and closes it with the session") {
    KioskFlow flow = on_results();
    act(flow, K::show_product, 10, "cleanser");
    flow.advance(1000);  // past "Still there?" and its countdown
    flow.advance(1100);
    CHECK(flow.screen() == Screen::attract);
    CHECK(flow.sheet_product().empty());
    const auto events = flow.take_events();
    REQUIRE(types(events) == Ids{"product_viewed", "session_ended"});
    CHECK(events[0].session == "s1");
    CHECK(events[1].fields["reason"] == "done");

    // Done is not reachable under the sheet, but a session that ends any way closes it first.
    flow = on_results();
    act(flow, K::show_product, 10, "calm-serum");
    act(flow, K::home, 12);
    CHECK(types(flow.take_events()) == Ids{"product_viewed", "session_ended"});
}

TEST_CASE("product sheet: its view holds every field in the shopper's language") {
    KioskFlow flow = on_results();
    CHECK_FALSE(kiosk::product_sheet_view(flow, 10).has_value());
    act(flow, K::show_product, 10, "cleanser");
    act(flow, K::choose_language, 10.1, "id");
    auto v = kiosk::product_sheet_view(flow, 10.2);
    REQUIRE(v.has_value());
    CHECK(v->product == "cleanser");
    CHECK(v->details == "Sabun lembut.");
    CHECK(v->how_to_use == Ids{"Wet", "Rinse"});
    CHECK(v->key_ingredients == Ids{"Live cultures"});
    CHECK(v->location == "Rak A");
    CHECK(v->how_to_use_title == "How to use");  // the default words: the content has none
    CHECK(v->store_map == "brand/store-map.png");
    REQUIRE(v->marker.has_value());
    CHECK(v->marker->x == doctest::Approx(0.25));
    CHECK(v->takeaway_url == "https://shop.example/r?p=cleanser");  // this product alone
    CHECK(v->order_note.empty());
    CHECK(v->close == "Close");
    CHECK(v->rise < 1);  // rising into place
    CHECK(kiosk::product_sheet_view(flow, 11)->rise == doctest::Approx(1));

    // A product without a place shows no map; no store map, no marker.
    act(flow, K::close_product, 12);
    act(flow, K::show_product, 12, "calm-serum");
    v = kiosk::product_sheet_view(flow, 12);
    CHECK(v->store_map.empty());
    CHECK_FALSE(v->marker.has_value());
    KioskFlow plain = on_results(sheet_content(false));
    act(plain, K::show_product, 10, "cleanser");
    CHECK_FALSE(kiosk::product_sheet_view(plain, 10)->marker.has_value());
}
