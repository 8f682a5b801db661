#include "ui/product_card.hpp"

#include <algorithm>
#include <cmath>

#include "ui/chrome.hpp"

namespace kiosk::ui {
namespace {

struct CardBoxes {
    Rect picture, words;
};

// The picture on the left, the words on the right (a card as wide as the screen's column).
CardBoxes picture_beside(const Style& s, const Rect& area) {
    const float pad = s.card.pad;
    const float side = std::min(area.h - 2 * pad, area.w * s.card.side_picture);
    const Rect picture{area.x + pad, area.y + (area.h - side) / 2, side, side};
    return {picture,
            {picture.x + side + pad, area.y + pad, area.w - side - 3 * pad, area.h - 2 * pad}};
}

// The picture on top, the words under it (cards side by side).
CardBoxes picture_above(const Style& s, const Rect& area) {
    const float pad = s.card.pad;
    const float side = std::min(area.w - 2 * pad, area.h * s.card.top_picture);
    const Rect picture{area.x + (area.w - side) / 2, area.y + pad * s.card.top_pad, side, side};
    const float words_top = picture.y + side + pad * s.card.top_pad;
    return {picture,
            {area.x + pad, words_top, area.w - 2 * pad, area.y + area.h - pad - words_top}};
}

// The sizes the words are drawn at, shrunk together until they fit.
struct CardSizes {
    float name = 0, body = 0, small = 0;
    float para = 0;  // the step between blocks
    float dot = 0;   // the indent of the "why" lines
};

CardSizes card_sizes(const Style& s, float scale) {
    const float least = s.size.smallest;
    CardSizes z{.name = std::max(least, s.card.name * scale),
                .body = std::max(s.size.body_smallest, s.card.body * scale),
                .small = std::max(least, s.size.small * scale),
                .para = s.card.para};
    z.dot = z.small * s.card.bullet.indent;
    return z;
}

float card_words_height(const Style& s, const ProductCard& t, float w, const CardSizes& z) {
    const CardLook& k = s.card;
    float h = Canvas::text_height(s.font.heading, z.name, w, t.name) + z.para;
    if (!t.price.empty()) h += z.body + z.para;
    if (k.summary)
        h += Canvas::text_height(s.font.body, z.body, w, t.summary) + z.para * k.after_summary;
    if (!t.why.empty()) {
        h += Canvas::text_height(s.font.body_bold, z.small, w, t.why_title) +
             z.para * k.after_why_title;
        for (const auto& line : t.why)
            h += Canvas::text_height(s.font.small, z.small, w - z.dot, line) + z.para * k.after_why;
    }
    return h;
}

CardSizes fit_card_words(const Style& s, const ProductCard& t, const Rect& box) {
    for (float scale = 1.f;; scale -= s.shrink_step) {
        const CardSizes z = card_sizes(s, scale);
        if (card_words_height(s, t, box.w, z) <= box.h || scale <= s.card.least_scale) return z;
    }
}

// Name, price, summary and the "why" lines, from the box's top.
void draw_card_words(Canvas& c, const ProductCard& t, const Rect& box, float alpha) {
    const Style& s = c.style();
    const Palette& p = s.colour;
    const CardLook& k = s.card;
    const CardSizes z = fit_card_words(s, t, box);
    c.note_block(
        k.summary ? std::vector<std::string>{t.name, t.summary} : std::vector<std::string>{t.name},
        card_words_height(s, t, box.w, z), box.h);
    const ImU32 ink = with_alpha(p.text, alpha);
    float y = box.y;
    y += c.text(TextRole::heading, s.font.heading, z.name, z.name, {box.x, y, box.w, open_height},
                ink, t.name) +
         z.para;
    if (!t.price.empty()) {
        c.text(TextRole::price, s.font.body_bold, z.body, z.body, {box.x, y, box.w, open_height},
               with_alpha(p.highlight_text, alpha), t.price);
        y += z.body + z.para;
    }
    if (k.summary)
        y += c.text(TextRole::body, s.font.body, z.body, z.body, {box.x, y, box.w, open_height},
                    ink, t.summary) +
             z.para * k.after_summary;
    if (t.why.empty()) return;
    y += c.text(TextRole::why, s.font.body_bold, z.small, z.small, {box.x, y, box.w, open_height},
                with_alpha(p.accent, alpha), t.why_title) +
         z.para * k.after_why_title;
    for (const auto& line : t.why) {
        draw_bullet(c, k.bullet, box.x, y, z.dot, z.small, with_alpha(p.accent, alpha));
        y += c.text(TextRole::why, s.font.small, z.small, z.small,
                    {box.x + z.dot, y, box.w - z.dot, open_height}, ink, line) +
             z.para * k.after_why;
    }
}

// The picture straight on the card (the pictures carry their own ground); a drawn product when
// it failed.
void draw_card_picture(Canvas& c, const ProductCard& t, const Rect& box, float alpha) {
    if (c.picture(t.picture, box, alpha) == PictureState::failed)
        draw_product_placeholder(c, box, alpha);
}

// "Best match": a small pill in the accent at the card's top left corner.
void draw_card_mark(Canvas& c, const std::string& mark, const Rect& card, float alpha) {
    if (mark.empty()) return;
    const Style& s = c.style();
    const CardLook& k = s.card;
    ImFont* font = s.font.body_bold;
    const float size = s.size.smallest;
    const float w = Canvas::text_width(font, size, mark) + 2 * k.mark_pad;
    const Rect pill{card.x + k.pad / 2, card.y + k.pad / 2, w, k.mark_h};
    c.fill(pill, with_alpha(s.colour.accent, alpha), k.mark_h / 2);
    c.text(TextRole::label, font, size, size,
           {pill.x, pill.y + (pill.h - size) / 2, pill.w, size * 1.3f},
           with_alpha(s.colour.accent_text, alpha), mark, Align::centre);
}

}  // namespace

void draw_product_card(Canvas& c, const ProductCard& card, const Rect& rest, float alpha,
                       bool picture_left, float rise) {
    const Style& s = c.style();
    const Rect area{rest.x, rest.y + rise, rest.w, rest.h};
    c.card(area, s.colour.surface, alpha);
    const CardBoxes boxes = picture_left ? picture_beside(s, area) : picture_above(s, area);
    draw_card_picture(c, card, boxes.picture, alpha);
    draw_card_words(c, card, boxes.words, alpha);
    draw_card_mark(c, card.mark, area, alpha);
    c.add_target({.action = shopper::ShowProduct{card.product}, .label = card.name, .area = rest});
}

}  // namespace kiosk::ui
