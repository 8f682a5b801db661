// slides.json rules, through the content loader.
#include <doctest/doctest.h>

#include "content_test_folder.hpp"

using kiosk::testing::ContentTestFolder;

TEST_CASE("slides_file: every key of a slide is read") {
    ContentTestFolder folder;
    folder.write_asset("illustrations/gut.jpg", kiosk::testing::jpeg_header(800, 600));
    folder.write("slides.json", R"({
  "$schema": "schema/slides.schema.json",
  "slides": [
    {"id": "gut-skin-axis", "title": "Gut and skin", "body": {"en": "Body", "id": "Badan"},
     "points": ["One", "Two"], "image": "illustrations/gut.jpg", "layout": "text-only",
     "seconds": 10.5, "background": "#EAF3EC", "source": "Frontiers in Immunology, 2020"}
  ]
}
)");
    const auto load = folder.load();
    CHECK(folder.all_shown(load) == "");
    REQUIRE(load.content);
    const kiosk::Slide& s = load.content->slides.at(0);
    CHECK(s.points.size() == 2);
    CHECK(s.image == "illustrations/gut.jpg");
    CHECK(s.layout == kiosk::SlideLayout::text_only);
    CHECK(load.content->slide_seconds(s) == 10.5);
    CHECK(s.background.has_value());
    CHECK(s.source == "Frontiers in Immunology, 2020");
}

TEST_CASE("slides_file: at least one slide") {
    ContentTestFolder folder;
    folder.write("slides.json", R"({"slides": []})");
    CHECK(folder.all_shown(folder.load()) ==
          "slides.json:1:12: error: must hold at least one slide [/slides]\n");
    folder.write("slides.json", R"({"slide": []})");
    CHECK(folder.all_shown(folder.load()) ==
          "slides.json:1:1: error: missing required key 'slides' []\n"
          "slides.json:1:2: warning: unknown key 'slide', did you mean 'slides'? [/slide]\n");
}

TEST_CASE("slides_file: ids are unique and use a-z, 0-9 and '-'") {
    ContentTestFolder folder;
    folder.write("slides.json", R"({
  "slides": [
    {"id": "intro", "title": "One"},
    {"id": "intro", "title": "Two"},
    {"id": "Intro Two", "title": "Three"},
    {"id": "", "title": "Four"}
  ]
}
)");
    CHECK(folder.all_shown(folder.load()) ==
          "slides.json:4:12: error: duplicate slide id 'intro' (first at line 3) [/slides/1/id]\n"
          "slides.json:5:12: error: slide id 'Intro Two' may only use lower-case letters a-z, "
          "digits 0-9 and '-' [/slides/2/id]\n"
          "slides.json:6:12: error: slide id '' may only use lower-case letters a-z, digits 0-9 "
          "and '-' [/slides/3/id]\n");
}

TEST_CASE("slides_file: layout, seconds, background and source") {
    ContentTestFolder folder;
    folder.write("slides.json", R"({
  "slides": [
    {"id": "a", "title": "A",
     "layout": "image-lefft",
     "seconds": -1,
     "background": "#12345",
     "source": {"en": "x"},
     "points": "one"}
  ]
}
)");
    CHECK(folder.all_shown(folder.load()) ==
          "slides.json:4:16: error: layout 'image-lefft' must be one of image-left, image-right, "
          "image-top, text-only; did you mean 'image-left'? [/slides/0/layout]\n"
          "slides.json:5:17: error: seconds must be greater than 0, got -1 [/slides/0/seconds]\n"
          "slides.json:6:20: error: colour '#12345' must be written #RRGGBB or #RRGGBBAA, for "
          "example #2F6B4F [/slides/0/background]\n"
          "slides.json:7:16: error: expected a string, got an object [/slides/0/source]\n"
          "slides.json:8:16: error: expected an array [ ... ], got a string [/slides/0/points]\n");
}

TEST_CASE("slides_file: a slide must be an object") {
    ContentTestFolder folder;
    folder.write("slides.json", R"({"slides": ["welcome"]})");
    CHECK(folder.all_shown(folder.load()) ==
          "slides.json:1:13: error: expected an object { ... }, got a string [/slides/0]\n");
}
