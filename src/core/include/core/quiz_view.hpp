// A question as the quiz screen shows it: its words, the answer tiles with what each tile shows
// (chosen, or out of reach because a choose-many question has its most answers), the progress
// ("2 of 4"), the buttons, and the pictures to ask for ahead. Made from the flow for each frame
// (quiz_view); the screen only draws it.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "core/kiosk_flow.hpp"
#include "core/shopper_view.hpp"

namespace kiosk {

// How long a question takes to slide in (app seconds).
inline constexpr double question_slide_in_seconds = 0.35;

struct AnswerTile {
    std::string answer{};   // the answer's id: a tap answers it
    std::string label{};    // its words in the shopper's language
    std::string icon{};     // relative to the assets folder; empty for none
    std::string initial{};  // the label's first letter: shown in the icon's place if it fails
    bool selected = false;
    bool many = false;  // on a choose-many question: a check box, not a one-tap answer
    // A choose-many question has its most answers and this one is not among them: the tile
    // shows faded, and a tap on it does nothing until another is taken back.
    bool full = false;
};

// The pictures the shopper is likely to see next: the icons of the questions still to come and
// the products the answers so far point to, so that the results come up whole. Worked out again
// only when what they depend on changes (the content, the question, the answers), not on every
// frame: it runs the recommendation.
class PicturesAhead {
  public:
    [[nodiscard]] std::shared_ptr<const std::vector<std::string>> of(const KioskFlow& flow);

  private:
    std::weak_ptr<const Content> content_;
    std::string question_;
    Choices choices_;
    std::shared_ptr<const std::vector<std::string>> pictures_;
};

struct QuizView {
    std::string question_id{};
    AidsButtonView aids{};
    std::string question{};  // the question's words
    std::string hint{};      // "Pick one", "Pick up to 2", or the question's own hint
    std::vector<AnswerTile> answers{};
    std::string progress{};              // "2 of 4"
    int number = 1;                      // how far along the quiz's longest path this question is
    int total = 1;                       // the longest path: the same all session long
    std::string home{}, back{}, next{};  // the buttons' words
    bool has_back = false;               // not on the first question: Home leaves the quiz
    bool has_next = false;               // a choose-many question moves on with Next
    bool next_enabled = false;
    bool next_ready = false;  // something is chosen: Next is the primary button, else quiet
    std::string chosen{};     // a choose-many question: "1 of 2 chosen"
    float arrival = 1;        // 0..1 of the question sliding in
    double arrival_ends = 0;  // app time it is in place
    bool from_left = false;   // it slides in from the left (the shopper went back)
    std::shared_ptr<const std::vector<std::string>> pictures_ahead{};  // never null
};

// The view of the question on screen; `ahead` (the frame loop's) keeps the pictures ahead from
// frame to frame.
[[nodiscard]] QuizView quiz_view(const KioskFlow& flow, double now, PicturesAhead& ahead);

}  // namespace kiosk
