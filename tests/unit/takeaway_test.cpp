// The take-away link for the QR code.
#include "core/takeaway.hpp"

#include <doctest/doctest.h>

TEST_CASE("takeaway: the product ids go where {products} is, in order") {
    kiosk::Product a, b;
    a.id = "cleanser";
    b.id = "daily-multi";
    kiosk::Recommendation r;
    r.products = {{&a, 5, {}}, {&b, 3, {}}};
    CHECK(kiosk::takeaway_url("https://shop.example/routine?p={products}", r) ==
          "https://shop.example/routine?p=cleanser,daily-multi");
    CHECK(kiosk::takeaway_url("https://x.example/{products}/{products}", r) ==
          "https://x.example/cleanser,daily-multi/cleanser,daily-multi");
}

TEST_CASE("takeaway: nothing without a template or products") {
    kiosk::Product a;
    a.id = "cleanser";
    kiosk::Recommendation r;
    CHECK(kiosk::takeaway_url("https://shop.example/?p={products}", r).empty());
    r.products = {{&a, 1, {}}};
    CHECK(kiosk::takeaway_url("", r).empty());
}
