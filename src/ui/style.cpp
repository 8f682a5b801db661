#include "ui/style.hpp"

#include <algorithm>
#include <cmath>

#include "core/contrast.hpp"
#include "core/theme_contrast.hpp"
#include "ui/overlay_looks.hpp"

namespace kiosk::ui {
namespace {

// Type sizes, as shares of the short side.
constexpr float title_share = 0.060f;
constexpr float heading_share = 0.046f;
constexpr float body_share = 0.030f;
constexpr float small_share = 0.022f;
constexpr float button_share = 0.034f;
constexpr float countdown_share = 0.090f;
constexpr float smallest_share = 0.022f;  // the design brief's floor for anything read
constexpr float body_smallest_share = 0.027f;
constexpr float title_smallest_share = 0.050f;
constexpr float question_smallest_share = 0.050f;

// Spacing, as shares of the short side.
constexpr float margin_share = 0.05f;
constexpr float gap_share = 0.02f;
constexpr float radius_share = 0.022f;
constexpr float touch_share = 0.075f;  // about 9 mm on a 24" 1080p panel

float snap(float pixels) {
    return std::max(10.f, std::round(pixels));
}

TypeScale type_scale_of(const std::vector<ImFont*>& fonts) {
    return {.title = fonts.at(0),
            .heading = fonts.at(1),
            .body = fonts.at(2),
            .body_bold = fonts.at(3),
            .small = fonts.at(4),
            .button = fonts.at(5),
            .countdown = fonts.at(6)};
}

TypeSizes type_sizes_of(const TypeScale& f, float short_side, float text_scale) {
    auto size = [](const ImFont* font) { return font ? font->FontSize : 0.f; };
    return {.title = size(f.title),
            .heading = size(f.heading),
            .body = size(f.body),
            .body_bold = size(f.body_bold),
            .small = size(f.small),
            .button = size(f.button),
            .smallest = short_side * smallest_share * text_scale,
            .body_smallest = short_side * body_smallest_share * text_scale,
            .title_smallest = short_side * title_smallest_share * text_scale,
            .question_smallest = short_side * question_smallest_share * text_scale};
}

ButtonSizes button_sizes(const Style& s) {
    return {.height = std::round(s.short_side * 0.1f),
            .primary_min_w = s.short_side * 0.3f,
            .primary_pad = s.gap * 6,
            .press_inset = 0.03f,
            .label_pad = 0.25f,
            .label_height = 0.9f,
            .quiet_fill_alpha = 0.7f,
            .quiet_line_alpha = 1.6f,
            .disabled_alpha = 0.45f,
            .danger_line = std::max(2.f, s.short_side * 0.003f)};
}

ChromeLook chrome_look(const Style& s) {
    return {.logo_gap = s.gap * 0.6f,
            .language_pad = s.gap * 1.4f,
            .language_min_w = s.touch * 1.4f,
            .language_smallest = s.size.button * 0.7f,
            .current_outline = std::max(2.f, std::round(s.short_side * 0.003f))};
}

SlideLook slide_look(const Style& s) {
    return {.picture_gap = s.gap * 2,
            .words_only_w = s.short_side * 1.2f,
            .stacked_words_w = s.short_side * 1.3f,
            // Larger text: the picture above the words takes less, the words more.
            .stacked_picture = (s.portrait ? 0.52f : 0.5f) * (s.tight()     ? 0.6f
                                                              : s.crowded() ? 0.8f
                                                                            : 1.f),
            .side_picture = s.tight()     ? 0.36f
                            : s.crowded() ? 0.4f
                                          : 0.46f,  // room for words
            .least_scale = 0.55f,
            .after_title = 1.2f,
            .after_point = 0.6f,
            .rule_drop = 0.35f,
            .rule_length = s.short_side * 0.06f,
            .rule_thickness = s.stroke,
            .rule_radius = 2,
            .bullet = {.indent = 0.9f, .x = 0.3f, .y = 0.55f, .radius = 0.17f},
            .drag_follow = 0.35f,
            .rise = s.short_side * 0.02f,
            .words_rise = 0.5f};
}

AttractLook attract_look(const Style& s) {
    return {.start_h = std::round(s.short_side * 0.12f),
            .start_min_w = s.short_side * 0.42f,
            .start_label = s.size.heading,
            .arrow = std::round(s.size.heading * 0.75f),
            .arrow_gap = 0.45f,
            .arrow_width = std::max(2.f, std::round(s.size.heading * 0.09f)),
            .hint_h = std::round(s.size.body * 1.9f),
            .segment_space = std::max(4.f, s.gap * 0.4f),
            .shortest_segment = 3,
            .step_pixels = 2,
            .bar_above_start = s.gap * 1.5f,
            .bar_to_start = 3 * s.gap,
            .slide_top_gap = s.gap * 2,
            .slide_bottom_gap = s.portrait ? s.gap * 1.5f : s.gap * 2};
}

QuizLook quiz_look(const Style& s) {
    const float mark = std::round(s.short_side * 0.032f);
    return {.home_min_w = s.touch * 1.6f,
            .home_pad = s.gap * 3,
            .back_min_w = s.short_side * 0.22f,
            .back_pad = s.gap * 4,
            .progress_w = s.short_side * 0.5f,
            .column_w = std::min(s.inner_w, s.short_side * 1.55f),
            .question_top_gap = s.gap * 2.2f,
            .question_h = s.height * 0.2f,
            .hint_h = s.height * 0.08f,
            .tiles_top_gap = s.gap * 1.6f,
            .tiles_bottom_gap = s.gap * 1.5f,
            .tile_gap = s.gap * 1.1f,
            .tile_max_h = s.short_side * (s.portrait ? 0.24f : 0.2f),  // portrait: fill the height
            .tiles_centring = 0,
            .slide_in = 0.08f,
            .arriving_alpha = 0.25f,
            .tile_pad = 0.14f,
            .icon_share = 0.3f,
            .icon_inset = 0.12f,
            .icon_picture = 0.76f,
            .icon_gap = 0.8f,
            .initial_share = 0.5f,
            .full_alpha = 0.6f,
            .chosen_outline = std::max(2.f, s.short_side * 0.005f),
            .mark = mark,
            .mark_inset = 0.6f,
            .tick = 0.22f,
            .tick_width = std::max(2.f, mark * 0.12f),
            .ring_width = std::max(2.f, mark * 0.08f),
            .box_alpha = 0.55f,
            .box_radius = 0.22f};
}

CardLook card_look(const Style& s) {
    return {.pad = std::round(s.gap * 1.2f),
            .side_picture = 0.34f,
            .top_picture = s.tight()     ? 0.24f
                           : s.crowded() ? 0.30f
                                         : 0.36f,  // room for words
            .top_pad = 0.6f,
            .name = s.size.heading * 0.8f,
            .body = s.size.body * 0.9f,
            .para = s.gap * 0.5f,
            .after_summary = 1.6f,
            .after_why_title = 0.6f,
            .after_why = 0.4f,
            .least_scale = 0.5f,
            .bullet = {.indent = 0.9f, .x = 0.3f, .y = 0.55f, .radius = 0.16f},
            .mark_h = std::round(s.size.smallest * 1.7f),
            .mark_pad = std::round(s.size.smallest * 0.7f),
            .summary = !s.crowded()};
}

TipLook tip_look(const Style& s) {
    const float pad = s.gap * 0.9f;
    return {.pad = pad,
            .text_x = pad * 1.2f,
            .text_sides = pad * 2.2f,
            .heading_h = s.size.body_bold * 1.5f,
            .after_heading = s.gap * 0.6f,
            .title = s.size.body_bold * 0.85f,
            .body = s.size.body,
            .after_title = s.gap * 0.4f,
            .between = s.gap * 0.8f,
            .least_scale = 0.6f,
            .stripe = std::max(3.f, s.short_side * 0.006f),
            .stripe_radius = 2};
}

ResultsLook results_look(const Style& s) {
    const float space = s.gap * 1.5f;  // between the parts of the results
    const bool larger = s.crowded();
    return {.top = s.margin * 0.8f,
            .title_h = s.size.title * 2.2f,
            .intro_gap = s.gap * 0.3f,
            .intro_h = s.size.body * 2.2f,
            .below_intro = space,
            .done_min_w = s.short_side * 0.22f,
            .done_pad = s.gap * 4,
            .card_gap = space,
            .tips_gap = space,
            .disclaimer_gap = s.gap * 2,
            .above_bottom = space,
            .rise = 0.04f,
            .side_column = 0.30f,
            .column_gap = s.gap * 2,
            .tips_share = 0.34f,
            .card_max_h = s.short_side * 0.42f,
            .code_share = 0.42f,
            .cards_in_rows = (s.width / s.height) < 1.5f && !s.crowded(),
            .code_beside_title = larger,
            .two_pages = larger,
            .top_code_share = s.portrait || s.narrow() ? 0.44f : 0.30f,
            .code_with_tips = larger && s.narrow()};
}

OverlayLook overlay_look(const Style& s) {
    const float ring = s.short_side * 0.11f;
    // The screen below stays recognisable: more of the text colour over the cream turns both
    // into a muddy grey-khaki (0.55 did), as the cream's warmth and the text's green cancel.
    return {.dim = 0.34f,
            .w = std::min(s.inner_w, s.short_side * 0.8f),
            .pad = s.gap * 2.5f,
            .ring = ring,
            .ring_thickness = std::max(4.f, ring * 0.14f),
            .ring_track_alpha = 1.5f,
            .button_h = std::round(s.short_side * 0.11f),
            .countdown_gap = s.gap * 1.2f,
            .returning_h = s.size.small * 1.5f,
            .rise = s.gap * 2};
}

StaffLook staff_look(const Style& s) {
    const float key = std::round(s.short_side * 0.11f);
    return {.key = key,
            .prompt_smallest = s.short_side * 0.025f,
            .prompt_line = s.size.heading * 1.4f,
            .field_h = key * 0.7f,
            .dot = key * 0.11f,
            .slot_pitch = key * 0.36f,
            .slot_ring = std::max(2.f, key * 0.025f),
            .slot_ring_alpha = 0.4f,
            .cancel_h = key * 0.8f,
            .button_w = std::round(std::min(s.width * 0.3f, s.short_side * 0.45f)),
            .line_gap = s.gap * 0.4f,
            .actions_top = s.size.title * 1.6f,
            .exit_question_h = s.size.body_bold * 1.5f,
            .exit_apart = s.button.height + s.size.body_bold * 1.5f + s.gap * 5};
}

PreviewLook preview_look(const Style& s) {
    PreviewLook k;
    k.line = s.size.small;
    k.line_h = std::round(s.size.small * 1.25f);
    // The banner is as low as it can be: the words of the buttons along the bottom stay clear.
    k.banner_pad = std::round(s.gap * 0.5f);
    k.banner_h = k.banner_pad * 2 + k.line_h * 2;
    k.mark = std::round(k.line_h * 0.7f);
    k.open_h = std::round(k.line_h * 1.45f);
    k.chip_h = std::round(s.size.small * 1.6f);
    k.chip_text = s.size.small;
    k.chip_dot = std::round(s.size.small * 0.22f);
    k.chip_pad = std::round(s.gap * 0.8f);
    k.list_w = std::min(s.inner_w, s.short_side * 1.5f);
    k.list_h = s.height - 2 * s.margin;
    k.list_pad = std::round(s.gap * 1.5f);
    k.button_h = std::round(s.touch * 0.8f);
    k.button_w = std::round(s.short_side * 0.2f);
    k.head_h = s.size.heading * 0.8f + s.gap * 1.5f + k.line_h * 3;
    k.row_h = std::round(k.line_h * 3 + s.gap);
    k.kind_w = std::round(s.size.small * 5.2f);
    k.kind_h = k.line_h;
    k.foot_h = k.button_h + s.gap + k.line_h;
    const float rows_h = k.list_h - 2 * k.list_pad - k.head_h - k.foot_h - s.gap;
    k.rows = std::max(1, static_cast<int>(rows_h / k.row_h));
    k.dim = 0.55f;
    return k;
}

// How much less room words have than on a whole reference screen with the usual text: less
// where the short side is shorter than the type is sized for (`type_side`), and where the
// shape is less elongated than the layouts are drawn for (portrait 9:16, landscape 16:10).
float room_of(float width, float height, bool portrait, float type_side) {
    const float short_side = std::max(1.f, std::min(width, height));
    const float shape = portrait ? height / width / 1.75f : width / std::max(1.f, height) / 1.6f;
    return short_side / type_side * std::min(1.f, shape);
}

}  // namespace

std::vector<FontRequest> font_requests(float short_side, float text_scale) {
    const float s = short_side * text_scale;
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

Style make_style(int width, int height, const Theme& theme, const std::vector<ImFont*>& fonts,
                 bool high_contrast, float text_scale, float size_side) {
    Style s;
    s.width = static_cast<float>(width);
    s.height = static_cast<float>(height);
    // Every size from the window's short side, also in the reach mode's band.
    s.short_side = size_side > 0 ? size_side : std::max(1.f, std::min(s.width, s.height));
    s.portrait = height > width * 1.25f;  // a band near square (the reach mode): landscape looks
    s.room = room_of(s.width, s.height, s.portrait, s.short_side * text_scale);
    s.high_contrast = high_contrast;
    s.text_scale = text_scale;
    s.margin = std::round(margin_share * s.short_side);
    s.inner_w = s.width - 2 * s.margin;
    s.top = s.margin * 0.7f;
    s.gap = std::round(gap_share * s.short_side);
    s.radius = std::round(radius_share * s.short_side);
    s.touch = std::ceil(touch_share * s.short_side);
    s.hairline = std::max(1.f, s.short_side * 0.002f);
    s.stroke = std::max(2.f, s.short_side * 0.004f);
    s.bar = std::max(4.f, std::round(s.short_side * 0.008f));
    s.shadow_step = std::max(1.f, s.short_side * 0.003f);
    s.shrink_step = 0.05f;
    s.colour = high_contrast ? palette_of(kiosk::high_contrast(theme), strong_contrast)
                             : palette_of(theme, readable_contrast);
    s.font = type_scale_of(fonts);
    s.size = type_sizes_of(s.font, s.short_side, text_scale);
    s.button = button_sizes(s);
    s.chrome = chrome_look(s);
    s.slide = slide_look(s);
    s.attract = attract_look(s);
    s.quiz = quiz_look(s);
    s.card = card_look(s);
    s.tip = tip_look(s);
    s.results = results_look(s);
    s.overlay = overlay_look(s);
    s.aids = aids_look(s);
    s.staff = staff_look(s);
    s.takeaway = {
        .code_share = 0.45f, .code_max = s.short_side * 0.18f, .caption = s.size.body * 0.9f};
    s.preview = preview_look(s);
    s.sheet = sheet_look(s);
    s.finger = {.size = s.short_side * 0.035f,
                .start = 1.8f,
                .shrink = 0.8f,
                .fill = 0.04f,
                .fill_gain = 0.08f,
                .ring = std::max(2.f, s.short_side * 0.004f),
                .ring_alpha = 0.95f};
    return s;
}

}  // namespace kiosk::ui
