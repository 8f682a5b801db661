// A column of words of several kinds (a name, a price, paragraphs, headed lists), shrunk
// together until it fits its box, never below each kind's smallest size. The product sheet
// lays out its columns with it.
#pragma once

#include <string>
#include <vector>

#include "ui/canvas.hpp"

namespace kiosk::ui {

struct WordLine {
    TextRole role = TextRole::body;
    ImFont* font = nullptr;
    float size = 0;      // before shrinking
    float smallest = 0;  // it shrinks no further
    ImU32 colour = 0;
    std::string text;
    float after = 0;   // room below it, in paragraph steps
    bool dot = false;  // a list item: a dot before it
};

class WordColumn {
  public:
    void add(WordLine line) {
        if (!line.text.empty()) lines_.push_back(std::move(line));
    }
    [[nodiscard]] bool empty() const { return lines_.empty(); }
    // The words the fit check names the column by when it does not fit (by default its first
    // line's): those only this column shows, so that the warning names the right box.
    void name_by(std::string words) { named_by_ = std::move(words); }
    // Draws the lines from the box's top at the largest scale that fits; notes the block for
    // the fit check when even the smallest sizes do not. Returns the height used.
    float draw(Canvas& canvas, const Rect& box, float alpha) const;

  private:
    [[nodiscard]] float height(const Style& s, float w, float scale) const;
    std::vector<WordLine> lines_;
    std::string named_by_;
};

}  // namespace kiosk::ui
