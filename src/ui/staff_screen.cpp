#include "ui/staff_screen.hpp"

#include <algorithm>
#include <cmath>

namespace kiosk::ui {
namespace {

// The PIN field: a slot for each digit, a ring until the digit is typed, then a dot.
void draw_pin_field(Canvas& c, const StaffView& v, const Rect& field) {
    const Style& s = c.style();
    const Palette& p = s.colour;
    const StaffLook& k = s.staff;
    c.fill(field, p.surface, s.radius);
    c.outline(field, with_alpha(p.line, s.button.quiet_line_alpha), s.radius, s.hairline);
    const float first = field.x + (field.w - (static_cast<float>(v.slots) - 1) * k.slot_pitch) / 2;
    const ImU32 ring = with_alpha(p.text, k.slot_ring_alpha);
    for (size_t i = 0; i < v.slots; ++i) {
        const ImVec2 centre{first + static_cast<float>(i) * k.slot_pitch, field.y + field.h / 2};
        if (i < v.entered)
            c.circle(centre, k.dot, p.text);
        else
            c.draw()->AddCircle(centre, k.dot - k.slot_ring / 2, ring, 48, k.slot_ring);
    }
}

void draw_keypad(Canvas& c, const StaffView& v) {
    const Style& s = c.style();
    const Palette& p = s.colour;
    const StaffLook& k = s.staff;
    const float key = k.key;
    const float gap = s.gap;
    const float w = key * 3 + gap * 2;
    const float x0 = (s.width - w) / 2;
    const float h = k.prompt_line + s.gap * 2 + k.field_h + s.gap + (key + gap) * 5;
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
    draw_pin_field(c, v, {x0, y, w, k.field_h});
    y += k.field_h + s.gap;

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

// Exit, in `area`: outlined in terracotta; once tapped, the question above it, "Exit now"
// below the question and Cancel in Exit's place, where a second tap of the same finger lands.
void draw_exit(Canvas& c, const StaffView& v, const Rect& area) {
    const Style& s = c.style();
    if (!v.exit_asked) {
        c.button({.action = staff::ExitKiosk{}, .label = "Exit the kiosk", .area = area},
                 ButtonLook::danger);
        return;
    }
    const StaffLook& k = s.staff;
    const Rect confirm{area.x, area.y - area.h - s.gap, area.w, area.h};
    const Rect question{area.x, confirm.y - s.gap - k.exit_question_h, area.w, k.exit_question_h};
    c.text(TextRole::staff, s.font.body_bold, s.size.body_bold, s.size.smallest, question,
           s.colour.problem, "Exit the kiosk?", Align::centre);
    c.button({.action = staff::ConfirmExit{}, .label = "Exit now", .area = confirm},
             ButtonLook::danger_filled);
    c.button({.action = staff::KeepRunning{}, .label = "Cancel", .area = area},
             ButtonLook::secondary);
}

// The actions in a column on the right (below everything on a portrait screen), Exit apart at
// the bottom.
void draw_actions(Canvas& c, const StaffView& v, float text_end) {
    const Style& s = c.style();
    const float bh = s.button.height;
    const float bw = s.portrait ? s.inner_w : s.staff.button_w;
    const float bx = s.portrait ? s.margin : s.width - s.margin - bw;
    const float exit_y = s.height - s.margin - bh;
    float by = s.portrait
                   ? std::max(text_end + s.gap, exit_y - s.staff.exit_apart - bh * 3 - s.gap * 2)
                   : s.margin + s.staff.actions_top;
    const std::pair<StaffAction, const char*> actions[] = {
        {staff::CheckContent{}, "Check content now"},
        {staff::Screenshot{}, "Save a screenshot"},
        {staff::Close{}, "Back to the kiosk"}};
    for (const auto& [action, label] : actions) {
        const bool back = std::holds_alternative<staff::Close>(action);
        c.button({.action = action, .label = label, .area = {bx, by, bw, bh}},
                 back ? ButtonLook::primary : ButtonLook::secondary);
        by += bh + s.gap;
    }
    draw_exit(c, v, {bx, exit_y, bw, bh});
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

    draw_actions(c, v, y);
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
