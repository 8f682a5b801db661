#include "core/target_id.hpp"

#include "core/overloaded.hpp"

namespace kiosk {

std::string target_id(const ShopperAction& action) {
    return std::visit(
        Overloaded{
            [](const shopper::Touch&) -> std::string { return "touch"; },
            [](const shopper::StartQuiz&) -> std::string { return "start_quiz"; },
            [](const shopper::ChooseLanguage& a) { return "lang:" + a.language; },
            [](const shopper::Answer& a) { return "answer:" + a.question + ":" + a.answer; },
            [](const shopper::Next&) -> std::string { return "next"; },
            [](const shopper::Back&) -> std::string { return "back"; },
            [](const shopper::Home&) -> std::string { return "home"; },
            [](const shopper::Restart&) -> std::string { return "restart"; },
            [](const shopper::KeepGoing&) -> std::string { return "continue"; },
            [](const shopper::ShowProduct& a) { return "product:" + a.product; },
            [](const shopper::CloseProduct&) -> std::string { return "close"; },
            [](const shopper::TurnResults& a) -> std::string {
                return a.tips ? "tips" : "products";
            },
            [](const shopper::NextSlide&) -> std::string { return "next_slide"; },
            [](const shopper::PreviousSlide&) -> std::string { return "previous_slide"; },
            [](const shopper::TogglePause&) -> std::string { return "pause"; },
            [](const shopper::OpenAids&) -> std::string { return "accessibility"; },
            [](const shopper::ToggleAid& a) { return "aid:" + std::string(aid_name(a.aid)); },
            [](const shopper::CloseAids&) -> std::string { return "close"; },
        },
        action);
}

std::string target_id(const StaffAction& action) {
    return std::visit(
        Overloaded{
            [](const staff::Digit& a) { return std::string("staff:digit:") + a.digit; },
            [](const staff::Erase&) -> std::string { return "staff:erase"; },
            [](const staff::SubmitPin&) -> std::string { return "staff:ok"; },
            [](const staff::Cancel&) -> std::string { return "staff:cancel"; },
            [](const staff::Close&) -> std::string { return "staff:close"; },
            [](const staff::CheckContent&) -> std::string { return "staff:reload"; },
            [](const staff::Screenshot&) -> std::string { return "staff:screenshot"; },
            [](const staff::ExitKiosk&) -> std::string { return "staff:exit"; },
            [](const staff::ConfirmExit&) -> std::string { return "staff:exit_confirm"; },
            [](const staff::KeepRunning&) -> std::string { return "staff:exit_cancel"; },
        },
        action);
}

std::string target_id(const PreviewAction& action) {
    return std::visit(
        Overloaded{
            [](const preview::OpenList&) -> std::string { return "preview:open"; },
            [](const preview::CloseList&) -> std::string { return "preview:close"; },
            [](const preview::NextPage&) -> std::string { return "preview:next_page"; },
            [](const preview::PreviousPage&) -> std::string { return "preview:previous_page"; },
        },
        action);
}

}  // namespace kiosk
