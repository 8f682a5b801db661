// Every picture a content set shows (core/pictures_used.hpp): what a copy of it must hold.
#include "core/pictures_used.hpp"

#include <doctest/doctest.h>

#include "sample_content.hpp"

TEST_CASE(
    "pictures_used: the logo, store map, slides, answer icons and products, each once, in order") {
    kiosk::Content content = kiosk::sample::content();
    content.kiosk.brand.logo = "brand/logo.png";
    content.kiosk.store_map = "brand/store-map.png";
    content.slides.at(0).image = "slides/one.png";
    content.slides.at(1).image = "slides/one.png";  // used twice, listed once
    content.slides.at(2).image = "";                // a slide without a picture
    content.quiz.questions.at(0).answers.at(0).image = "icons/dry.png";
    content.products.at(0).image = "products/cream.png";
    for (std::size_t i = 1; i < content.products.size(); ++i) content.products[i].image.clear();
    for (std::size_t i = 3; i < content.slides.size(); ++i) content.slides[i].image.clear();
    for (auto& q : content.quiz.questions)
        for (auto& a : q.answers)
            if (a.image != "icons/dry.png") a.image.clear();
    CHECK(kiosk::pictures_used(content) ==
          std::vector<std::string>{"brand/logo.png", "brand/store-map.png", "slides/one.png",
                                   "icons/dry.png", "products/cream.png"});
}

TEST_CASE("pictures_used: content without pictures uses none") {
    kiosk::Content content = kiosk::sample::content();
    content.kiosk.brand.logo.clear();
    content.kiosk.store_map.clear();
    for (auto& s : content.slides) s.image.clear();
    for (auto& q : content.quiz.questions)
        for (auto& a : q.answers) a.image.clear();
    for (auto& p : content.products) p.image.clear();
    CHECK(kiosk::pictures_used(content).empty());
}
