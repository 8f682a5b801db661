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
