// The names of touch targets in the UI dump (interfaces.md, "UI dump"), made from their actions.
#include "core/target_id.hpp"

#include <doctest/doctest.h>

#include <set>
#include <string>
#include <vector>

#include "core/touch_target.hpp"

namespace shopper = kiosk::shopper;
namespace staff = kiosk::staff;
using kiosk::target_id;

TEST_CASE("target_id: the shopper's targets as interfaces.md names them") {
    CHECK(target_id(shopper::StartQuiz{}) == "start_quiz");
    CHECK(target_id(shopper::ChooseLanguage{"id"}) == "lang:id");
    CHECK(target_id(shopper::Answer{"concern", "breakouts"}) == "answer:concern:breakouts");
    CHECK(target_id(shopper::Next{}) == "next");
    CHECK(target_id(shopper::Back{}) == "back");
    CHECK(target_id(shopper::Home{}) == "home");
    CHECK(target_id(shopper::Restart{}) == "restart");
    CHECK(target_id(shopper::KeepGoing{}) == "continue");
    CHECK(target_id(shopper::ShowProduct{"cleanser"}) == "product:cleanser");
}

TEST_CASE("target_id: the staff menu's targets") {
    CHECK(target_id(staff::Digit{'7'}) == "staff:digit:7");
    CHECK(target_id(staff::Erase{}) == "staff:erase");
    CHECK(target_id(staff::SubmitPin{}) == "staff:ok");
    CHECK(target_id(staff::Cancel{}) == "staff:cancel");
    CHECK(target_id(staff::Close{}) == "staff:close");
    CHECK(target_id(staff::CheckContent{}) == "staff:reload");
    CHECK(target_id(staff::Screenshot{}) == "staff:screenshot");
    CHECK(target_id(staff::ExitKiosk{}) == "staff:exit");
    CHECK(target_id(staff::ConfirmExit{}) == "staff:exit_confirm");
    CHECK(target_id(staff::KeepRunning{}) == "staff:exit_cancel");
}

TEST_CASE("target_id: the preview's banner and list") {
    using namespace kiosk::preview;
    CHECK(target_id(kiosk::PreviewAction{OpenList{}}) == "preview:open");
    CHECK(target_id(kiosk::PreviewAction{CloseList{}}) == "preview:close");
    CHECK(target_id(kiosk::PreviewAction{NextPage{}}) == "preview:next_page");
    CHECK(target_id(kiosk::PreviewAction{PreviousPage{}}) == "preview:previous_page");
}

TEST_CASE("target_id: every kind of action has a name of its own") {
    const std::vector<kiosk::TargetAction> all = {shopper::Touch{},
                                                  shopper::StartQuiz{},
                                                  shopper::ChooseLanguage{"en"},
                                                  shopper::Answer{"q", "a"},
                                                  shopper::Next{},
                                                  shopper::Back{},
                                                  shopper::Home{},
                                                  shopper::Restart{},
                                                  shopper::KeepGoing{},
                                                  shopper::ShowProduct{"p"},
                                                  shopper::NextSlide{},
                                                  shopper::PreviousSlide{},
                                                  shopper::TogglePause{},
                                                  staff::Digit{'1'},
                                                  staff::Erase{},
                                                  staff::SubmitPin{},
                                                  staff::Cancel{},
                                                  staff::Close{},
                                                  staff::CheckContent{},
                                                  staff::Screenshot{},
                                                  staff::ExitKiosk{},
                                                  staff::ConfirmExit{},
                                                  staff::KeepRunning{},
                                                  kiosk::preview::OpenList{},
                                                  kiosk::preview::CloseList{},
                                                  kiosk::preview::NextPage{},
                                                  kiosk::preview::PreviousPage{}};
    std::set<std::string> names;
    for (const auto& action : all) names.insert(kiosk::TouchTarget{.action = action}.id());
    CHECK(names.size() == all.size());
    CHECK(names.count("") == 0);
}
