// The colours the screens draw with, mixed once from the shop's theme: quieter text, lines and
// shadows, the pressed and chosen states, and words darkened just enough to read (4.5:1).
#include <algorithm>

#include "core/contrast.hpp"
#include "ui/style.hpp"

namespace kiosk::ui {
namespace {

// Colours mixed from the theme's.
constexpr float muted_text_mix = 0.32f;  // text towards the background
constexpr float shadow_alpha = 0.10f;
constexpr float line_alpha = 0.12f;
constexpr float track_alpha = 0.2f;
constexpr ImU32 amber = IM_COL32(0xEE, 0xB1, 0x3F, 0xFF);     // the preview's warnings
constexpr ImU32 deep_red = IM_COL32(0x8C, 0x2F, 0x1C, 0xFF);  // its errors, with the highlight

Colour to_colour(ImU32 c) {
    const ImVec4 v = ImGui::ColorConvertU32ToFloat4(c);
    return {v.x, v.y, v.z, v.w};
}

}  // namespace

Palette palette_of(const Theme& theme, double text_contrast) {
    Palette p;
    p.background = to_u32(theme.background);
    p.surface = to_u32(theme.surface);
    p.text = to_u32(theme.text);
    // Quieter words, towards the background, yet readable on it and on a card (4.5:1).
    const Colour muted =
        readable_on(readable_on(to_colour(mix(p.text, p.background, muted_text_mix)),
                                theme.background, text_contrast),
                    theme.surface, text_contrast);
    p.muted_text = to_u32(muted);
    p.highlight_text =
        to_u32(readable_on(readable_on(theme.highlight, theme.surface, text_contrast),
                           theme.background, text_contrast));
    p.accent = to_u32(theme.accent);
    p.accent_text = to_u32(theme.accent_text);
    p.highlight = to_u32(theme.highlight);
    p.shadow = with_alpha(p.text, shadow_alpha);
    p.line = with_alpha(p.text, line_alpha);
    p.track = with_alpha(p.text, track_alpha);
    p.accent_pressed = mix(p.accent, p.text, 0.3f);
    p.surface_pressed = mix(p.surface, p.accent, 0.15f);
    p.background_pressed = mix(p.background, p.accent, 0.15f);
    p.tile_chosen = mix(p.surface, p.highlight, 0.14f);  // a warm blush, outlined in the accent
    p.tile_pressed = mix(p.surface, p.accent, 0.12f);
    p.tile_chosen_pressed = mix(p.tile_chosen, p.accent, 0.12f);
    p.tip = mix(p.background, p.highlight, 0.16f);
    // A picture drawn in place of a broken one: the product in soft accent tints with a
    // highlight label, on a pale disc of the accent that tells it apart from a real picture.
    p.placeholder = mix(p.background, p.accent, 0.10f);
    p.placeholder_shape = mix(p.background, p.accent, 0.45f);
    p.placeholder_detail = mix(p.background, p.highlight, 0.75f);
    // The preview: the highlight deepened towards a brick red, so that white words read on it;
    // warnings in an amber leaning to the highlight, with the text colour on it.
    p.problem = mix(p.highlight, deep_red, 0.45f);
    p.on_problem = p.surface;
    p.caution = mix(amber, p.highlight, 0.15f);
    p.on_caution = p.text;
    p.surface_problem_pressed = mix(p.surface, p.problem, 0.15f);
    p.problem_pressed = mix(p.problem, p.text, 0.3f);
    return p;
}

}  // namespace kiosk::ui
