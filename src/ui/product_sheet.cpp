#include "ui/product_sheet.hpp"

#include <algorithm>
#include <cmath>

#include "ui/chrome.hpp"
#include "ui/product_card.hpp"
#include "ui/takeaway_code.hpp"
#include "ui/word_column.hpp"

namespace kiosk::ui {
namespace {

// Where the sheet's parts go inside its card.
struct SheetBoxes {
    Rect picture, place, words_a, words_b, code;
};

// Landscape: three columns. The picture above where to find it (and the map); the product's
// words; how to use it and what is in it, with the QR code at the foot.
SheetBoxes landscape_boxes(const Style& s, const Rect& in, bool code) {
    const SheetLook& k = s.sheet;
    const float gap = k.column_gap;
    const float side_w = std::round(in.w * k.side_column);
    const float a_w = std::round((in.w - side_w - 2 * gap) * k.words_a_share);
    const float b_w = in.w - side_w - a_w - 2 * gap;
    const float code_h = code ? takeaway_code_height(s, b_w) : 0;
    const float pic = std::min(side_w, std::round(in.h * k.picture_share));
    const Rect side{in.x, in.y, side_w, in.h};
    const float b_x = in.x + side_w + gap + a_w + gap;
    return {.picture = {side.x + (side_w - pic) / 2, side.y, pic, pic},
            .place = {side.x, side.y + pic + gap, side_w, in.h - pic - gap},
            .words_a = {in.x + side_w + gap, in.y, a_w, in.h},
            .words_b = {b_x, in.y, b_w, in.h - (code_h > 0 ? code_h + gap : 0)},
            .code = {b_x, in.y + in.h - code_h, b_w, code_h}};
}

// Portrait: the picture beside where to find it along the top, the product's words across,
// then how to use it and what is in it beside the QR code.
SheetBoxes portrait_boxes(const Style& s, const Rect& in, bool code) {
    const SheetLook& k = s.sheet;
    const float gap = k.column_gap;
    const float band = std::round(in.h * k.band_share);
    const float pic = std::min(band, std::round(in.w * 0.45f));
    const float a_h = std::round((in.h - band - 2 * gap) * k.words_a_share);
    const float b_y = in.y + band + gap + a_h + gap;
    const float code_w = code ? std::round(in.w * k.code_share) : 0;
    const float code_h = code ? takeaway_code_height(s, code_w) : 0;
    const float b_w = in.w - (code_w > 0 ? code_w + gap : 0);
    return {.picture = {in.x, in.y, pic, pic},
            .place = {in.x + pic + gap, in.y, in.w - pic - gap, band},
            .words_a = {in.x, in.y + band + gap, in.w, a_h},
            .words_b = {in.x, b_y, b_w, in.y + in.h - b_y},
            .code = {in.x + b_w + gap, in.y + in.h - code_h, code_w, code_h}};
}

WordColumn product_words(const Style& s, const ProductSheetView& v) {
    const Palette& p = s.colour;
    const float body = s.size.body, least = s.size.body_smallest, small = s.size.small;
    WordColumn w;
    w.name_by(v.details);
    w.add(
        {TextRole::heading, s.font.heading, s.size.heading, s.size.smallest, p.text, v.name, 0.4f});
    w.add({TextRole::price, s.font.body_bold, body, least, p.highlight_text, v.price, 0.6f});
    w.add({TextRole::body, s.font.body, body, least, p.text, v.summary, 0.6f});
    w.add({TextRole::body, s.font.body, body, least, p.text, v.details, 1.f});
    w.add({TextRole::body, s.font.body_bold, body, least, p.highlight_text, v.order_note, 1.f});
    if (!v.why.empty()) {
        w.add(
            {TextRole::why, s.font.body_bold, small, s.size.smallest, p.accent, v.why_title, 0.3f});
        for (const auto& line : v.why)
            w.add({TextRole::why, s.font.small, small, s.size.smallest, p.text, line, 0.2f, true});
    }
    return w;
}

WordColumn use_words(const Style& s, const ProductSheetView& v) {
    const Palette& p = s.colour;
    const float body = s.size.body, least = s.size.body_smallest;
    WordColumn w;
    w.name_by(!v.how_to_use.empty()        ? v.how_to_use.front()
              : !v.key_ingredients.empty() ? v.key_ingredients.front()
                                           : std::string{});
    if (!v.how_to_use.empty()) {
        w.add({TextRole::heading, s.font.body_bold, body, least, p.text, v.how_to_use_title, 0.3f});
        const size_t n = v.how_to_use.size();
        for (size_t i = 0; i < n; ++i)
            w.add({TextRole::body, s.font.body, body, least, p.text,
                   std::to_string(i + 1) + ". " + v.how_to_use[i], i + 1 < n ? 0.3f : 1.2f});
    }
    if (!v.key_ingredients.empty()) {
        w.add(
            {TextRole::heading, s.font.body_bold, body, least, p.text, v.ingredients_title, 0.3f});
        for (const auto& item : v.key_ingredients)
            w.add({TextRole::body, s.font.body, body, least, p.text, item, 0.1f, true});
    }
    return w;
}

// Where it stands: the line, then the store map with a marker at its place.
void draw_place(Canvas& c, const ProductSheetView& v, const Rect& box, float alpha) {
    const Style& s = c.style();
    WordColumn words;
    words.add({TextRole::heading, s.font.body_bold, s.size.body, s.size.body_smallest,
               s.colour.text, v.location.empty() ? "" : v.location_title, 0.2f});
    words.add({TextRole::body, s.font.body, s.size.body, s.size.body_smallest, s.colour.text,
               v.location, 0.6f});
    const float used = words.empty() ? 0 : words.draw(c, {box.x, box.y, box.w, box.h / 2}, alpha);
    if (v.store_map.empty() || !v.marker) return;
    const Rect map_box{box.x, box.y + used, box.w, box.h - used};
    if (c.picture(v.store_map, map_box, alpha) != PictureState::ready) return;
    // Where the map was drawn, fitted in its box; laid out without pictures, it has no place.
    const auto& drawn = c.pictures();
    if (drawn.empty() || drawn.back().image != v.store_map) return;
    const Rect map = drawn.back().area;
    const ImVec2 at{map.x + static_cast<float>(v.marker->x) * map.w,
                    map.y + static_cast<float>(v.marker->y) * map.h};
    // A ring around the place (the shelf's letter stays readable inside it), white-edged.
    const SheetLook& k = s.sheet;
    const float r = map.w * k.marker, line = std::max(3.f, map.w * k.marker_line);
    c.draw()->AddCircle(at, r, with_alpha(s.colour.surface, alpha), 48, line + 2 * k.marker_edge);
    c.draw()->AddCircle(at, r, with_alpha(s.colour.highlight_text, alpha), 48, line);
}

void draw_sheet_picture(Canvas& c, const ProductSheetView& v, const Rect& box, float alpha) {
    if (c.picture(v.picture, box, alpha) == PictureState::failed)
        draw_product_placeholder(c, box, alpha);
}

}  // namespace

void draw_product_sheet(Canvas& c, const ProductSheetView& v) {
    const Style& s = c.style();
    const SheetLook& k = s.sheet;
    // The results below take no tap while the sheet is open.
    const float t = c.open_overlay(v.rise, v.rise_ends, k.dim);
    const Rect card{k.inset, k.inset + (1 - t) * k.rise, s.width - 2 * k.inset,
                    s.height - 2 * k.inset};
    c.card(card, s.colour.surface, t);

    const float close_w = button_width(s, v.close, k.close_min_w, k.close_pad);
    const Rect close{card.x + card.w - k.pad - close_w, card.y + k.pad, close_w, s.touch};
    const Rect in{card.x + k.pad, close.y + close.h + k.column_gap * 0.5f, card.w - 2 * k.pad,
                  card.y + card.h - k.pad - close.y - close.h - k.column_gap * 0.5f};
    const bool code = !v.takeaway_url.empty();
    const SheetBoxes b = s.portrait ? portrait_boxes(s, in, code) : landscape_boxes(s, in, code);

    draw_sheet_picture(c, v, b.picture, t);
    draw_place(c, v, b.place, t);
    const float used = product_words(s, v).draw(c, b.words_a, t);
    Rect words_b = b.words_b;
    if (s.portrait) {  // straight under the product's words, not at a fixed place
        const float top = b.words_a.y + used + k.column_gap;
        words_b.h += words_b.y - top;
        words_b.y = top;
    }
    use_words(s, v).draw(c, words_b, t);
    if (code) draw_takeaway_code(c, v.takeaway_url, v.takeaway_caption, b.code, t);
    c.button({.action = shopper::CloseProduct{}, .label = v.close, .area = close},
             ButtonLook::quiet, t);
}

}  // namespace kiosk::ui
