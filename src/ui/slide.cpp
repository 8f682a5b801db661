#include "ui/slide.hpp"

#include <algorithm>
#include <cmath>

#include "ui/chrome.hpp"

namespace kiosk::ui {
namespace {

// The sizes the words are drawn at, shrunk together until they fit, and the height they take.
struct WordSizes {
    float title = 0, body = 0, small = 0;
    float para = 0;  // the step between blocks
    float height = 0;
};

float bullet_indent(const Style& s) {
    return s.size.body * s.slide.bullet.indent;
}

float words_height(const Style& s, const SlideView& v, float w, const WordSizes& z) {
    const float bullet = bullet_indent(s);
    float h = Canvas::text_height(s.font.title, z.title, w, v.title) + z.para * s.slide.after_title;
    if (!v.body.empty()) h += Canvas::text_height(s.font.body, z.body, w, v.body) + z.para;
    for (const auto& p : v.points)
        h += Canvas::text_height(s.font.body, z.body, w - bullet, p) + z.para * s.slide.after_point;
    if (!v.source.empty()) h += z.para + Canvas::text_height(s.font.small, z.small, w, v.source);
    return h;
}

WordSizes fit_words(const Style& s, const SlideView& v, const Rect& box) {
    for (float scale = 1.f;; scale -= s.shrink_step) {
        WordSizes z{.title = std::max(s.size.title_smallest, s.size.title * scale),
                    .body = std::max(s.size.body_smallest, s.size.body * scale),
                    .small = s.size.small,
                    .para = s.gap * scale};
        z.height = words_height(s, v, box.w, z);
        if (z.height <= box.h || scale <= s.slide.least_scale) return z;
    }
}

struct SlideBoxes {
    Rect picture;  // empty for words only
    Rect words;
};

bool picture_failed(const Canvas& c, const SlideView& slide) {
    return !slide.picture.empty() && c.picture_state(slide.picture) == PictureState::failed;
}

// A slide whose picture failed is laid out as a slide of words only (the content format's
// text_only): no hole where the picture would be.
bool words_only(const Canvas& c, const SlideView& slide) {
    return slide.picture.empty() || slide.layout == SlideLayout::text_only ||
           picture_failed(c, slide);
}

// Words alone: a comfortable column in the middle.
SlideBoxes words_only_boxes(const Style& s, const Rect& area) {
    const float w = std::min(area.w, s.slide.words_only_w);
    return {{}, {area.x + (area.w - w) / 2, area.y, w, area.h}};
}

// The picture above, the words below it (portrait screens, and image_top). The picture takes
// at least its share of the height, and whatever the words leave, up to a square as wide as
// the slide: no empty bands above and below on a tall screen.
SlideBoxes stacked_boxes(const Style& s, const SlideView& slide, const Rect& area) {
    const float gap = s.slide.picture_gap;
    const float tw = std::min(area.w, s.slide.stacked_words_w);
    const float least = std::round(area.h * s.slide.stacked_picture);
    const float words = fit_words(s, slide, {0, 0, tw, area.h - least - gap}).height;
    const float ph = std::round(std::clamp(area.h - words - gap, least, std::max(least, area.w)));
    return {{area.x, area.y, area.w, ph},
            {area.x + (area.w - tw) / 2, area.y + ph + gap, tw, area.h - ph - gap}};
}

// The picture beside the words, on the side the layout says (landscape screens).
SlideBoxes side_by_side_boxes(const Style& s, SlideLayout layout, const Rect& area) {
    const float gap = s.slide.picture_gap;
    const float pw = std::round((area.w - gap) * s.slide.side_picture);
    Rect picture{area.x, area.y, pw, area.h};
    Rect words{area.x + pw + gap, area.y, area.w - pw - gap, area.h};
    if (layout == SlideLayout::image_right) {
        words.x = area.x;
        picture.x = area.x + words.w + gap;
    }
    return {picture, words};
}

SlideBoxes place(const Canvas& c, const SlideView& slide, const Rect& area) {
    const Style& s = c.style();
    if (words_only(c, slide)) return words_only_boxes(s, area);
    if (s.portrait || slide.layout == SlideLayout::image_top) return stacked_boxes(s, slide, area);
    return side_by_side_boxes(s, slide.layout, area);
}

// Title with a short accent rule under it, body, points and source; vertically centred in the
// box when `centred`, else from its top.
void draw_words(Canvas& c, const SlideView& v, const Rect& box, const WordSizes& z, float alpha,
                bool centred) {
    const Style& s = c.style();
    const ImU32 ink = with_alpha(s.colour.text, alpha);
    const float bullet = bullet_indent(s);
    std::vector<std::string> words{v.title, v.body};
    words.insert(words.end(), v.points.begin(), v.points.end());
    c.note_block(std::move(words), z.height, box.h);
    float y = centred ? box.y + std::max(0.f, (box.h - z.height) / 2) : box.y;
    y += c.text(TextRole::title, s.font.title, z.title, z.title, {box.x, y, box.w, open_height},
                ink, v.title);
    c.fill({box.x, y + z.para * s.slide.rule_drop, s.slide.rule_length, s.slide.rule_thickness},
           with_alpha(s.colour.highlight, alpha), s.slide.rule_radius);
    y += z.para * s.slide.after_title;
    if (!v.body.empty())
        y += c.text(TextRole::body, s.font.body, z.body, z.body, {box.x, y, box.w, open_height},
                    ink, v.body) +
             z.para;
    for (const auto& p : v.points) {
        draw_bullet(c, s.slide.bullet, box.x, y, bullet, z.body,
                    with_alpha(s.colour.accent, alpha));
        y += c.text(TextRole::body, s.font.body, z.body, z.body,
                    {box.x + bullet, y, box.w - bullet, open_height}, ink, p) +
             z.para * s.slide.after_point;
    }
    if (!v.source.empty())
        c.text(TextRole::fine, s.font.small, z.small, z.small,
               {box.x, y + z.para, box.w, open_height}, with_alpha(s.colour.muted_text, alpha),
               v.source);
}

}  // namespace

Rect slide_picture_box(const Canvas& c, const SlideView& slide, const Rect& area) {
    return place(c, slide, area).picture;
}

void draw_slide(Canvas& c, const SlideView& slide, Rect area, float alpha, float rise) {
    const Style& s = c.style();
    area.x += c.drag_x() * s.slide.drag_follow;  // a finger dragging sideways pulls it along
    SlideBoxes boxes = place(c, slide, area);
    // Words beside a picture sit level with it; words below one start right under it, and the
    // two together sit in the middle of the slide's area, not at its top.
    const bool below = boxes.picture.w > 0 && boxes.words.y > boxes.picture.y;
    if (below) {
        const float h = fit_words(s, slide, boxes.words).height;
        const float down = std::floor(std::max(0.f, boxes.words.h - h) / 2);
        boxes.picture.y += down;
        boxes.words.y += down;
        boxes.words.h -= down;
    }
    if (boxes.picture.w > 0) {
        Rect p = boxes.picture;
        p.y += rise;
        c.picture(slide.picture, p, alpha);
    }
    Rect w = boxes.words;
    w.y += rise * s.slide.words_rise;
    draw_words(c, slide, w, fit_words(s, slide, w), alpha, !below);
}

}  // namespace kiosk::ui
