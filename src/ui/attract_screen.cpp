#include "ui/attract_screen.hpp"

#include <algorithm>
#include <cmath>

#include "ui/aids_button.hpp"
#include "ui/chrome.hpp"
#include "ui/slide.hpp"

namespace kiosk::ui {
namespace {

constexpr double progress_step_seconds = 1.5;  // app time between two steps of the progress bar

constexpr int most_segments = 12;  // beyond that (or when they would be too short): one bar

// The bottom row: the accessibility button at the left, the start button at the right, and the
// slide progress (and hint) between them or above them.
struct BottomRow {
    Rect start;
    Rect bar;
    float top = 0;  // the start button's top
};

// The start button's words and arrow: its width.
float start_width(const Style& s, const std::string& start) {
    const AttractLook& a = s.attract;
    const float words = Canvas::text_width(s.font.heading, a.start_label, start);
    return words + a.arrow * (1 + a.arrow_gap) + a.start_h;
}

BottomRow bottom_row(const Style& s, const AttractView& v, bool hint) {
    const AttractLook& a = s.attract;
    const float start_h = a.start_h;
    const Rect aids = aids_button_area(s, v.aids);
    const float aids_w = aids.w + a.bar_to_start;
    float start_w = std::clamp(start_width(s, v.start), a.start_min_w, s.inner_w - aids_w);
    if (s.portrait) start_w = s.inner_w - aids_w;
    const float top = s.height - s.margin - start_h;
    const Rect start_area{s.width - s.margin - start_w, top, start_w, start_h};
    const float bar_h = s.bar;
    const float above = hint ? a.hint_h : 0;  // a portrait bar stands above the hint
    const Rect bar = s.portrait
                         ? Rect{s.margin, top - above - a.bar_above_start - bar_h, s.inner_w, bar_h}
                         : Rect{s.margin + aids_w, top + start_h - bar_h,
                                start_area.x - a.bar_to_start - s.margin - aids_w, bar_h};
    return {start_area, bar, top};
}

// Between the top row and the bottom row (and the hint above the start button).
Rect slide_area(const Style& s, const BottomRow& row, bool hint) {
    const float area_top = s.top + top_row_height(s) + s.attract.slide_top_gap;
    const float above = s.portrait ? row.bar.y : row.top - (hint ? s.attract.hint_h : 0);
    const float area_bottom = above - s.attract.slide_bottom_gap;
    return {s.margin, area_top, s.inner_w, area_bottom - area_top};
}

// A short line with the start button ("About a minute"), right above it.
void draw_hint(Canvas& c, const std::string& hint, const BottomRow& row) {
    const Style& s = c.style();
    if (hint.empty()) return;
    const AttractLook& a = s.attract;
    const float size = s.size.body;
    c.text(
        TextRole::body, s.font.body, size, s.size.body_smallest,
        {row.start.x, row.top - a.hint_h + (a.hint_h - size * 1.3f) / 2, row.start.w, size * 1.3f},
        s.colour.muted_text, hint, Align::centre);
}

// The one solid shape on the screen: the start button, its words large, with an arrow.
void draw_start_button(Canvas& c, const AttractView& v, const Rect& area) {
    const Style& s = c.style();
    const AttractLook& a = s.attract;
    Rect r = area;
    const bool down = c.pressed(r);
    if (down) {
        const float inset = std::min(r.w, r.h) * s.button.press_inset;
        r = {r.x + inset, r.y + inset, r.w - 2 * inset, r.h - 2 * inset};
    }
    c.card(r, down ? s.colour.accent_pressed : s.colour.accent);
    ImFont* font = s.font.heading;
    const float size =
        c.fit_text(font, a.start_label, s.size.smallest,
                   {0, 0, r.w - a.start_h - a.arrow * (1 + a.arrow_gap), r.h * 0.8f}, v.start);
    const float words = Canvas::text_width(font, size, v.start);
    const float whole = words + a.arrow * (1 + a.arrow_gap);
    const float x = std::round(r.x + (r.w - whole) / 2);
    const float h = Canvas::text_height(font, size, r.w, v.start);
    c.text(TextRole::label, font, size, size, {x, r.y + (r.h - h) / 2, words + 1, h + 1},
           s.colour.accent_text, v.start);
    // The arrow: a shaft and a head, in the words' colour, level with their middle.
    const float ax = x + words + a.arrow * a.arrow_gap, ay = r.y + r.h / 2, k = a.arrow;
    const ImVec2 head[3] = {
        {ax + k * 0.55f, ay - k * 0.45f}, {ax + k, ay}, {ax + k * 0.55f, ay + k * 0.45f}};
    c.draw()->AddLine({ax, ay}, {ax + k * 0.95f, ay}, s.colour.accent_text, a.arrow_width);
    c.draw()->AddPolyline(head, 3, s.colour.accent_text, 0, a.arrow_width);
    c.add_target({.action = shopper::StartQuiz{}, .label = v.start, .area = area});
}

// One segment per slide, the current one filled `share` of the way.
void draw_segments(Canvas& c, const SlideProgress& p, float share, const Rect& bar, float seg,
                   float space) {
    const Style& s = c.style();
    for (int i = 0; i < p.slides; ++i) {
        Rect r{bar.x + static_cast<float>(i) * (seg + space), bar.y, seg, bar.h};
        c.fill(r, s.colour.track, bar.h / 2);
        float filled = i < p.index ? 1.f : (i == p.index ? share : 0.f);
        if (filled > 0)
            c.fill({r.x, r.y, std::max(bar.h, r.w * filled), r.h}, s.colour.accent, bar.h / 2);
    }
}

// One continuous bar, filled as far as the loop has come.
void draw_one_bar(Canvas& c, const SlideProgress& p, float share, const Rect& bar,
                  float per_slide) {
    const Style& s = c.style();
    c.fill(bar, s.colour.track, bar.h / 2);
    const float done = (static_cast<float>(p.index) + share) * per_slide;
    c.fill({bar.x, bar.y, std::max(bar.h, done), bar.h}, s.colour.accent, bar.h / 2);
}

// One segment per slide, the current one filling up as its time runs out; with many slides one
// continuous bar, filled as far as the loop has come.
void draw_progress(Canvas& c, const SlideProgress& p, const Rect& bar) {
    const Style& s = c.style();
    const int n = p.slides;
    if (n < 2) return;
    const float space = s.attract.segment_space;
    const float seg = (bar.w - space * static_cast<float>(n - 1)) / static_cast<float>(n);
    const bool segments = n <= most_segments && seg >= bar.h * s.attract.shortest_segment;
    // The length of the bar that one whole slide fills.
    const float per_slide = segments ? seg : bar.w / static_cast<float>(n);
    // The bar grows in steps of a second and a half (or two pixels, if that is longer), not
    // smoothly: between transitions the screen stays still and costs next to nothing, which
    // matters on a fanless PC drawing in software. Steps read just as well from across the shop.
    // Any frame drawn between two steps (a tap, a picture arriving) shows the last step's bar.
    const double step = std::max(p.seconds * s.attract.step_pixels / std::max(1.f, per_slide),
                                 progress_step_seconds);
    const double since = c.now() - p.since;
    const double last_step = p.since + std::floor(since / step) * step;
    const float share = static_cast<float>(p.share_at(last_step));
    if (segments)
        draw_segments(c, p, share, bar, seg, space);
    else
        draw_one_bar(c, p, share, bar, per_slide);
    if (!p.paused) {
        // Only the bar changes at the next step (with a margin for its anti-aliased edges).
        const Rect changes{bar.x - 2, bar.y - 2, bar.w + 4, bar.h + 4};
        c.redraw_at(last_step + step, changes);
    }
}

// Where a cross-fade draws: the slides' area, with the rise above and below it.
Rect fading_area(const Rect& area, float rise) {
    const float edge = std::ceil(rise) + 2;  // and the anti-aliased edges
    return {area.x - edge, area.y - edge, area.w + 2 * edge, area.h + 2 * edge};
}

ImU32 background_of(const Style& s, const SlideView& slide) {
    return slide.background && !s.high_contrast ? to_u32(*slide.background) : s.colour.background;
}

// Asks for the next slide's picture early so it is ready when the slide changes, and for the
// first question's icons, ready for a tap on Start.
void prefetch_what_comes_next(Canvas& c, const AttractView& v, const Rect& area) {
    c.prefetch(v.next.picture, slide_picture_box(c, v.next, area));
    for (const std::string& icon : v.first_icons) c.prefetch(icon);
}

}  // namespace

void draw_attract_screen(Canvas& c, const AttractView& v) {
    const Style& s = c.style();
    const float t = ease_in_out(v.fade);
    const SlideView* before = v.leaving && t < 1 ? &*v.leaving : nullptr;

    const ImU32 ground = background_of(s, v.slide);
    const ImU32 ground_before = before ? background_of(s, *before) : ground;
    c.fill_screen(mix(ground_before, ground, t));

    draw_brand(c, v.brand, s.margin, s.top);
    draw_language_buttons(c, v.languages, s.width - s.margin, s.top);

    const bool hint = !v.hint.empty();
    const BottomRow row = bottom_row(s, v, hint);
    draw_progress(c, v.progress, row.bar);
    draw_hint(c, v.hint, row);

    const Rect area = slide_area(s, row, hint);
    const float rise = s.slide.rise;
    // A cross-fade on one ground moves only the slides: the rows above and below stay as drawn,
    // which in software rendering is a good part of each frame's cost.
    if (before) {
        c.animate_until(v.fade_ends, ground_before == ground
                                         ? std::optional<Rect>(fading_area(area, rise))
                                         : std::nullopt);
        draw_slide(c, *before, area, 1 - t, -rise * t);
    }
    draw_slide(c, v.slide, area, t, rise * (1 - t));
    prefetch_what_comes_next(c, v, area);

    draw_start_button(c, v, row.start);
    draw_aids_button(c, v.aids);
}

}  // namespace kiosk::ui
