// Where the preview's keys take the kiosk at once, wherever it is (KioskFlow::jump): any slide,
// any question, the results of chosen answers, the next language. Staff use them to see every
// screen of their content without answering the quiz each time; shoppers never can.
#pragma once

#include <variant>

#include "core/recommend.hpp"

namespace kiosk {

namespace jump {

struct Slides {  // back to the slides, on the slide that was showing (Home)
    friend bool operator==(const Slides&, const Slides&) = default;
};
struct NextSlide {  // the slides, one slide on (Right, Page Down)
    friend bool operator==(const NextSlide&, const NextSlide&) = default;
};
struct PreviousSlide {  // the slides, one slide back (Left, Page Up)
    friend bool operator==(const PreviousSlide&, const PreviousSlide&) = default;
};
struct Question {  // question `number` of quiz.json (1 = the first), shown whatever came before
    int number = 1;
    // Answers to start from (questions and answers the quiz does not have are left out); the
    // earlier answers a show_if needs for the question to show are added.
    Choices answered{};
    friend bool operator==(const Question&, const Question&) = default;
};
struct Results {  // the results of these answers, as if a shopper had given them
    Choices answers{};
    friend bool operator==(const Results&, const Results&) = default;
};
struct NextLanguage {  // the next language of kiosk.json, after the last the first
    friend bool operator==(const NextLanguage&, const NextLanguage&) = default;
};

}  // namespace jump

using Jump = std::variant<jump::Slides, jump::NextSlide, jump::PreviousSlide, jump::Question,
                          jump::Results, jump::NextLanguage>;

}  // namespace kiosk
