#include "ui/results_screen.hpp"

#include <algorithm>
#include <cmath>

#include "core/takeaway.hpp"
#include "ui/takeaway_code.hpp"
#include "ui/words.hpp"

namespace kiosk::ui {
namespace {

constexpr double reveal_seconds = 0.45;

struct CardText {
    std::string name, price, summary, why_title;
    std::vector<std::string> why;
};

CardText card_text(const KioskFlow& flow, const RecommendedProduct& r) {
    CardText t{text(flow, r.product->name),
               r.product->price,
               text(flow, r.product->summary),
               word(flow, "why"),
               {}};
    for (const Answer* a : r.why) t.why.push_back(text(flow, a->text));
    return t;
}

// Words of a product card in a box; everything shrinks together until it fits.
void draw_card_words(Canvas& c, const CardText& t, const Rect& box, float alpha) {
    const Style& s = c.style();
    const Palette& p = s.colour;
    const float min = s.short_side * 0.022f;
    for (float scale = 1.f;; scale -= 0.05f) {
        const float name_size = std::max(min, s.font.heading->FontSize * 0.8f * scale);
        const float body_size = std::max(min, s.font.body->FontSize * 0.9f * scale);
        const float small_size = std::max(min, s.font.small->FontSize * scale);
        const float para = s.gap * 0.5f;
        const float dot = small_size * 0.9f;
        float h = Canvas::text_height(s.font.heading, name_size, box.w, t.name) + para;
        if (!t.price.empty()) h += body_size + para;
        h += Canvas::text_height(s.font.body, body_size, box.w, t.summary) + para * 1.6f;
        if (!t.why.empty()) {
            h +=
                Canvas::text_height(s.font.body_bold, small_size, box.w, t.why_title) + para * 0.6f;
            for (const auto& w : t.why)
                h += Canvas::text_height(s.font.small, small_size, box.w - dot, w) + para * 0.4f;
        }
        if (h > box.h && scale > 0.5f) continue;

        float y = box.y;
        y += c.text(s.font.heading, name_size, name_size, {box.x, y, box.w, 1e6f},
                    with_alpha(p.text, alpha), t.name) +
             para;
        if (!t.price.empty()) {
            c.text(s.font.body_bold, body_size, body_size, {box.x, y, box.w, 1e6f},
                   with_alpha(p.highlight, alpha), t.price);
            y += body_size + para;
        }
        y += c.text(s.font.body, body_size, body_size, {box.x, y, box.w, 1e6f},
                    with_alpha(p.text, alpha), t.summary) +
             para * 1.6f;
        if (t.why.empty()) return;
        y += c.text(s.font.body_bold, small_size, small_size, {box.x, y, box.w, 1e6f},
                    with_alpha(p.accent, alpha), t.why_title) +
             para * 0.6f;
        for (const auto& w : t.why) {
            c.circle({box.x + dot * 0.3f, y + small_size * 0.55f}, small_size * 0.16f,
                     with_alpha(p.accent, alpha));
            y += c.text(s.font.small, small_size, small_size, {box.x + dot, y, box.w - dot, 1e6f},
                        with_alpha(p.text, alpha), w) +
                 para * 0.4f;
        }
        return;
    }
}

// Drawn `rise` pixels low while it appears; it accepts taps where it comes to rest.
void draw_product(Canvas& c, const KioskFlow& flow, const RecommendedProduct& r, const Rect& rest,
                  float alpha, bool picture_left, float rise) {
    const Style& s = c.style();
    const Rect area{rest.x, rest.y + rise, rest.w, rest.h};
    c.card(area, s.colour.surface, alpha);
    const float pad = std::round(s.gap * 1.2f);
    Rect picture, words;
    if (picture_left) {
        float side = std::min(area.h - 2 * pad, area.w * 0.34f);
        picture = {area.x + pad, area.y + (area.h - side) / 2, side, side};
        words = {picture.x + side + pad, area.y + pad, area.w - side - 3 * pad, area.h - 2 * pad};
    } else {
        float side = std::min(area.w - 2 * pad, area.h * 0.36f);
        picture = {area.x + (area.w - side) / 2, area.y + pad * 0.6f, side, side};
        words = {area.x + pad, picture.y + side + pad * 0.6f, area.w - 2 * pad,
                 area.y + area.h - pad - (picture.y + side + pad * 0.6f)};
    }
    c.fill(picture, with_alpha(s.colour.background, alpha), s.radius);
    c.picture(r.product->image, picture, alpha);
    draw_card_words(c, card_text(flow, r), words, alpha);
    c.add_target({.action = shopper::ShowProduct{r.product->id},
                  .label = text(flow, r.product->name),
                  .area = rest});
}

void draw_tips(Canvas& c, const KioskFlow& flow, const Rect& area, float alpha) {
    const Style& s = c.style();
    const auto& tips = flow.recommendation().tips;
    if (tips.empty()) return;
    const Palette& p = s.colour;
    const float min = s.short_side * 0.022f;
    const float pad = s.gap * 1.1f;
    const float inner_w = area.w - pad * 2.2f;
    const std::string heading = word(flow, "tips_title");
    float y = area.y +
              c.text(s.font.body_bold, s.font.body_bold->FontSize, min,
                     {area.x, area.y, area.w, s.font.body_bold->FontSize * 2.5f},
                     with_alpha(p.text, alpha), heading) +
              s.gap * 0.6f;
    // Cards as tall as their words; the words shrink together when the column is short.
    float title_size = 0, body_size = 0;
    std::vector<float> heights;
    for (float scale = 1.f;; scale -= 0.05f) {
        title_size = std::max(min, s.font.body_bold->FontSize * 0.85f * scale);
        body_size = std::max(min, s.font.body->FontSize * 0.8f * scale);
        heights.clear();
        float total = 0;
        for (const Tip* tip : tips) {
            float h =
                Canvas::text_height(s.font.body_bold, title_size, inner_w, text(flow, tip->title)) +
                s.gap * 0.4f +
                Canvas::text_height(s.font.body, body_size, inner_w, text(flow, tip->body)) +
                2 * pad;
            heights.push_back(h);
            total += h + s.gap * 0.8f;
        }
        if (total <= area.y + area.h - y || scale < 0.6f) break;
    }
    for (size_t i = 0; i < tips.size(); ++i) {
        Rect card{area.x, y, area.w, heights[i]};
        c.fill(card, with_alpha(mix(p.background, p.highlight, 0.16f), alpha), s.radius);
        c.fill({card.x, card.y + s.radius, std::max(3.f, s.short_side * 0.006f),
                card.h - 2 * s.radius},
               with_alpha(p.highlight, alpha), 2);
        float ty = card.y + pad;
        ty += c.text(s.font.body_bold, title_size, title_size,
                     {card.x + pad * 1.2f, ty, inner_w, 1e6f}, with_alpha(p.text, alpha),
                     text(flow, tips[i]->title)) +
              s.gap * 0.4f;
        c.text(s.font.body, body_size, body_size, {card.x + pad * 1.2f, ty, inner_w, 1e6f},
               with_alpha(p.text, alpha), text(flow, tips[i]->body));
        y += heights[i] + s.gap * 0.8f;
    }
}

}  // namespace

void draw_results_screen(Canvas& c, const KioskFlow& flow) {
    const Style& s = c.style();
    const Palette& p = s.colour;
    const Recommendation& rec = flow.recommendation();
    c.fill_screen(p.background);

    const float t = ease_out(progress(c.now(), flow.screen_since(), reveal_seconds));
    if (t < 1) c.animate_until(flow.screen_since() + reveal_seconds);

    // Title and intro.
    float y = s.margin * 0.8f;
    const std::string title = word(flow, rec.fallback ? "general_picks" : "results_title");
    y +=
        c.text(s.font.title, s.font.title->FontSize, s.short_side * 0.04f,
               {s.margin, y, s.width - 2 * s.margin, s.font.title->FontSize * 2.2f}, p.text, title);
    const std::string intro = rec.fallback ? "" : word(flow, "results_intro");
    if (!intro.empty())
        y += s.gap * 0.3f + c.text(s.font.body, s.font.body->FontSize, s.short_side * 0.022f,
                                   {s.margin, y + s.gap * 0.3f, s.width - 2 * s.margin,
                                    s.font.body->FontSize * 2.2f},
                                   p.muted_text, intro);
    y += s.gap * 1.5f;

    // Bottom: the disclaimer, Home and Start over.
    const float button_h = std::round(s.short_side * 0.1f);
    const float bottom = s.height - s.margin - button_h;
    const std::string restart = word(flow, "restart"), home = word(flow, "home");
    float restart_w =
        std::max(s.short_side * 0.3f,
                 Canvas::text_width(s.font.button, s.font.button->FontSize, restart) + s.gap * 6);
    float home_w =
        std::max(s.short_side * 0.2f,
                 Canvas::text_width(s.font.button, s.font.button->FontSize, home) + s.gap * 4);
    Rect restart_area{s.width - s.margin - restart_w, bottom, restart_w, button_h};
    Rect home_area{restart_area.x - s.gap * 1.5f - home_w, bottom, home_w, button_h};
    const std::string disclaimer = text(flow, flow.content().kiosk.disclaimer);
    float disclaimer_top = bottom;
    if (s.portrait) {
        home_area.x = s.margin;
        float h = Canvas::text_height(s.font.small, s.font.small->FontSize, s.width - 2 * s.margin,
                                      disclaimer);
        disclaimer_top = bottom - s.gap - h;
        c.text(s.font.small, s.font.small->FontSize, s.font.small->FontSize,
               {s.margin, disclaimer_top, s.width - 2 * s.margin, h + 1}, p.muted_text, disclaimer);
    } else {
        c.text(s.font.small, s.font.small->FontSize, s.font.small->FontSize,
               {s.margin, bottom, home_area.x - s.margin - s.gap * 2, button_h}, p.muted_text,
               disclaimer);
    }

    // Products and tips between.
    const float rise = (1 - t) * s.short_side * 0.04f;
    const float area_bottom = disclaimer_top - s.gap * 1.5f;
    const size_t n = std::max<size_t>(1, rec.products.size());
    const std::string url = takeaway_url(flow.content().kiosk.takeaway_url, rec);
    const bool tips = !rec.tips.empty() || !url.empty();
    if (s.portrait) {
        const float tips_h = tips ? (area_bottom - y) * 0.3f : 0;
        const float cards_h = area_bottom - y - (tips ? tips_h + s.gap * 1.5f : 0);
        const float each =
            std::min((cards_h - s.gap * static_cast<float>(n - 1)) / static_cast<float>(n),
                     s.short_side * 0.42f);
        for (size_t i = 0; i < rec.products.size(); ++i)
            draw_product(c, flow, rec.products[i],
                         {s.margin, y + static_cast<float>(i) * (each + s.gap),
                          s.width - 2 * s.margin, each},
                         t, true, rise);
        const float code_w = url.empty() ? 0 : std::round((s.width - 2 * s.margin) * 0.42f);
        const float code_h = takeaway_code_height(s, code_w);
        if (!url.empty())
            draw_takeaway_code(c, url, word(flow, "takeaway"),
                               {s.width - s.margin - code_w, area_bottom - tips_h, code_w, code_h},
                               t);
        draw_tips(c, flow,
                  {s.margin, area_bottom - tips_h,
                   s.width - 2 * s.margin - (code_w > 0 ? code_w + s.gap * 1.5f : 0), tips_h},
                  t);
    } else {
        const float tips_w = tips ? std::round((s.width - 2 * s.margin) * 0.27f) : 0;
        const float cards_w = s.width - 2 * s.margin - (tips ? tips_w + s.gap * 2 : 0);
        const bool wide = n <= 2 || s.width / s.height < 1.5f;
        const int columns = wide ? 1 : static_cast<int>(n);
        const int rows = wide ? static_cast<int>(n) : 1;
        const float w = (cards_w - s.gap * 1.5f * static_cast<float>(columns - 1)) /
                        static_cast<float>(columns);
        const float h =
            (area_bottom - y - s.gap * static_cast<float>(rows - 1)) / static_cast<float>(rows);
        for (size_t i = 0; i < rec.products.size(); ++i) {
            const float col = static_cast<float>(wide ? 0 : i),
                        row = static_cast<float>(wide ? i : 0);
            draw_product(c, flow, rec.products[i],
                         {s.margin + col * (w + s.gap * 1.5f), y + row * (h + s.gap), w, h}, t,
                         wide, rise);
        }
        const float code_h = url.empty() ? 0 : takeaway_code_height(s, tips_w);
        if (!url.empty())
            draw_takeaway_code(c, url, word(flow, "takeaway"),
                               {s.width - s.margin - tips_w, area_bottom - code_h, tips_w, code_h},
                               t);
        draw_tips(c, flow,
                  {s.width - s.margin - tips_w, y, tips_w,
                   area_bottom - y - (code_h > 0 ? code_h + s.gap : 0)},
                  t);
    }

    c.button({.action = shopper::Home{}, .label = home, .area = home_area}, ButtonLook::quiet);
    c.button({.action = shopper::Restart{}, .label = restart, .area = restart_area},
             ButtonLook::primary);
}

}  // namespace kiosk::ui
