// Whether shopper-facing words fit the boxes the screens lay them out in. The screens measure
// as they draw (ui::Canvas) and note every box whose words do not fit; the fit check of
// --validate lays out every screen at reference sizes and turns those notes into warnings
// placed at the content's own words. One layout code, so the check and the kiosk agree.
#pragma once

#include <string>
#include <vector>

#include "core/aids.hpp"

namespace kiosk {

// A screen the words are laid out for: the reference screens, or a shop's own panel; with
// larger text, `text_scale` is the factor.
struct ScreenShape {
    int width = 0, height = 0;
    float text_scale = 1;
    int band = 0;  // with the reach mode: the height of the band the screens are laid out in
    [[nodiscard]] std::string name() const {
        return std::to_string(width) + "x" + std::to_string(height) +
               (text_scale != 1 ? " with larger text" : "") + (band > 0 ? " within reach" : "");
    }
    [[nodiscard]] int layout_height() const { return band > 0 ? band : height; }
    friend bool operator==(const ScreenShape&, const ScreenShape&) = default;
};

// Landscape full HD, the same in portrait, and a small 16:10 panel.
inline const std::vector<ScreenShape> reference_screens{{1920, 1080}, {1080, 1920}, {1280, 800}};

// The text sizes every screen is checked at: the usual, and larger text (core/aids.hpp).
inline constexpr float text_scales[] = {1.f, larger_text_factor};

enum class FitMeasure {
    lines,   // words in a box of a fixed height: lines needed against lines that fit
    pixels,  // a block of several texts shrunk together: height needed against height there is
};

// A box whose words do not fit even at the smallest size they may shrink to.
struct TextMisfit {
    std::vector<std::string> texts;  // the box's words (a block: each of its texts)
    FitMeasure measure = FitMeasure::lines;
    int needed = 0;  // lines or pixels
    int room = 0;
    std::string cut_word;  // a word wider than the box (broken in two on screen), if any
};

// Where a text the shopper reads comes from, and how to name it and its box.
struct TextPlace {
    std::string file;           // "quiz.json"
    std::string pointer;        // of the Text value: "/questions/0/answers/1/text"
    std::string owner_pointer;  // of what the text belongs to: "/questions/0/answers/1"
    std::string owner;          // "answer", "question", "slide", "product", "tip", "string"
    std::string box;            // "its tile", "its card", "the slide", "its box"
    std::string language;       // the language drawn (may be the default's words)
    std::string words;          // as drawn in that language
};

// "answer 'unrein' (de) does not fit its tile at 1080x1920: needs 5 lines, 2 fit"
[[nodiscard]] std::string misfit_message(const TextPlace& place, const TextMisfit& misfit,
                                         const std::string& screen);

// "Lorem ipsum dolor…": a text short enough to quote in a message.
[[nodiscard]] std::string quoted_words(const std::string& words);

}  // namespace kiosk
