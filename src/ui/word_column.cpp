#include "ui/word_column.hpp"

#include <algorithm>

#include "ui/chrome.hpp"

namespace kiosk::ui {
namespace {

float size_at(const WordLine& line, float scale) {
    return std::max(line.smallest, line.size * scale);
}

float indent_of(const Style& s, const WordLine& line, float size) {
    return line.dot ? size * s.card.bullet.indent : 0;
}

}  // namespace

float WordColumn::height(const Style& s, float w, float scale) const {
    float h = 0;
    for (const WordLine& line : lines_) {
        const float size = size_at(line, scale);
        h += Canvas::text_height(line.font, size, w - indent_of(s, line, size), line.text) +
             line.after * s.gap * scale;
    }
    return h;
}

float WordColumn::draw(Canvas& c, const Rect& box, float alpha) const {
    const Style& s = c.style();
    float scale = 1;
    while (scale > s.card.least_scale && height(s, box.w, scale) > box.h) scale -= s.shrink_step;
    std::vector<std::string> words;
    if (!named_by_.empty()) words.push_back(named_by_);
    for (const WordLine& line : lines_) words.push_back(line.text);
    const float needed = height(s, box.w, scale);
    c.note_block(std::move(words), needed, box.h);
    float y = box.y;
    for (const WordLine& line : lines_) {
        const float size = size_at(line, scale);
        const float indent = indent_of(s, line, size);
        if (line.dot)
            draw_bullet(c, s.card.bullet, box.x, y, indent, size,
                        with_alpha(s.colour.accent, alpha));
        y += c.text(line.role, line.font, size, size,
                    {box.x + indent, y, box.w - indent, open_height},
                    with_alpha(line.colour, alpha), line.text) +
             line.after * s.gap * scale;
    }
    return y - box.y;
}

}  // namespace kiosk::ui
