// Text rules (a string or a language object) and the font check, through the content loader.
#include "core/content_text.hpp"

#include <doctest/doctest.h>

#include "content_test_folder.hpp"

using kiosk::testing::ContentTestFolder;

TEST_CASE("content_text: a language object must hold the default language") {
    ContentTestFolder folder;
    folder.write("slides.json", R"({
  "slides": [
    {"id": "a", "title": {"id": "Selamat datang"}}
  ]
}
)");
    CHECK(folder.all_shown(folder.load()) ==
          "slides.json:3:26: error: missing the default language 'en' [/slides/0/title]\n");
}

TEST_CASE("content_text: a missing other language is a warning; the default is shown") {
    ContentTestFolder folder;
    folder.write("slides.json", R"({
  "slides": [
    {"id": "a", "title": {"en": "Welcome"}}
  ]
}
)");
    const auto load = folder.load();
    CHECK(folder.all_shown(load) ==
          "slides.json:3:26: warning: missing the 'id' translation; the 'en' text is shown "
          "instead [/slides/0/title]\n");
    REQUIRE(load.content);
    CHECK(load.content->text(load.content->slides[0].title, "id") == "Welcome");
}

TEST_CASE("content_text: an unknown language code is a warning at the code") {
    ContentTestFolder folder;
    folder.write("slides.json", R"({
  "slides": [
    {"id": "a", "title": {"en": "Welcome", "id": "Selamat datang", "fr": "Bienvenue"}}
  ]
}
)");
    CHECK(folder.all_shown(folder.load()) ==
          "slides.json:3:68: warning: unknown language 'fr'; kiosk.json lists en, id "
          "[/slides/0/title/fr]\n");
}

TEST_CASE("content_text: a Text is a string or an object of strings") {
    ContentTestFolder folder;
    folder.write("slides.json", R"({
  "slides": [
    {"id": "a", "title": 42},
    {"id": "b", "title": ["Welcome"]},
    {"id": "c", "title": {"en": "Welcome", "id": null}}
  ]
}
)");
    CHECK(folder.all_shown(folder.load()) ==
          "slides.json:3:26: error: expected a string or a language object, got a number "
          "[/slides/0/title]\n"
          "slides.json:4:26: error: expected a string or a language object, got an array "
          "[/slides/1/title]\n"
          "slides.json:5:50: error: expected a string, got null [/slides/2/title/id]\n");
}

TEST_CASE("content_text: a character the fonts cannot draw is a warning naming it") {
    ContentTestFolder folder;
    folder.write("slides.json",
                 "{\n  \"slides\": [\n    {\"id\": \"a\", \"title\": "
                 "{\"en\": \"Hello \xE2\x98\x83 snow\", \"id\": \"Halo\"}}\n  ]\n}\n");
    const kiosk::GlyphCheck latin_only = [](char32_t c) { return c < 0x250; };
    const auto load = folder.load(latin_only);
    CHECK(folder.all_shown(load) ==
          "slides.json:3:33: warning: the fonts cannot draw the character U+2603 '\xE2\x98\x83'; "
          "it will show as a box [/slides/0/title/en]\n");
    CHECK(load.content);
    CHECK(folder.all_shown(folder.load()) == "");  // no font check given: everything is drawable
}
