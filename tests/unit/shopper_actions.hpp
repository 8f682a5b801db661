// Shopper actions for the tests, by kind: the flow tests read as a list of what the shopper
// does. An answer goes to the question the flow shows (the screen makes it from its tile).
#pragma once

#include <string>

#include "core/kiosk_flow.hpp"

namespace kiosk::test {

enum class K {
    touch,
    start_quiz,
    choose_language,
    answer,
    next,
    back,
    home,
    restart,
    keep_going,
    next_slide,
    previous_slide,
    toggle_pause,
    show_product,
    close_product,
};

inline ShopperAction action_of(const KioskFlow& flow, K kind, std::string value = {}) {
    switch (kind) {
        case K::touch:
            return shopper::Touch{};
        case K::start_quiz:
            return shopper::StartQuiz{};
        case K::choose_language:
            return shopper::ChooseLanguage{std::move(value)};
        case K::answer:
            return shopper::Answer{flow.screen() == Screen::quiz ? flow.question().id : "",
                                   std::move(value)};
        case K::next:
            return shopper::Next{};
        case K::back:
            return shopper::Back{};
        case K::home:
            return shopper::Home{};
        case K::restart:
            return shopper::Restart{};
        case K::keep_going:
            return shopper::KeepGoing{};
        case K::next_slide:
            return shopper::NextSlide{};
        case K::previous_slide:
            return shopper::PreviousSlide{};
        case K::toggle_pause:
            return shopper::TogglePause{};
        case K::show_product:
            return shopper::ShowProduct{std::move(value)};
        case K::close_product:
            return shopper::CloseProduct{};
    }
    return shopper::Touch{};
}

inline void act(KioskFlow& flow, K kind, double now, std::string value = {}) {
    flow.act(action_of(flow, kind, std::move(value)), now);
}

}  // namespace kiosk::test
