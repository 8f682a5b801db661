// The look, computed from the screen and the content's theme: colours, type sizes (a share of
// the screen's short side, as the design brief asks) and spacing.
#pragma once

#include <imgui.h>

#include <vector>

#include "core/content.hpp"
#include "platform/font_atlas.hpp"

namespace kiosk::ui {

struct Palette {
    ImU32 background, surface, text, muted_text, accent, accent_text, highlight, shadow, line;
};

struct TypeScale {
    ImFont* title = nullptr;    // slide and screen titles, about 6% of the short side
    ImFont* heading = nullptr;  // question text and card names
    ImFont* body = nullptr;     // about 3%
    ImFont* body_bold = nullptr;
    ImFont* small = nullptr;      // the smallest thing a shopper reads, 2.2%
    ImFont* button = nullptr;     // labels on buttons and tiles
    ImFont* countdown = nullptr;  // the big number on "Still there?"
};

struct Style {
    float width = 0, height = 0;
    float short_side = 0;
    bool portrait = false;
    float margin = 0;  // 5% of the short side around everything
    float gap = 0;     // the spacing step
    float radius = 0;  // card corners
    float touch = 0;   // the smallest touch target side
    Palette colour{};
    TypeScale font;
};

// The font sizes the style needs, in the order `make_style` expects them.
[[nodiscard]] std::vector<FontRequest> font_requests(float short_side);

[[nodiscard]] Style make_style(int width, int height, const Theme& theme,
                               const std::vector<ImFont*>& fonts);

[[nodiscard]] ImU32 to_u32(const Colour& c, float alpha = 1.f);
[[nodiscard]] ImU32 with_alpha(ImU32 colour, float alpha);
[[nodiscard]] ImU32 mix(ImU32 a, ImU32 b, float t);

}  // namespace kiosk::ui
