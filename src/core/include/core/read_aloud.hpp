// What the kiosk says with read aloud on: each screen's words as it comes (a question's words,
// its hint and its answers; the results' title and each product with why it fits; a slide's
// title and words), and each answer as it is tapped, in the shopper's language. A new screen
// cuts off what was being said. Pure: the app hands each utterance to the speaker
// (platform/speech.hpp).
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/attract_view.hpp"
#include "core/kiosk_flow.hpp"
#include "core/quiz_view.hpp"
#include "core/results_view.hpp"

namespace kiosk {

// Words to say, and the language (a code of kiosk.json) to say them in. Empty words: be silent.
struct Utterance {
    std::string language{};
    std::string words{};
    friend bool operator==(const Utterance&, const Utterance&) = default;
};

// Parts said one after the other as sentences: a full stop after each part that does not end
// in one of its own; empty parts left out.
[[nodiscard]] std::string as_sentences(const std::vector<std::string>& parts);

// A screen's words as they are said.
[[nodiscard]] std::string spoken_words(const QuizView& v);
[[nodiscard]] std::string spoken_words(const ResultsView& v);
[[nodiscard]] std::string spoken_words(const SlideView& v);

class ReadAloud {
  public:
    // What to say now that the flow is as it is: nothing new (empty), new words that replace
    // what is being said, or silence (empty words: read aloud was turned off).
    [[nodiscard]] std::optional<Utterance> next(const KioskFlow& flow, double now);
    // The last words handed out, for the UI dump.
    [[nodiscard]] const std::optional<Utterance>& last() const { return last_; }

  private:
    std::optional<Utterance> say(Utterance u);
    [[nodiscard]] std::optional<Utterance> answers_tapped(const KioskFlow& flow);

    bool on_ = false;
    std::string screen_;               // the screen last read out: which one, in which language
    std::vector<std::string> chosen_;  // the answers chosen on the question on screen
    std::string confirmed_;            // a one-answer tap, said before the screen after it
    PicturesAhead ahead_;
    std::optional<Utterance> last_;
};

}  // namespace kiosk
