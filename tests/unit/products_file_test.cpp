// products.json rules, through the content loader.
#include <doctest/doctest.h>

#include "content_test_folder.hpp"

using kiosk::testing::ContentTestFolder;

TEST_CASE("products_file: every key of a product is read") {
    ContentTestFolder folder;
    folder.write_asset("products/cleanser.png", kiosk::testing::png_header(512, 512));
    folder.write("products.json", R"({
  "products": [
    {"id": "cleanser", "name": {"en": "Cleanser", "id": "Pembersih"}, "summary": "Gentle",
     "image": "products/cleanser.png", "price": "Rp 189.000", "tags": {"acne": 2, "oily": 0},
     "url": "https://example.com/p/cleanser", "in_stock": true},
    {"id": "cream", "name": "Cream", "tags": {"dry": 2}, "in_stock": false},
    {"id": "balm", "name": "Balm", "tags": {"dry": 3}}
  ]
}
)");
    const auto load = folder.load();
    CHECK(folder.all_shown(load) == "");
    REQUIRE(load.content);
    const kiosk::Product& p = load.content->products.at(0);
    CHECK(p.price == "Rp 189.000");
    CHECK(p.tags == kiosk::TagWeights{{"acne", 2}, {"oily", 0}});
    CHECK(p.url == "https://example.com/p/cleanser");
    CHECK_FALSE(load.content->products.at(1).in_stock);
}

TEST_CASE("products_file: required keys, types and weights 0..10") {
    ContentTestFolder folder;
    folder.write("products.json", R"({
  "products": [
    {"id": "cleanser", "name": "Cleanser", "tags": {"acne": 2}},
    {"id": "cream", "tags": {"dry": 11, "oily": -1, "Dry Skin": 1, "x": 1.5}},
    {"id": "cleanser", "name": "Again", "tags": {}, "in_stock": "yes", "price": 10}
  ]
}
)");
    CHECK(folder.all_shown(folder.load()) ==
          "products.json:4:5: error: missing required key 'name' [/products/1]\n"
          "products.json:4:37: error: product 'cream': tag weight 11 is outside 0..10 "
          "[/products/1/tags/dry]\n"
          "products.json:4:49: error: product 'cream': tag weight -1 is outside 0..10 "
          "[/products/1/tags/oily]\n"
          "products.json:4:65: error: product 'cream': tag 'Dry Skin' may only use lower-case "
          "letters a-z, digits 0-9 and '-' [/products/1/tags/Dry Skin]\n"
          "products.json:4:73: error: expected a whole number, got 1.5 [/products/1/tags/x]\n"
          "products.json:5:12: error: duplicate product id 'cleanser' (first at line 3) "
          "[/products/2/id]\n"
          "products.json:5:65: error: expected true or false, got a string "
          "[/products/2/in_stock]\n"
          "products.json:5:81: error: expected a string, got a number [/products/2/price]\n");
}

TEST_CASE("products_file: at least one product") {
    ContentTestFolder folder;
    folder.write("products.json", R"({"products": {}})");
    CHECK(folder.all_shown(folder.load()) ==
          "products.json:1:14: error: expected an array [ ... ], got an object [/products]\n");
}

TEST_CASE("products_file: the product sheet's keys are read") {
    ContentTestFolder folder;
    folder.write_asset("brand/store-map.png", kiosk::testing::png_header(1200, 900));
    std::string kiosk(kiosk::testing::valid_kiosk_json);
    kiosk.insert(2, "  \"store_map\": {\"image\": \"brand/store-map.png\"},\n");
    folder.write("kiosk.json", kiosk);
    folder.write("products.json", R"({
  "products": [
    {"id": "cleanser", "name": "Cleanser", "tags": {"acne": 2},
     "details": {"en": "A mild gel wash.", "id": "Sabun gel yang lembut."},
     "how_to_use": [{"en": "Wet your face", "id": "Basahi wajah"}, "Rinse"],
     "key_ingredients": ["Live cultures", {"en": "Green tea", "id": "Teh hijau"}],
     "location": {"en": "Shelf A, top row", "id": "Rak A, baris atas"},
     "map_x": 0.25, "map_y": 1},
    {"id": "cream", "name": "Cream", "tags": {"dry": 2}, "map_x": 0, "map_y": 0.5}
  ]
}
)");
    const auto load = folder.load();
    CHECK(folder.all_shown(load) == "");
    REQUIRE(load.content);
    CHECK(load.content->kiosk.store_map == "brand/store-map.png");
    const kiosk::Product& p = load.content->products.at(0);
    CHECK(p.details.in("id", "en") == "Sabun gel yang lembut.");
    REQUIRE(p.how_to_use.size() == 2);
    CHECK(p.how_to_use[0].in("id", "en") == "Basahi wajah");
    CHECK(p.how_to_use[1].in("id", "en") == "Rinse");
    REQUIRE(p.key_ingredients.size() == 2);
    CHECK(p.key_ingredients[0].in("en", "en") == "Live cultures");
    CHECK(p.key_ingredients[1].in("id", "en") == "Teh hijau");
    CHECK(p.location.in("en", "en") == "Shelf A, top row");
    CHECK(p.map_point == kiosk::MapPoint{0.25, 1});
    CHECK(load.content->products.at(1).map_point == kiosk::MapPoint{0, 0.5});
}

