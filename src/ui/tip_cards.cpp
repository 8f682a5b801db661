#include "ui/tip_cards.hpp"

#include <algorithm>

namespace kiosk::ui {
namespace {

// The sizes the tips' words are drawn at, and each card's height.
struct TipSizes {
    float title = 0, body = 0;
    std::vector<float> heights;
};

TipSizes tip_sizes(const Style& s, float scale) {
    return {.title = std::max(s.size.smallest, s.tip.title * scale),
            .body = std::max(s.size.body_smallest, s.tip.body * scale),
            .heights = {}};
}

float tip_height(const Style& s, const TipCard& tip, float inner_w, const TipSizes& z) {
    const TipLook& k = s.tip;
    return Canvas::text_height(s.font.body_bold, z.title, inner_w, tip.title) + k.after_title +
           Canvas::text_height(s.font.body, z.body, inner_w, tip.body) + 2 * k.pad;
}

// Cards as tall as their words; the words shrink together until the cards fit `room`.
TipSizes fit_tips(const Style& s, const std::vector<TipCard>& tips, float inner_w, float room) {
    for (float scale = 1.f;; scale -= s.shrink_step) {
        TipSizes z = tip_sizes(s, scale);
        float total = 0;
        for (const TipCard& tip : tips) {
            z.heights.push_back(tip_height(s, tip, inner_w, z));
            total += z.heights.back() + s.tip.between;
        }
        if (total <= room || scale < s.tip.least_scale) return z;
    }
}

void draw_tip_card(Canvas& c, const TipCard& tip, const Rect& card, float inner_w,
                   const TipSizes& z, float alpha) {
    const Style& s = c.style();
    const Palette& p = s.colour;
    const TipLook& k = s.tip;
    c.fill(card, with_alpha(p.tip, alpha), s.radius);
    c.fill({card.x, card.y + s.radius, k.stripe, card.h - 2 * s.radius},
           with_alpha(p.highlight, alpha), k.stripe_radius);
    float y = card.y + k.pad;
    y +=
        c.text(TextRole::heading, s.font.body_bold, z.title, z.title,
               {card.x + k.text_x, y, inner_w, open_height}, with_alpha(p.text, alpha), tip.title) +
        k.after_title;
    c.text(TextRole::body, s.font.body, z.body, z.body,
           {card.x + k.text_x, y, inner_w, open_height}, with_alpha(p.text, alpha), tip.body);
}

}  // namespace

void draw_tip_cards(Canvas& c, const std::string& heading, const std::vector<TipCard>& tips,
                    const Rect& area, float alpha, bool fill) {
    if (tips.empty()) return;
    const Style& s = c.style();
    const TipLook& k = s.tip;
    const float inner_w = area.w - k.text_sides;
    float y = area.y;
    if (!heading.empty())
        y += c.text(TextRole::heading, s.font.body_bold, s.size.body_bold, s.size.smallest,
                    {area.x, area.y, area.w, k.heading_h}, with_alpha(s.colour.text, alpha),
                    heading) +
             k.after_heading;
    TipSizes z = fit_tips(s, tips, inner_w, area.y + area.h - y);
    float needed = 0;
    std::vector<std::string> words;
    for (size_t i = 0; i < tips.size(); ++i) {
        needed += z.heights[i] + (i + 1 < tips.size() ? k.between : 0);
        words.insert(words.end(), {tips[i].title, tips[i].body});
    }
    c.note_block(std::move(words), needed, area.y + area.h - y);
    // Room to spare is shared among the cards, so that they end where the area does.
    const float spare =
        fill ? std::max(0.f, area.y + area.h - y - needed) / static_cast<float>(tips.size()) : 0;
    for (size_t i = 0; i < tips.size(); ++i) {
        z.heights[i] += spare;
        draw_tip_card(c, tips[i], {area.x, y, area.w, z.heights[i]}, inner_w, z, alpha);
        y += z.heights[i] + k.between;
    }
}

}  // namespace kiosk::ui
