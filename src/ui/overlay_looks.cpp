#include "ui/overlay_looks.hpp"

#include <algorithm>
#include <cmath>

namespace kiosk::ui {

SheetLook sheet_look(const Style& s) {
    return {.inset = std::round(s.margin * 0.5f),
            .pad = std::round(s.gap * (s.narrow() ? 1.2f : 1.6f)),  // narrow: room for words
            .dim = 0.34f,
            .rise = s.gap * 2,
            .close_min_w = s.short_side * 0.2f,
            .close_pad = s.gap * 4,
            .column_gap = std::round(s.gap * (s.narrow() ? 1.2f : 1.6f)),
            .side_column = 0.3f,
            .words_a_share = s.narrow()  ? 0.46f
                             : s.tight() ? 0.5f
                                         : 0.54f,
            .picture_share = 0.42f,
            .band_share = 0.3f,
            .code_share = 0.42f,
            .marker = 0.06f,
            .marker_line = 0.014f,
            .marker_edge = std::max(1.f, std::round(s.short_side * 0.002f))};
}

AidsLook aids_look(const Style& s) {
    const float h = s.button.height;
    const float note_lines = s.narrow() ? 3 : 2;  // in two columns: the notes in three lines
    return {.icon = std::round(h * 0.5f),
            .pad = std::round(h * 0.3f),
            .icon_gap = std::round(h * 0.2f),
            .least_w = h,
            .panel_w = s.portrait ? s.inner_w : std::min(s.inner_w, s.short_side * 1.6f),
            .panel_pad = s.gap * 2,
            // Room for the name and the lines of what the aid does, however large the words.
            .row_h = std::max(
                {s.touch, std::round(s.short_side * 0.12f),
                 std::round(s.size.body * 1.35f + s.size.small * note_lines + s.gap * 1.5f)}),
            .switch_w = std::round(s.short_side * 0.085f),
            .switch_h = std::round(s.short_side * 0.045f),
            .row_gap = s.gap,
            .columns = s.portrait ? 1 : 2};
}

}  // namespace kiosk::ui
