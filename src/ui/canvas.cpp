#include "ui/canvas.hpp"

#include <algorithm>
#include <cmath>

#include "core/path_text.hpp"
#include "platform/imgui_frame.hpp"

namespace kiosk::ui {
namespace {

constexpr float unbounded = 1e9f;  // a width no text reaches: measured without wrapping

// A card's shadow: layers that widen, drop and fade below it.
constexpr int shadow_layers = 3;
constexpr float shadow_spread = 0.5f;   // each side widens by this share of the layer's growth
constexpr float shadow_drop = 0.8f;     // the layer sits this share lower
constexpr float shadow_stretch = 0.6f;  // and grows this share taller
constexpr float shadow_alpha = 0.55f;   // the nearest layer's opacity

constexpr float fit_tolerance = 0.5f;  // text may overhang its box by this much (pixels)

ImVec2 tl(const Rect& r) {
    return {r.x, r.y};
}
ImVec2 br(const Rect& r) {
    return {r.x + r.w, r.y + r.h};
}

struct Word {
    float width = 0;
    std::string text;
};

// The widest single word: a box narrower than that would break a word in two.
Word longest_word(ImFont* font, float size, const std::string& text) {
    Word widest;
    size_t start = 0;
    while (start < text.size()) {
        size_t end = text.find_first_of(" \n", start);
        if (end == std::string::npos) end = text.size();
        const float w =
            font->CalcTextSizeA(size, unbounded, 0, text.c_str() + start, text.c_str() + end).x;
        if (w > widest.width) widest = {w, text.substr(start, end - start)};
        start = end + 1;
    }
    return widest;
}

float longest_word_width(ImFont* font, float size, const std::string& text) {
    return longest_word(font, size, text).width;
}

}  // namespace

float ease_in_out(float t) {
    t = std::clamp(t, 0.f, 1.f);
    return t * t * (3 - 2 * t);
}

float ease_out(float t) {
    t = std::clamp(t, 0.f, 1.f);
    return 1 - (1 - t) * (1 - t) * (1 - t);
}

float progress(double now, double since, double seconds) {
    if (seconds <= 0) return 1;
    return static_cast<float>(std::clamp((now - since) / seconds, 0.0, 1.0));
}

void Canvas::redraw_at(double t, const std::optional<Rect>& area) {
    if (t > redraw_at_) return;
    if (t < redraw_at_) {
        redraw_at_ = t;
        redraw_area_ = area;
    } else if (redraw_area_ && area) {  // two changes at the same moment: the box around both
        redraw_area_ = bounding(*redraw_area_, *area);
    } else {
        redraw_area_.reset();
    }
}

void Canvas::animate_until(double t, const std::optional<Rect>& area) {
    if (t <= now_) return;
    animating_until_ = std::max(animating_until_, t);
    if (!area)
        animating_whole_ = true;
    else
        animating_area_ = animating_area_ ? bounding(*animating_area_, *area) : *area;
}

void Canvas::fill_screen(ImU32 colour) {
    const bool opaque = (colour >> IM_COL32_A_SHIFT & 0xFF) == 0xFF;
    if (draw_->VtxBuffer.Size == 0 && opaque)
        screen_colour_ = colour;
    else
        fill({0, 0, style_.width, style_.height}, colour);
}

void Canvas::fill(const Rect& r, ImU32 colour, float radius) {
    draw_->AddRectFilled(tl(r), br(r), colour, radius);
}

void Canvas::outline(const Rect& r, ImU32 colour, float radius, float thickness) {
    float h = thickness / 2;
    draw_->AddRect({r.x + h, r.y + h}, {r.x + r.w - h, r.y + r.h - h}, colour, radius, 0,
                   thickness);
}

void Canvas::card(const Rect& r, ImU32 colour, float alpha) {
    // A soft shadow: a few widening, fading layers below the card.
    const float step = style_.shadow_step;
    for (int i = shadow_layers; i >= 1; --i) {
        float grow = step * static_cast<float>(i);
        Rect s{r.x - grow * shadow_spread, r.y + grow * shadow_drop, r.w + grow,
               r.h + grow * shadow_stretch};
        fill(s, with_alpha(style_.colour.shadow, alpha * shadow_alpha / static_cast<float>(i)),
             style_.radius + grow);
    }
    fill(r, with_alpha(colour, alpha), style_.radius);
}

void Canvas::circle(ImVec2 centre, float radius, ImU32 colour) {
    draw_->AddCircleFilled(centre, radius, colour, 48);
}

float Canvas::text_height(ImFont* font, float size, float wrap, const std::string& text) {
    if (text.empty()) return 0;
    return font->CalcTextSizeA(size, unbounded, wrap, text.c_str(), text.c_str() + text.size()).y;
}

float Canvas::text_width(ImFont* font, float size, const std::string& text) {
    return font->CalcTextSizeA(size, unbounded, 0, text.c_str(), text.c_str() + text.size()).x;
}

float Canvas::fitting_size(ImFont* font, float size, float min_size, const Rect& box,
                           const std::string& text) {
    while (size > min_size && (text_height(font, size, box.w, text) > box.h + fit_tolerance ||
                               longest_word_width(font, size, text) > box.w))
        size = std::max(min_size, size - 1);
    return size;
}

float Canvas::fit_text(ImFont* font, float size, float min_size, const Rect& box,
                       const std::string& text) {
    size = fitting_size(font, size, min_size, box, text);
    if (!misfits_ || text.empty()) return size;
    const float line = size;  // Dear ImGui's line height is the font's size
    const int needed = static_cast<int>(std::lround(text_height(font, size, box.w, text) / line));
    const int room = static_cast<int>(std::floor((box.h + fit_tolerance) / line));
    const Word widest = longest_word(font, size, text);
    if (needed > room || widest.width > box.w + fit_tolerance)
        misfits_->push_back({.texts = {text},
                             .measure = FitMeasure::lines,
                             .needed = needed,
                             .room = room,
                             .cut_word = widest.width > box.w + fit_tolerance ? widest.text : ""});
    return size;
}

void Canvas::note_block(std::vector<std::string> texts, float needed, float room) {
    if (!misfits_ || needed <= room + fit_tolerance) return;
    misfits_->push_back({.texts = std::move(texts),
                         .measure = FitMeasure::pixels,
                         .needed = static_cast<int>(std::ceil(needed)),
                         .room = static_cast<int>(std::floor(room)),
                         .cut_word = {}});
}

void Canvas::note_text(TextRole role, float size, const Rect& box, ImU32 colour,
                       std::string words) {
    const ImVec4 c = ImGui::ColorConvertU32ToFloat4(colour);
    auto byte = [](float v) { return static_cast<std::uint32_t>(std::lround(v * 255.f)) & 0xFFu; };
    drawn_.texts.push_back({.role = role,
                            .size = size,
                            .box = box,
                            .colour = byte(c.x) << 16 | byte(c.y) << 8 | byte(c.z),
                            .opacity = c.w,
                            .words = std::move(words)});
}

float Canvas::text(TextRole role, ImFont* font, float size, float min_size, const Rect& box,
                   ImU32 colour, const std::string& text, Align align) {
    if (text.empty()) return 0;
    size = box.h >= open_height ? fitting_size(font, size, min_size, box, text)
                                : fit_text(font, size, min_size, box, text);
    if (align == Align::left) {
        draw_->AddText(font, size, tl(box), colour, text.c_str(), text.c_str() + text.size(),
                       box.w);
        const float h = text_height(font, size, box.w, text);
        note_text(role, size, {box.x, box.y, box.w, h}, colour, text);
        return h;
    }
    // Centred: line by line, as Dear ImGui wraps it.
    const char* start = text.c_str();
    const char* end = start + text.size();
    float y = box.y;
    const float scale = size / font->FontSize;
    while (start < end) {
        const char* line_end = font->CalcWordWrapPositionA(scale, start, end, box.w);
        if (line_end == start) line_end = start + 1;
        const char* visible_end = line_end;
        while (visible_end > start && (visible_end[-1] == ' ' || visible_end[-1] == '\n'))
            --visible_end;
        float w = font->CalcTextSizeA(size, unbounded, 0, start, visible_end).x;
        draw_->AddText(font, size, {std::round(box.x + (box.w - w) / 2), y}, colour, start,
                       visible_end);
        y += size;  // one line
        start = line_end;
        while (start < end && (*start == ' ' || *start == '\n')) ++start;
    }
    note_text(role, size, {box.x, box.y, box.w, y - box.y}, colour, text);
    return y - box.y;
}

float Canvas::open_overlay(float appear, double appear_ends, float dim) {
    const float t = ease_out(appear);
    if (t < 1) animate_until(appear_ends);
    cover_below();
    fill({0, 0, style_.width, style_.height}, with_alpha(style_.colour.text, dim * t));
    return t;
}

PictureState Canvas::picture_state(const std::string& image) const {
    if (image.empty()) return PictureState::ready;
    return pictures_.state(assets_ / path_from_utf8(image));
}

namespace {
Rect fitted(const Picture& p, const Rect& box) {
    const float scale =
        std::min(box.w / static_cast<float>(p.width), box.h / static_cast<float>(p.height));
    const float w = p.width * scale, h = p.height * scale;
    return {std::round(box.x + (box.w - w) / 2), std::round(box.y + (box.h - h) / 2), w, h};
}
}  // namespace

PictureState Canvas::picture(const std::string& image, const Rect& box, float alpha) {
    if (image.empty()) return PictureState::ready;
    const Picture* p = pictures_.get(assets_ / path_from_utf8(image), fit_for(box));
    if (!p) return picture_state(image);
    const Rect r = fitted(*p, box);
    int v = static_cast<int>(std::clamp(alpha, 0.f, 1.f) * 255.f + 0.5f);
    draw_->AddCallback(premultiplied_blend, nullptr);
    draw_->AddImage(p->id(), {r.x, r.y}, {r.x + r.w, r.y + r.h}, {0, 0}, {1, 1},
                    IM_COL32(v, v, v, v));
    draw_->AddCallback(ImDrawCallback_ResetRenderState, nullptr);
    drawn_.pictures.push_back({image, r});
    return PictureState::ready;
}

void Canvas::prefetch(const std::string& image, const Rect& box) {
    if (!image.empty()) pictures_.prefetch(assets_ / path_from_utf8(image), fit_for(box));
}

int Canvas::fit_for(const Rect& box) {
    return static_cast<int>(std::ceil(std::max(box.w, box.h)));
}

void Canvas::button(TouchTarget target, ButtonLook look, float alpha) {
    const Palette& p = style_.colour;
    const ButtonSizes& b = style_.button;
    Rect r = target.area;
    const bool down = pressed(r) && target.enabled;
    if (down) {  // pressed: a little smaller and darker, so the finger sees it took
        float inset = std::min(r.w, r.h) * b.press_inset;
        r = {r.x + inset, r.y + inset, r.w - 2 * inset, r.h - 2 * inset};
    }
    ImU32 text_colour = p.text;
    switch (look) {
        case ButtonLook::primary:
            text_colour = p.accent_text;
            card(r, down ? p.accent_pressed : p.accent, alpha);
            break;
        case ButtonLook::secondary:
            card(r, down ? p.surface_pressed : p.surface, alpha);
            break;
        case ButtonLook::quiet:
            fill(r, with_alpha(down ? p.background_pressed : p.surface, alpha * b.quiet_fill_alpha),
                 r.h / 2);
            outline(r, with_alpha(p.line, alpha * b.quiet_line_alpha), r.h / 2, style_.hairline);
            break;
        case ButtonLook::danger:
            text_colour = p.problem;
            card(r, down ? p.surface_problem_pressed : p.surface, alpha);
            outline(r, with_alpha(p.problem, alpha), style_.radius, b.danger_line);
            break;
        case ButtonLook::danger_filled:
            text_colour = p.on_problem;
            card(r, down ? p.problem_pressed : p.problem, alpha);
            break;
    }
    if (!target.enabled) text_colour = with_alpha(text_colour, b.disabled_alpha);
    draw_label(target.label, r, with_alpha(text_colour, alpha));
    add_target(std::move(target));
}

void Canvas::draw_label(const std::string& label, const Rect& r, ImU32 colour) {
    ImFont* font = style_.font.button;
    const float pad = r.h * style_.button.label_pad;
    Rect box{r.x + pad, r.y, r.w - 2 * pad, r.h};
    float s = fit_text(font, style_.size.button, style_.size.smallest,
                       {0, 0, box.w, r.h * style_.button.label_height}, label);
    float th = text_height(font, s, box.w, label);
    box.y = r.y + (r.h - th) / 2;
    box.h = th + 1;
    text(TextRole::label, font, s, s, box, colour, label, Align::centre);
}

}  // namespace kiosk::ui
