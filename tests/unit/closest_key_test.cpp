#include "core/closest_key.hpp"

#include <doctest/doctest.h>

#include <array>

TEST_CASE("closest_key: edit distance counts insertions, deletions, changes and swaps") {
    CHECK(kiosk::edit_distance("title", "title") == 0);
    CHECK(kiosk::edit_distance("titel", "title") == 1);
    CHECK(kiosk::edit_distance("tite", "title") == 1);
    CHECK(kiosk::edit_distance("", "abc") == 3);
    CHECK(kiosk::edit_distance("kitten", "sitting") == 3);
}

TEST_CASE("closest_key: suggests a close known key, and nothing for a far one") {
    constexpr std::array<std::string_view, 4> known = {"title", "body", "image", "id"};
    CHECK(kiosk::closest_key("titel", known) == "title");
    CHECK(kiosk::closest_key("imgae", known) == "image");
    CHECK(kiosk::closest_key("bdy", known) == "body");
    CHECK(kiosk::closest_key("Id", known) == "id");
    CHECK_FALSE(kiosk::closest_key("colour", known));
    CHECK_FALSE(kiosk::closest_key("xy", known));
}
