// The preview's banner along the bottom of the screen and its "Content OK" chip.
#include <cmath>

#include "ui/preview_screen.hpp"

namespace kiosk::ui {
namespace {

constexpr float pressed_darker = 0.12f;  // the banner under a finger: this much towards the text
constexpr int shadow_rows = 3;           // the soft edge above the banner, in shadow steps

// The round mark at the banner's left: a disc in the words' colour with "!" in the banner's.
void draw_mark(Canvas& c, ImVec2 centre, ImU32 disc, ImU32 ink) {
    const Style& s = c.style();
    const float r = s.preview.mark;
    c.circle(centre, r, disc);
    const float size = std::round(r * 1.3f);
    c.text(TextRole::staff, s.font.body_bold, size, size,
           {centre.x - r, centre.y - size / 2, 2 * r, size}, ink, "!", Align::centre);
}

// "Show all" at the right of `banner` (its part inside the margins), outlined in the words'
// colour; returns its area.
Rect draw_open(Canvas& c, const Rect& banner, const std::string& label, ImU32 ink) {
    const Style& s = c.style();
    const PreviewLook& k = s.preview;
    const float w = Canvas::text_width(s.font.body_bold, k.line, label) + k.banner_pad * 2.4f;
    const Rect r{banner.x + banner.w - w, banner.y + (banner.h - k.open_h) / 2, w, k.open_h};
    c.outline(r, ink, r.h / 2, std::max(1.5f, s.hairline * 1.5f));
    c.text(TextRole::staff, s.font.body_bold, k.line, k.line,
           {r.x, r.y + (r.h - k.line) / 2, r.w, k.line}, ink, label, Align::centre);
    return r;
}

}  // namespace

void draw_preview_banner(Canvas& c, const PreviewView& v) {
    const Style& s = c.style();
    const PreviewLook& k = s.preview;
    const Palette& p = s.colour;
    const bool errors = v.tone == PreviewTone::errors;
    const ImU32 ink = errors ? p.on_problem : p.on_caution;
    const Rect r{0, s.height - k.banner_h, s.width, k.banner_h};
    const ImU32 fill = errors ? p.problem : p.caution;
    for (int i = 1; i <= shadow_rows; ++i)  // a soft edge above it, fading upwards
        c.fill({r.x, r.y - s.shadow_step * static_cast<float>(i), r.w, s.shadow_step},
               with_alpha(p.shadow, 1.f / static_cast<float>(i)));
    c.fill(r, c.pressed(r) ? mix(fill, p.text, pressed_darker) : fill);

    const Rect inside{s.margin, r.y, s.inner_w, r.h};
    const ImVec2 mark{inside.x + k.mark, r.y + r.h / 2};
    draw_mark(c, mark, ink, fill);
    const Rect open = draw_open(c, inside, v.open, ink);
    const float x = mark.x + k.mark + k.banner_pad * 1.5f;
    const float w = open.x - k.banner_pad * 2 - x;
    const float top = r.y + k.banner_pad + (k.line_h - k.line) / 2;
    ImFont* bold = s.font.body_bold;
    c.text(TextRole::staff, bold, k.line, k.line, {x, top, w, k.line_h}, ink,
           one_line(bold, k.line, w, v.headline));
    const float more_w = v.more.empty() ? 0 : Canvas::text_width(bold, k.line, v.more) + s.gap;
    const std::string first = one_line(s.font.small, k.line, w - more_w, v.first);
    c.text(TextRole::staff, s.font.small, k.line, k.line, {x, top + k.line_h, w - more_w, k.line_h},
           ink, first);
    if (!v.more.empty())
        c.text(TextRole::staff, bold, k.line, k.line,
               {x + Canvas::text_width(s.font.small, k.line, first) + s.gap, top + k.line_h, more_w,
                k.line_h},
               ink, v.more);
    c.add_target({.action = preview::OpenList{}, .label = v.open, .area = r});
}

void draw_preview_chip(Canvas& c, const PreviewView& v) {
    const Style& s = c.style();
    const PreviewLook& k = s.preview;
    const Palette& p = s.colour;
    const float tw = Canvas::text_width(s.font.small, k.chip_text, v.chip);
    const float w = k.chip_pad * 2 + k.chip_dot * 2 + k.chip_pad * 0.6f + tw;
    const Rect r{std::round((s.width - w) / 2), std::round(s.height - (s.margin + k.chip_h) / 2),
                 std::round(w), k.chip_h};
    c.fill(r, c.pressed(r) ? p.surface_pressed : p.surface, r.h / 2);
    c.outline(r, p.line, r.h / 2, s.hairline);
    c.circle({r.x + k.chip_pad + k.chip_dot, r.y + r.h / 2}, k.chip_dot, p.accent);
    c.text(TextRole::staff, s.font.small, k.chip_text, k.chip_text,
           {r.x + k.chip_pad + k.chip_dot * 2 + k.chip_pad * 0.6f, r.y + (r.h - k.chip_text) / 2,
            tw + 1, k.chip_text},
           p.muted_text, v.chip);
    c.add_target({.action = preview::OpenList{}, .label = v.chip, .area = r});
}

}  // namespace kiosk::ui