TEST_CASE("products_file: without the sheet's keys a product has no sheet texts and no map point") {
    ContentTestFolder folder;
    const auto load = folder.load();
    REQUIRE(load.content);
    const kiosk::Product& p = load.content->products.at(0);
    CHECK(p.details.empty());
    CHECK(p.how_to_use.empty());
    CHECK(p.key_ingredients.empty());
    CHECK(p.location.empty());
    CHECK_FALSE(p.map_point);
}

TEST_CASE("products_file: the sheet's keys are checked: types, at most 4 steps, map shares 0..1") {
    ContentTestFolder folder;
    folder.write("products.json", R"({
  "products": [
    {"id": "a", "name": "A", "tags": {}, "details": 3, "location": ["Shelf A"]},
    {"id": "b", "name": "B", "tags": {}, "how_to_use": ["1", "2", "3", "4", "5"]},
    {"id": "c", "name": "C", "tags": {}, "how_to_use": "Wet, rub, rinse", "key_ingredients": {}},
    {"id": "d", "name": "D", "tags": {}, "key_ingredients": ["Oat", 7], "how_to_use": [{"id": "x"}]},
    {"id": "e", "name": "E", "tags": {}, "map_x": 1.5, "map_y": -0.1},
    {"id": "f", "name": "F", "tags": {}, "map_x": "0.5", "map_y": 0.5},
    {"id": "g", "name": "G", "tags": {}, "map_x": 0.5},
    {"id": "h", "name": "H", "tags": {}, "map_y": 0.5}
  ]
}
)");
    const auto load = folder.load();
    CHECK(folder.all_shown(load) ==
          "products.json:3:53: error: expected a string or a language object, got a number "
          "[/products/0/details]\n"
          "products.json:3:68: error: expected a string or a language object, got an array "
          "[/products/0/location]\n"
          "products.json:4:56: error: how_to_use has 5 steps, at most 4 [/products/1/how_to_use]\n"
          "products.json:5:56: error: expected an array [ ... ], got a string "
          "[/products/2/how_to_use]\n"
          "products.json:5:94: error: expected an array [ ... ], got an object "
          "[/products/2/key_ingredients]\n"
          "products.json:6:69: error: expected a string or a language object, got a number "
          "[/products/3/key_ingredients/1]\n"
          "products.json:6:88: error: missing the default language 'en' "
          "[/products/3/how_to_use/0]\n"
          "products.json:7:51: error: map_x 1.5 is outside 0..1 (a share of the store map's "
          "width or height) [/products/4/map_x]\n"
          "products.json:7:65: error: map_y -0.1 is outside 0..1 (a share of the store map's "
          "width or height) [/products/4/map_y]\n"
          "products.json:8:51: error: expected a number, got a string [/products/5/map_x]\n"
          "products.json:9:51: error: map_x without map_y: a place on the store map needs both "
          "[/products/6/map_x]\n"
          "products.json:10:51: error: map_y without map_x: a place on the store map needs both "
          "[/products/7/map_y]\n");
    CHECK_FALSE(load.content);
}

TEST_CASE("products_file: a sheet text without a translation falls back, with a warning") {
    ContentTestFolder folder;
    folder.write("products.json", R"({
  "products": [
    {"id": "cleanser", "name": "Cleanser", "tags": {"acne": 2},
     "details": {"en": "A mild gel wash."}, "how_to_use": [{"en": "Rinse"}]},
    {"id": "cream", "name": "Cream", "tags": {"dry": 2}}
  ]
}
)");
    const auto load = folder.load();
    CHECK(folder.all_shown(load) ==
          "products.json:4:17: warning: missing the 'id' translation; the 'en' text is shown "
          "instead [/products/0/details]\n"
          "products.json:4:60: warning: missing the 'id' translation; the 'en' text is shown "
          "instead [/products/0/how_to_use/0]\n");
    REQUIRE(load.content);
    CHECK(load.content->products.at(0).details.in("id", "en") == "A mild gel wash.");
}

TEST_CASE("products_file: a place on the store map without a store map is a warning") {
    ContentTestFolder folder;
    folder.write("products.json", R"({
  "products": [
    {"id": "cleanser", "name": "Cleanser", "tags": {"acne": 2}, "map_x": 0.2, "map_y": 0.3},
    {"id": "cream", "name": "Cream", "tags": {"dry": 2}}
  ]
}
)");
    const auto load = folder.load();
    CHECK(folder.all_shown(load) ==
          "products.json:3:74: warning: product 'cleanser' has a place on the store map (map_x, "
          "map_y), but kiosk.json has no store_map, so no map shows it [/products/0/map_x]\n");
    REQUIRE(load.content);
    CHECK(load.content->products.at(0).map_point == kiosk::MapPoint{0.2, 0.3});
}
