// The way into the staff menu: corner hold, PIN, rate limit, closing when left alone; the way
// out of the kiosk: asked, then confirmed.
#include "core/staff_access.hpp"

#include <doctest/doctest.h>

namespace {

void type(kiosk::StaffAccess& s, const std::string& digits, double now) {
    for (char d : digits) s.digit(d, now);
}

}  // namespace

TEST_CASE("staff_access: the right PIN opens the menu") {
    kiosk::StaffAccess s("2468");
    CHECK(s.stage() == kiosk::StaffStage::closed);
    s.corner_held(0);
    CHECK(s.stage() == kiosk::StaffStage::pin);
    type(s, "2468", 1);
    CHECK(s.entered() == 4);
    CHECK(s.submit(2));
    CHECK(s.stage() == kiosk::StaffStage::open);
}

TEST_CASE("staff_access: without a PIN the corner does nothing") {
    kiosk::StaffAccess s("");
    s.corner_held(0);
    CHECK(s.stage() == kiosk::StaffStage::closed);
}

TEST_CASE("staff_access: wrong PINs are refused and then rate-limited") {
    kiosk::StaffRules rules;  // 3 free attempts, then 30 s, doubling
    kiosk::StaffAccess s("2468", rules);
    s.corner_held(0);
    for (int i = 0; i < 3; ++i) {
        type(s, "1111", 1);
        CHECK_FALSE(s.submit(1));
        CHECK(s.last_was_wrong());
    }
    CHECK(s.locked_out(1));
    CHECK(s.locked_until() == doctest::Approx(31));
    type(s, "2468", 2);  // digits are not taken while locked out
    CHECK(s.entered() == 0);
    CHECK_FALSE(s.submit(2));
    CHECK_FALSE(s.locked_out(31.5));
    type(s, "1111", 32);
    CHECK_FALSE(s.submit(32));  // a fourth wrong PIN: 60 s
    CHECK(s.locked_until() == doctest::Approx(92));
    type(s, "2468", 93);
    CHECK(s.submit(93));
}

TEST_CASE("staff_access: erase, and at most eight digits") {
    kiosk::StaffAccess s("12345678");
    s.corner_held(0);
    type(s, "123456789", 0);
    CHECK(s.entered() == 8);
    s.erase(0);
    CHECK(s.entered() == 7);
    type(s, "8", 0);
    CHECK(s.submit(0));
}

TEST_CASE("staff_access: the PIN field has a slot for the next digit, 4 to 8, whatever the PIN") {
    for (const std::string pin : {"2468", "13572468"}) {
        kiosk::StaffAccess s(pin);
        s.corner_held(0);
        CHECK(s.slots() == 4);  // the shortest PIN's: a field from the start
        type(s, "123", 0);
        CHECK(s.slots() == 4);
        type(s, "4", 0);
        CHECK(s.slots() == 5);  // the next digit's slot, as long as a PIN can be longer
        type(s, "5678", 0);
        CHECK(s.entered() == 8);
        CHECK(s.slots() == 8);  // the longest PIN: every slot filled
        s.erase(0);
        CHECK(s.slots() == 8);
        s.erase(0);
        CHECK(s.slots() == 7);
    }
}

TEST_CASE("staff_access: closes itself when left alone") {
    kiosk::StaffAccess s("2468");
    s.corner_held(0);
    s.advance(59);
    CHECK(s.stage() == kiosk::StaffStage::pin);
    s.advance(60);
    CHECK(s.stage() == kiosk::StaffStage::closed);
    s.corner_held(100);
    type(s, "2468", 100);
    s.submit(100);
    s.touched(150);
    s.advance(209);
    CHECK(s.stage() == kiosk::StaffStage::open);
    s.advance(210);
    CHECK(s.stage() == kiosk::StaffStage::closed);
}

namespace {

kiosk::StaffAccess open_menu(double now) {
    kiosk::StaffAccess s("2468");
    s.corner_held(now);
    type(s, "2468", now);
    REQUIRE(s.submit(now));
    return s;
}

}  // namespace

TEST_CASE("staff_access: exit the kiosk only once asked and confirmed") {
    kiosk::StaffAccess s = open_menu(0);
    CHECK_FALSE(s.exit_asked());
    CHECK_FALSE(s.confirm_exit(1));  // a confirmation nobody was asked for
    s.ask_exit(2);
    CHECK(s.exit_asked());
    CHECK(s.stage() == kiosk::StaffStage::open);  // asking ends nothing
    CHECK(s.confirm_exit(3));
    CHECK_FALSE(s.exit_asked());
    CHECK_FALSE(s.confirm_exit(3.5));  // one question, one confirmation
}

TEST_CASE("staff_access: Cancel, closing the menu or waiting withdraws the question") {
    kiosk::StaffAccess s = open_menu(0);
    s.ask_exit(1);
    s.keep_running();
    CHECK_FALSE(s.exit_asked());
    CHECK_FALSE(s.confirm_exit(2));

    s.ask_exit(3);  // the question stands for ten seconds
    CHECK(s.next_change() == doctest::Approx(13));
    s.advance(12.9);
    CHECK(s.exit_asked());
    s.advance(13);
    CHECK_FALSE(s.exit_asked());
    CHECK_FALSE(s.confirm_exit(13.1));
    CHECK(s.stage() == kiosk::StaffStage::open);  // the menu stays
    CHECK(s.next_change() == doctest::Approx(73.1));

    s.ask_exit(20);
    CHECK_FALSE(s.confirm_exit(30));  // too late, even before advance() saw it lapse
    s.ask_exit(40);
    s.close();
    CHECK_FALSE(s.exit_asked());
    s.corner_held(50);
    type(s, "2468", 50);
    REQUIRE(s.submit(50));
    CHECK_FALSE(s.exit_asked());  // the menu opens again without the old question
    CHECK_FALSE(s.confirm_exit(51));
}

TEST_CASE("staff_access: no exit question outside the menu") {
    kiosk::StaffAccess s("2468");
    s.ask_exit(0);  // closed
    CHECK_FALSE(s.exit_asked());
    s.corner_held(1);
    s.ask_exit(1);  // the keypad
    CHECK_FALSE(s.exit_asked());
    CHECK_FALSE(s.confirm_exit(2));
}

TEST_CASE("staff_access: reading the PIN file") {
    std::string problem;
    CHECK(kiosk::read_staff_pin("2468\n", problem) == "2468");
    CHECK(kiosk::read_staff_pin("  \n", problem).empty());
    CHECK(problem.find("4 to 8 digits") != std::string::npos);
    CHECK(kiosk::read_staff_pin("123", problem).empty());
    CHECK(kiosk::read_staff_pin("123456789", problem).empty());
    CHECK(kiosk::read_staff_pin("12a4", problem).empty());
    CHECK(kiosk::read_staff_pin("13579\r\nsecond line", problem) == "13579");
}
