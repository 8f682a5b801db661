// A small content set built in code for the unit tests of the recommendation rule, the kiosk
// flow and the UI dump. Small enough to work every expected value out by hand.
//
// Timing: slide 8 s, idle timeout 30 s, idle warning 10 s, results timeout 60 s.
// Languages: en (default), id.
//
// Slides (file order): gut (8 s, the default), balance (its own 5 s), habits (8 s).
//
// Questions (file order):
//   0 concern     one
//        breakouts {acne 3, oily 1}   dryness {dry 3}   redness {sensitive 2, acne 1}
//   1 fermented   many, max 2, show_if concern any_of [breakouts, redness]
//        kimchi {gut 2}   yogurt {gut 1, dry 1}   none {low-fermented 2}
//   2 diet        one, show_if fermented any_of [none]
//        sugar {acne 1, low-fermented 1}   balanced {}
//   3 skin-feel   one
//        tight {dry 2, oily -2}   shiny {oily 2}   fine {}
//
// Products (file order):
//   cleanser    {acne 2, oily 1}
//   cream       {dry 2}
//   calm-serum  {sensitive 2, acne 1}
//   gut-blend   {gut 2}
//   old-toner   {acne 3}, in_stock false
//   daily-multi {}
//
// Results: max_products 2, min_score 2, fallback [old-toner, daily-multi].
//
// Tips (file order), max_tips 2:
//   fermented-foods [low-fermented]   hydrate [dry]   gentle [sensitive, acne]   oil-control [oily]
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "core/content.hpp"

namespace kiosk::sample {

inline Text en_id(std::string en, std::string id) {
    Text t;
    t.by_language = {{"en", std::move(en)}, {"id", std::move(id)}};
    return t;
}

inline Answer answer(std::string id, TagWeights tags) {
    Answer a;
    a.text = Text::plain(id);
    a.id = std::move(id);
    a.tags = std::move(tags);
    return a;
}

inline Product product(std::string id, TagWeights tags, bool in_stock = true) {
    Product p;
    p.name = Text::plain(id);
    p.id = std::move(id);
    p.tags = std::move(tags);
    p.in_stock = in_stock;
    return p;
}

inline Tip tip(std::string id, std::vector<std::string> when_tags) {
    Tip t;
    t.title = Text::plain(id);
    t.id = std::move(id);
    t.when_tags = std::move(when_tags);
    return t;
}

inline Slide slide(std::string id, std::optional<double> seconds = std::nullopt) {
    Slide s;
    s.title = Text::plain(id);
    s.id = std::move(id);
    s.seconds = seconds;
    return s;
}

inline Content content() {
    Content c;
    c.kiosk.languages = {"en", "id"};
    c.kiosk.default_language = "en";
    c.kiosk.timing.slide_seconds = 8;
    c.kiosk.timing.transition_ms = 700;
    c.kiosk.timing.idle_timeout_seconds = 30;
    c.kiosk.timing.idle_warning_seconds = 10;
    c.kiosk.timing.results_timeout_seconds = 60;
    c.kiosk.strings["start_quiz"] = en_id("Find my routine", "Temukan rutinitas saya");
    c.kiosk.strings["general_picks"] = en_id("Our favourites", "Favorit kami");

    c.slides = {slide("gut"), slide("balance", 5.0), slide("habits")};

    Question concern;
    concern.id = "concern";
    concern.text = en_id("What would you most like to change?", "Apa yang ingin Anda ubah?");
    concern.answers = {answer("breakouts", {{"acne", 3}, {"oily", 1}}),
                       answer("dryness", {{"dry", 3}}),
                       answer("redness", {{"sensitive", 2}, {"acne", 1}})};

    Question fermented;
    fermented.id = "fermented";
    fermented.text = Text::plain("Which do you eat?");
    fermented.choose = Choose::many;
    fermented.max = 2;
    fermented.show_if = ShowIf{"concern", {"breakouts", "redness"}};
    fermented.answers = {answer("kimchi", {{"gut", 2}}), answer("yogurt", {{"gut", 1}, {"dry", 1}}),
                         answer("none", {{"low-fermented", 2}})};

    Question diet;
    diet.id = "diet";
    diet.text = Text::plain("How do you eat?");
    diet.show_if = ShowIf{"fermented", {"none"}};
    diet.answers = {answer("sugar", {{"acne", 1}, {"low-fermented", 1}}), answer("balanced", {})};

    Question feel;
    feel.id = "skin-feel";
    feel.text = Text::plain("How does your skin feel by noon?");
    feel.answers = {answer("tight", {{"dry", 2}, {"oily", -2}}), answer("shiny", {{"oily", 2}}),
                    answer("fine", {})};

    c.quiz.questions = {concern, fermented, diet, feel};
    c.quiz.results.max_products = 2;
    c.quiz.results.min_score = 2;
    c.quiz.results.fallback = {"old-toner", "daily-multi"};
    c.quiz.tips = {tip("fermented-foods", {"low-fermented"}), tip("hydrate", {"dry"}),
                   tip("gentle", {"sensitive", "acne"}), tip("oil-control", {"oily"})};
    c.quiz.max_tips = 2;

    c.products = {product("cleanser", {{"acne", 2}, {"oily", 1}}),
                  product("cream", {{"dry", 2}}),
                  product("calm-serum", {{"sensitive", 2}, {"acne", 1}}),
                  product("gut-blend", {{"gut", 2}}),
                  product("old-toner", {{"acne", 3}}, false),
                  product("daily-multi", {})};
    return c;
}

inline std::shared_ptr<const Content> shared() {
    return std::make_shared<const Content>(content());
}

}  // namespace kiosk::sample
