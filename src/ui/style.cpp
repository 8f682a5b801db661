#include "ui/style.hpp"

#include <algorithm>
#include <cmath>

namespace kiosk::ui {
namespace {

// Shares of the short side.
constexpr float title_share = 0.060f;
constexpr float heading_share = 0.046f;
constexpr float body_share = 0.030f;
constexpr float small_share = 0.022f;
constexpr float button_share = 0.034f;
constexpr float countdown_share = 0.090f;

float snap(float pixels) {
    return std::max(10.f, std::round(pixels));
}

}  // namespace

std::vector<FontRequest> font_requests(float s) {
    return {{snap(title_share * s), true},          {snap(heading_share * s), true},
            {snap(body_share * s), false},          {snap(body_share * s), true},
            {snap(small_share * s), false},         {snap(button_share * s), true},
            {snap(countdown_share * s), true, true}};
}

ImU32 to_u32(const Colour& c, float alpha) {
    return ImGui::ColorConvertFloat4ToU32(ImVec4(c.r, c.g, c.b, c.a * alpha));
}

ImU32 with_alpha(ImU32 colour, float alpha) {
    ImVec4 v = ImGui::ColorConvertU32ToFloat4(colour);
    v.w *= std::clamp(alpha, 0.f, 1.f);
    return ImGui::ColorConvertFloat4ToU32(v);
}

ImU32 mix(ImU32 a, ImU32 b, float t) {
    ImVec4 x = ImGui::ColorConvertU32ToFloat4(a), y = ImGui::ColorConvertU32ToFloat4(b);
    return ImGui::ColorConvertFloat4ToU32(ImVec4(x.x + (y.x - x.x) * t, x.y + (y.y - x.y) * t,
                                                 x.z + (y.z - x.z) * t, x.w + (y.w - x.w) * t));
}

Style make_style(int width, int height, const Theme& theme, const std::vector<ImFont*>& fonts) {
    Style s;
    s.width = static_cast<float>(width);
    s.height = static_cast<float>(height);
    s.short_side = std::max(1.f, std::min(s.width, s.height));
    s.portrait = height > width;
    s.margin = std::round(0.05f * s.short_side);
    s.gap = std::round(0.02f * s.short_side);
    s.radius = std::round(0.022f * s.short_side);
    s.touch = std::ceil(0.075f * s.short_side);

    Palette& p = s.colour;
    p.background = to_u32(theme.background);
    p.surface = to_u32(theme.surface);
    p.text = to_u32(theme.text);
    p.muted_text = mix(p.text, p.background, 0.32f);
    p.accent = to_u32(theme.accent);
    p.accent_text = to_u32(theme.accent_text);
    p.highlight = to_u32(theme.highlight);
    p.shadow = with_alpha(p.text, 0.10f);
    p.line = with_alpha(p.text, 0.12f);

    TypeScale& f = s.font;
    f.title = fonts.at(0);
    f.heading = fonts.at(1);
    f.body = fonts.at(2);
    f.body_bold = fonts.at(3);
    f.small = fonts.at(4);
    f.button = fonts.at(5);
    f.countdown = fonts.at(6);
    return s;
}

}  // namespace kiosk::ui
