#include "ui/attract_screen.hpp"

#include <algorithm>
#include <cmath>

#include "ui/chrome.hpp"
#include "ui/words.hpp"

namespace kiosk::ui {
namespace {

struct SlideBoxes {
    Rect picture;  // empty for text-only
    Rect words;
};

SlideBoxes place(const Style& s, const Slide& slide, const Rect& area) {
    const float gap = s.gap * 2;
    if (slide.image.empty() || slide.layout == SlideLayout::text_only) {
        float w = std::min(area.w, s.short_side * 1.2f);
        return {{}, {area.x + (area.w - w) / 2, area.y, w, area.h}};
    }
    if (s.portrait || slide.layout == SlideLayout::image_top) {
        float ph = std::round(area.h * (s.portrait ? 0.52f : 0.5f));
        float tw = std::min(area.w, s.short_side * 1.3f);
        return {{area.x, area.y, area.w, ph},
                {area.x + (area.w - tw) / 2, area.y + ph + gap, tw, area.h - ph - gap}};
    }
    float pw = std::round((area.w - gap) * 0.46f);
    Rect picture{area.x, area.y, pw, area.h};
    Rect words{area.x + pw + gap, area.y, area.w - pw - gap, area.h};
    if (slide.layout == SlideLayout::image_right) {
        words.x = area.x;
        picture.x = area.x + words.w + gap;
    }
    return {picture, words};
}

// Title, body, points and source, vertically centred in the box, shrunk together to fit.
// Returns the height they take; with `draw` false only measures.
float draw_words(Canvas& c, const KioskFlow& flow, const Slide& slide, const Rect& box, float alpha,
                 bool centred, bool draw = true) {
    const Style& s = c.style();
    const std::string title = text(flow, slide.title), body = text(flow, slide.body);
    std::vector<std::string> points;
    for (const Text& p : slide.points) points.push_back(text(flow, p));
    const std::string source =
        slide.source.empty() ? "" : word(flow, "source") + ": " + slide.source;
    const float bullet = s.font.body->FontSize * 0.9f;

    for (float scale = 1.f;; scale -= 0.05f) {
        const float title_size = std::max(s.short_side * 0.04f, s.font.title->FontSize * scale);
        const float body_size = std::max(s.short_side * 0.022f, s.font.body->FontSize * scale);
        const float small_size = s.font.small->FontSize;
        const float para = s.gap * scale;
        float h = Canvas::text_height(s.font.title, title_size, box.w, title) + para * 1.2f;
        if (!body.empty()) h += Canvas::text_height(s.font.body, body_size, box.w, body) + para;
        for (const auto& p : points)
            h += Canvas::text_height(s.font.body, body_size, box.w - bullet, p) + para * 0.6f;
        if (!source.empty())
            h += para + Canvas::text_height(s.font.small, small_size, box.w, source);
        if (h > box.h && scale > 0.55f) continue;
        if (!draw) return h;

        float y = centred ? box.y + std::max(0.f, (box.h - h) / 2) : box.y;
        y += c.text(s.font.title, title_size, title_size, {box.x, y, box.w, 1e6f},
                    with_alpha(s.colour.text, alpha), title);
        // A short accent rule under the title.
        c.fill(
            {box.x, y + para * 0.35f, s.short_side * 0.06f, std::max(2.f, s.short_side * 0.004f)},
            with_alpha(s.colour.highlight, alpha), 2);
        y += para * 1.2f;
        if (!body.empty())
            y += c.text(s.font.body, body_size, body_size, {box.x, y, box.w, 1e6f},
                        with_alpha(s.colour.text, alpha), body) +
                 para;
        for (const auto& p : points) {
            c.circle({box.x + bullet * 0.3f, y + body_size * 0.55f}, body_size * 0.17f,
                     with_alpha(s.colour.accent, alpha));
            y +=
                c.text(s.font.body, body_size, body_size, {box.x + bullet, y, box.w - bullet, 1e6f},
                       with_alpha(s.colour.text, alpha), p) +
                para * 0.6f;
        }
        if (!source.empty())
            c.text(s.font.small, small_size, small_size, {box.x, y + para, box.w, 1e6f},
                   with_alpha(s.colour.muted_text, alpha), source);
        return h;
    }
}

void draw_slide(Canvas& c, const KioskFlow& flow, const Slide& slide, Rect area, float alpha,
                float rise) {
    area.x += c.drag_x() * 0.35f;  // a finger dragging sideways pulls the slide along a little
    SlideBoxes boxes = place(c.style(), slide, area);
    // Words beside a picture sit level with it; words below one start right under it, and the
    // two together sit in the middle of the slide's area, not at its top.
    const bool below = boxes.picture.w > 0 && boxes.words.y > boxes.picture.y;
    if (below) {
        const float h = draw_words(c, flow, slide, boxes.words, alpha, false, false);
        const float down = std::floor(std::max(0.f, boxes.words.h - h) / 2);
        boxes.picture.y += down;
        boxes.words.y += down;
        boxes.words.h -= down;
    }
    if (boxes.picture.w > 0) {
        Rect p = boxes.picture;
        p.y += rise;
        c.picture(slide.image, p, alpha);
    }
    Rect w = boxes.words;
    w.y += rise * 0.5f;
    draw_words(c, flow, slide, w, alpha, !below);
}

ImU32 background_of(const Style& s, const Slide& slide) {
    return slide.background ? to_u32(*slide.background) : s.colour.background;
}

constexpr double progress_step_seconds = 1.5;  // app time between two steps of the progress bar

constexpr int most_segments = 12;  // beyond that (or when they would be too short): one bar

// One segment per slide, the current one filling up as its time runs out; with many slides one
// continuous bar, filled as far as the loop has come.
void draw_progress(Canvas& c, const KioskFlow& flow, const Rect& bar) {
    const Style& s = c.style();
    const int n = static_cast<int>(flow.content().slides.size());
    if (n < 2) return;
    const float space = std::max(4.f, s.gap * 0.4f);
    const float seg = (bar.w - space * static_cast<float>(n - 1)) / static_cast<float>(n);
    const bool segments = n <= most_segments && seg >= bar.h * 3;
    // The length of the bar that one whole slide fills.
    const float per_slide = segments ? seg : bar.w / static_cast<float>(n);
    // The bar grows in steps of a second and a half (or two pixels, if that is longer), not
    // smoothly: between transitions the screen stays still and costs next to nothing, which
    // matters on a fanless PC drawing in software. Steps read just as well from across the shop.
    // Any frame drawn between two steps (a tap, a picture arriving) shows the last step's bar.
    const double length = flow.content().slide_seconds(flow.slide());
    const double step = std::max(length * 2.0 / std::max(1.f, per_slide), progress_step_seconds);
    const double since = c.now() - flow.slide_since();
    const double last_step = flow.slide_since() + std::floor(since / step) * step;
    const float progress = static_cast<float>(flow.slide_progress(last_step));
    if (!segments) {
        c.fill(bar, s.colour.line, bar.h / 2);
        const float done = (static_cast<float>(flow.slide_index()) + progress) * per_slide;
        c.fill({bar.x, bar.y, std::max(bar.h, done), bar.h}, s.colour.accent, bar.h / 2);
    }
    for (int i = 0; segments && i < n; ++i) {
        Rect r{bar.x + static_cast<float>(i) * (seg + space), bar.y, seg, bar.h};
        c.fill(r, s.colour.line, bar.h / 2);
        float filled = i < flow.slide_index() ? 1.f : (i == flow.slide_index() ? progress : 0.f);
        if (filled > 0)
            c.fill({r.x, r.y, std::max(bar.h, r.w * filled), r.h}, s.colour.accent, bar.h / 2);
    }
    if (!flow.paused()) {
        // Only the bar changes at the next step (with a margin for its anti-aliased edges).
        const Rect changes{bar.x - 2, bar.y - 2, bar.w + 4, bar.h + 4};
        c.redraw_at(last_step + step, changes);
    }
}

}  // namespace

void draw_attract_screen(Canvas& c, const KioskFlow& flow) {
    const Style& s = c.style();
    const auto& slides = flow.content().slides;
    const double fade = flow.content().kiosk.timing.transition_ms / 1000.0;
    const float t = flow.previous_slide_index() >= 0
                        ? ease_in_out(progress(c.now(), flow.slide_since(), fade))
                        : 1.f;
    const Slide* before = flow.previous_slide_index() >= 0 && t < 1
                              ? &slides[static_cast<size_t>(flow.previous_slide_index())]
                              : nullptr;
    if (before) c.animate_until(flow.slide_since() + fade);

    ImU32 bg = background_of(s, flow.slide());
    if (before) bg = mix(background_of(s, *before), bg, t);
    c.fill_screen(bg);

    // Top row: brand and languages.
    const float top = s.margin * 0.7f;
    draw_brand(c, flow, s.margin, top);
    draw_language_buttons(c, flow, s.width - s.margin, top);

    // Bottom row: progress and hint on the left, the start button on the right.
    const std::string start = word(flow, "start_quiz");
    const float start_h = std::round(s.short_side * 0.12f);
    float start_w =
        Canvas::text_width(s.font.button, s.font.button->FontSize * 1.15f, start) + start_h;
    start_w = std::clamp(start_w, s.short_side * 0.42f, s.width - 2 * s.margin);
    if (s.portrait) start_w = s.width - 2 * s.margin;
    const float bottom = s.height - s.margin - start_h;
    Rect start_area{s.width - s.margin - start_w, bottom, start_w, start_h};

    const float bar_h = std::max(4.f, std::round(s.short_side * 0.008f));
    Rect bar =
        s.portrait
            ? Rect{s.margin, bottom - s.gap * 1.5f - bar_h, s.width - 2 * s.margin, bar_h}
            : Rect{s.margin, bottom + start_h - bar_h, start_area.x - 3 * s.gap - s.margin, bar_h};
    draw_progress(c, flow, bar);
    const std::string hint = word(flow, "attract_hint");
    if (!hint.empty() && !s.portrait)
        c.text(
            s.font.body, s.font.body->FontSize, s.short_side * 0.022f,
            {s.margin, bottom - s.gap * 0.2f, bar.w, bar.y - bottom - s.gap * 0.4f + s.gap * 0.2f},
            s.colour.muted_text, hint);

    // The slide between the rows.
    const float area_top = top + top_row_height(s) + s.gap * 2;
    const float area_bottom = (s.portrait ? bar.y - s.gap * 1.5f : bottom - s.gap * 2);
    Rect area{s.margin, area_top, s.width - 2 * s.margin, area_bottom - area_top};
    const float rise = s.short_side * 0.02f;
    if (before) draw_slide(c, flow, *before, area, 1 - t, -rise * t);
    draw_slide(c, flow, flow.slide(), area, t, rise * (1 - t));

    // Ask for the next slide's picture early so it is ready when the slide changes, and for the
    // first question's icons, ready for a tap on Start.
    const Slide& next = slides[static_cast<size_t>(flow.slide_index() + 1) % slides.size()];
    c.prefetch(next.image, place(s, next, area).picture);
    if (!flow.content().quiz.questions.empty())
        for (const Answer& a : flow.content().quiz.questions.front().answers) c.prefetch(a.image);

    c.button({.action = shopper::StartQuiz{}, .label = start, .area = start_area},
             ButtonLook::primary);
}

}  // namespace kiosk::ui
