#include "ui/staff_screen.hpp"

#include <algorithm>
#include <cmath>

namespace kiosk::ui {
namespace {

constexpr float dot_pitch = 3;  // the typed digits' dots: one every three dot radii

void draw_keypad(Canvas& c, const StaffView& v) {
    const Style& s = c.style();
    const Palette& p = s.colour;
    const StaffLook& k = s.staff;
    const float key = k.key;
    const float gap = s.gap;
    const float w = key * 3 + gap * 2;
    const float x0 = (s.width - w) / 2;
    const float h = k.prompt_line + s.gap * 2 + k.dots_h + s.gap + (key + gap) * 5;
    float y = std::max(s.margin, (s.height - h) / 2);

    std::string prompt = "Staff PIN";
    if (v.locked_seconds > 0)
        prompt = "Too many wrong PINs: wait " + std::to_string(v.locked_seconds) + " s";
    else if (v.wrong)
        prompt = "Wrong PIN, try again";
    y +=
        c.text(TextRole::staff, s.font.heading, s.size.heading, k.prompt_smallest,
               {s.margin, y, s.inner_w, open_height},
               v.wrong || v.locked_seconds > 0 ? p.highlight_text : p.text, prompt, Align::centre) +
        s.gap;
    // The digits typed, as dots, one every `dot_pitch` dot radii.
    const float dot = k.dot;
    const float dots_w = static_cast<float>(v.entered) * dot * dot_pitch;
    for (size_t i = 0; i < v.entered; ++i)
        c.circle(
            {(s.width - dots_w) / 2 + dot * dot_pitch / 2 + static_cast<float>(i) * dot * dot_pitch,
             y + k.dots_h / 2},
            dot, p.text);
    c.fill({x0, y + k.dots_h - 2, w, 2}, p.line);
    y += k.dots_h + s.gap;

    const char* labels[12] = {"1", "2", "3", "4", "5", "6", "7", "8", "9", "Erase", "0", "OK"};
    for (int i = 0; i < 12; ++i) {
        Rect r{x0 + static_cast<float>(i % 3) * (key + gap),
               y + static_cast<float>(i / 3) * (key + gap), key, key};
        const StaffAction action = i == 9    ? StaffAction{staff::Erase{}}
                                   : i == 11 ? StaffAction{staff::SubmitPin{}}
                                             : StaffAction{staff::Digit{labels[i][0]}};
        c.button(
            {.action = action, .label = labels[i], .area = r, .enabled = v.locked_seconds == 0},
            i == 11 ? ButtonLook::primary : ButtonLook::secondary);
    }
    y += (key + gap) * 4;
    c.button({.action = staff::Cancel{}, .label = "Cancel", .area = {x0, y, w, k.cancel_h}},
             ButtonLook::quiet);
}

void draw_menu(Canvas& c, const StaffView& v) {
    const Style& s = c.style();
    const Palette& p = s.colour;
    const float min = s.size.smallest;
    float y = s.margin;
    y += c.text(TextRole::staff, s.font.title, s.size.title, min,
                {s.margin, y, s.inner_w, open_height}, p.text, "Staff menu") +
         s.gap;

    const float button_w = s.staff.button_w;
    const float column = s.portrait ? s.inner_w : s.width - 3 * s.margin - button_w;
    const float small = s.size.small, body = s.size.body;
    auto line = [&](ImFont* font, float size, const std::string& text, ImU32 colour) {
        y += c.text(TextRole::staff, font, size, min, {s.margin, y, column, open_height}, colour,
                    text) +
             s.staff.line_gap;
    };
    line(s.font.body_bold, body, "Content", p.text);
    line(s.font.body, body, v.content_folder, p.muted_text);
    line(s.font.body, body, v.last_check, p.text);
    const size_t shown = std::min<size_t>(v.diagnostics.size(), 8);
    for (size_t i = 0; i < shown; ++i) line(s.font.small, small, v.diagnostics[i], p.text);
    if (v.diagnostics.size() > shown)
        line(s.font.small, small,
             "… and " + std::to_string(v.diagnostics.size() - shown) + " more in the log",
             p.muted_text);
    y += s.gap;
    line(s.font.body_bold, body, "Today", p.text);
    for (const auto& [label, value] : v.figures)
        line(s.font.body, body, label + ": " + value, p.text);
    y += s.gap;
    line(s.font.small, small, "probiotic-kiosk " + v.version, p.muted_text);

    // The actions, in a column on the right (below everything on a portrait screen).
    const float bh = s.button.height;
    float bx = s.portrait ? s.margin : s.width - s.margin - button_w;
    float by = s.portrait ? std::max(y + s.gap, s.height - s.margin - (bh + s.gap) * 4)
                          : s.margin + s.staff.actions_top;
    const float bw = s.portrait ? s.inner_w : button_w;
    const std::pair<StaffAction, const char*> actions[] = {
        {staff::CheckContent{}, "Check content now"},
        {staff::Screenshot{}, "Save a screenshot"},
        {staff::Close{}, "Back to the kiosk"},
        {staff::ExitKiosk{}, "Exit the kiosk"}};
    for (const auto& [action, label] : actions) {
        const bool back = std::holds_alternative<staff::Close>(action);
        c.button({.action = action, .label = label, .area = {bx, by, bw, bh}},
                 back ? ButtonLook::primary : ButtonLook::secondary);
        by += bh + s.gap;
    }
}

}  // namespace

void draw_staff_screen(Canvas& c, const StaffView& v) {
    if (v.stage == StaffStage::closed) return;
    const Style& s = c.style();
    c.cover_below();  // the kiosk below takes no taps while staff work
    c.fill_screen(s.colour.background);
    if (v.stage == StaffStage::pin)
        draw_keypad(c, v);
    else
        draw_menu(c, v);
}

}  // namespace kiosk::ui
