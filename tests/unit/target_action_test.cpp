// Target ids of interfaces.md to what the shopper did.
#include "core/target_action.hpp"

#include <doctest/doctest.h>

#include <string>

using K = kiosk::ShopperActionKind;

namespace {

void check_action(const std::string& id, K kind, const std::string& value = {}) {
    CAPTURE(id);
    const auto action = kiosk::action_for_target(id);
    REQUIRE(action.has_value());
    CHECK(action->kind == kind);
    CHECK(action->value == value);
}

}  // namespace

TEST_CASE("target_action: the plain target ids") {
    check_action("start_quiz", K::start_quiz);
    check_action("next", K::next);
    check_action("back", K::back);
    check_action("home", K::home);
    check_action("restart", K::restart);
    check_action("continue", K::keep_going);
}

TEST_CASE("target_action: language buttons carry the code") {
    check_action("lang:en", K::choose_language, "en");
    check_action("lang:id", K::choose_language, "id");
}

TEST_CASE("target_action: answer tiles carry the answer id") {
    check_action("answer:concern:breakouts", K::answer, "breakouts");
    check_action("answer:skin-feel:fine", K::answer, "fine");
    check_action("answer:q:a", K::answer, "a");
}

TEST_CASE("target_action: a product card is a touch that keeps the session alive") {
    check_action("product:cleanser", K::touch);
}

TEST_CASE("target_action: unknown or malformed ids do nothing") {
    CHECK_FALSE(kiosk::action_for_target("").has_value());
    CHECK_FALSE(kiosk::action_for_target("start").has_value());
    CHECK_FALSE(kiosk::action_for_target("Next").has_value());
    CHECK_FALSE(kiosk::action_for_target("answer:concern").has_value());  // no answer id
    CHECK_FALSE(kiosk::action_for_target("staff:unknown").has_value());
}
