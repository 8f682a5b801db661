// What the kiosk says with read aloud on: each screen's words as it comes (a question's words,
// its hint and its answers; the results' title and each product with why it fits, or, where the
// results come in two pages, the page turned to; a slide's title and words), a product's sheet
// as it opens (its name, price, words, why it fits, how to use it, what is in it, where it
// stands, whether it must be ordered, the words by its QR code), "Still there?" as it appears (its
// title and its words, with the line on more time when that is on), and each answer as it is
// tapped, in the shopper's language. Something new cuts off what was being said.
//
// What is on screen is seen in layers, bottom up: the screen, the product sheet over the
// results, "Still there?" over either. Each layer is said when it comes; when one goes away,
// what is under it is not said again (it was said when it came, and the shopper only stepped
// away from it: hearing the results from the start after each sheet would bury what they came
// back for). The accessibility panel says nothing and, when it closes, nothing is said again
// unless the screen changed under it (a new language, a new slide): it is where read aloud is
// switched on and off, and its switches show their own state, so a voice over it would talk
// over the one who is setting it up. The buttons' words (Close, Continue, Done) are not said.
// Pure: the app hands each utterance to the speaker (platform/speech.hpp).
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/attract_view.hpp"
#include "core/kiosk_flow.hpp"
#include "core/product_sheet_view.hpp"
#include "core/quiz_view.hpp"
#include "core/results_view.hpp"
#include "core/still_there_view.hpp"

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
[[nodiscard]] std::string spoken_words(const ProductSheetView& v);
[[nodiscard]] std::string spoken_words(const StillThereView& v);

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
    // The words of what is on top: "Still there?", else the sheet, else the screen.
    [[nodiscard]] std::string words_on_top(const KioskFlow& flow, double now);

    bool on_ = false;
    std::vector<std::string> screen_;  // what was on screen when last read out, bottom up: the
                                       // screen, the sheet, "Still there?" (which, which language)
    std::vector<std::string> chosen_;  // the answers chosen on the question on screen
    std::string confirmed_;            // a one-answer tap, said before the screen after it
    PicturesAhead ahead_;
    std::optional<Utterance> last_;
};

}  // namespace kiosk
