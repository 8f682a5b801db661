// The words of the fit check (core/text_fit, core/text_places): where a text comes from in the
// content, and the warning that names it, its language, its box and the screen.
#include "core/text_fit.hpp"

#include <doctest/doctest.h>

#include <string>

#include "core/text_places.hpp"
#include "sample_content.hpp"

using kiosk::FitMeasure;
using kiosk::TextMisfit;
using kiosk::TextPlace;

TEST_CASE("text fit: a box of lines is named with what it needs and what fits") {
    const TextPlace answer{.file = "quiz.json",
                           .pointer = "/questions/0/answers/1/text",
                           .owner_pointer = "/questions/0/answers/1",
                           .owner = "answer",
                           .box = "its tile",
                           .language = "de",
                           .words = "unrein"};
    const TextMisfit misfit{
        .texts = {"unrein"}, .measure = FitMeasure::lines, .needed = 5, .room = 2, .cut_word = {}};
    CHECK(kiosk::misfit_message(answer, misfit, "1080x1920") ==
          "answer 'unrein' (de) does not fit its tile at 1080x1920: needs 5 lines, 2 fit");
}

TEST_CASE("text fit: a block in pixels, and a word wider than its box") {
    TextPlace slide{.file = "slides.json",
                    .pointer = "/slides/2/title",
                    .owner_pointer = "/slides/2",
                    .owner = "slide",
                    .box = "the slide",
                    .language = "en",
                    .words = "Your gut"};
    CHECK(kiosk::misfit_message(slide,
                                {.texts = {"Your gut"},
                                 .measure = FitMeasure::pixels,
                                 .needed = 812,
                                 .room = 640,
                                 .cut_word = {}},
                                "1280x800") ==
          "slide 'Your gut' (en) does not fit the slide at 1280x800: the words need 812 px of "
          "height, 640 px fit");
    CHECK(kiosk::misfit_message(slide,
                                {.texts = {"Your gut"},
                                 .measure = FitMeasure::lines,
                                 .needed = 1,
                                 .room = 1,
                                 .cut_word = "Darmgesundheit"},
                                "1920x1080") ==
          "slide 'Your gut' (en) does not fit the slide at 1920x1080: the word 'Darmgesundheit' "
          "is wider than the slide");
}

TEST_CASE("text fit: long words are quoted short, counting characters, not bytes") {
    CHECK(kiosk::quoted_words("short") == "short");
    const std::string forty_umlauts = [] {
        std::string s;
        for (int i = 0; i < 45; ++i) s += "\xC3\xBC";  // ü
        return s;
    }();
    const std::string quoted = kiosk::quoted_words(forty_umlauts);
    CHECK(quoted == forty_umlauts.substr(0, 80) + "\xE2\x80\xA6");
    CHECK(kiosk::quoted_words("two\nlines") == "two lines");
}

TEST_CASE("text places: each shopper text with its file, pointer and box, in the language") {
    const kiosk::Content content = kiosk::sample::content();
    const auto places = kiosk::shopper_text_places(content, "en");
    const auto& answer = content.quiz.questions.at(0).answers.at(1);
    const auto found = kiosk::places_of(places, content.text(answer.text, "en"));
    REQUIRE(found.size() == 1);
    CHECK(found[0]->file == "quiz.json");
    CHECK(found[0]->pointer == "/questions/0/answers/1/text");
    CHECK(found[0]->owner_pointer == "/questions/0/answers/1");
    CHECK(found[0]->box == "its tile");
    const auto title = kiosk::places_of(places, content.text(content.slides.at(1).title, "en"));
    REQUIRE(title.size() == 1);
    CHECK(title[0]->pointer == "/slides/1/title");
    CHECK(kiosk::places_of(places, "words no content has").empty());
}

TEST_CASE("text places: an answer's reason is placed at its own words, on a product card") {
    kiosk::Content content = kiosk::sample::content();
    content.quiz.questions.at(0).answers.at(1).reason =
        kiosk::sample::en_id("You said your skin gets shiny", "Kamu bilang kulitmu mengilap");
    const auto places = kiosk::shopper_text_places(content, "id");
    const auto found = kiosk::places_of(places, "Kamu bilang kulitmu mengilap");
    REQUIRE(found.size() == 1);
    CHECK(found[0]->pointer == "/questions/0/answers/1/reason");
    CHECK(found[0]->owner_pointer == "/questions/0/answers/1");
    CHECK(found[0]->box == "a product card");
    CHECK(found[0]->language == "id");
}

TEST_CASE("text places: the product sheet's texts are placed on its sheet, each at its words") {
    kiosk::Content content = kiosk::sample::content();
    kiosk::Product& product = content.products.at(1);
    product.details = kiosk::sample::en_id("A rich cream.", "Krim yang kaya.");
    product.how_to_use = {kiosk::Text::plain("Warm a little"), kiosk::Text::plain("Pat it in")};
    product.key_ingredients = {kiosk::sample::en_id("Ceramides", "Ceramide")};
    product.location = kiosk::sample::en_id("Shelf A, top row", "Rak A, baris atas");
    const auto places = kiosk::shopper_text_places(content, "id");
    const std::pair<const char*, const char*> expected[] = {
        {"Krim yang kaya.", "/products/1/details"},
        {"Pat it in", "/products/1/how_to_use/1"},
        {"Ceramide", "/products/1/key_ingredients/0"},
        {"Rak A, baris atas", "/products/1/location"}};
    for (const auto& [words, pointer] : expected) {
        CAPTURE(words);
        const auto found = kiosk::places_of(places, words);
        REQUIRE(found.size() == 1);
        CHECK(found[0]->file == "products.json");
        CHECK(found[0]->pointer == pointer);
        CHECK(found[0]->owner_pointer == "/products/1");
        CHECK(found[0]->owner == "product");
        CHECK(found[0]->box == "its sheet");
    }
    CHECK(kiosk::every_text(content).find("Rak A, baris atas") != std::string::npos);
    CHECK(kiosk::every_text(content).find("Pat it in") != std::string::npos);
}

TEST_CASE("text fit: an answer's reason is among the texts the fonts are built for") {
    kiosk::Content content = kiosk::sample::content();
    content.quiz.questions[0].answers[0].reason =
        kiosk::sample::en_id("You said your skin gets oily", "Kamu bilang kulitmu berminyak");
    CHECK(kiosk::every_text(content).find("Kamu bilang kulitmu berminyak") != std::string::npos);
}

TEST_CASE("text fit: words that are one word too wide are not quoted twice") {
    const TextPlace answer{.file = "quiz.json",
                           .pointer = "/questions/0/answers/2/text",
                           .owner_pointer = "/questions/0/answers/2",
                           .owner = "answer",
                           .box = "its tile",
                           .language = "id",
                           .words = "Kemerahan"};
    CHECK(kiosk::misfit_message(answer,
                                {.texts = {"Kemerahan"},
                                 .measure = FitMeasure::lines,
                                 .needed = 2,
                                 .room = 2,
                                 .cut_word = "Kemerahan"},
                                "1280x800") ==
          "answer 'Kemerahan' (id) does not fit its tile at 1280x800: one word, wider than its "
          "tile");
}
