// The preview's list of every problem of the content, a page at a time, over a dimmed screen.
#include <algorithm>
#include <cmath>

#include "ui/preview_screen.hpp"

namespace kiosk::ui {
namespace {

constexpr float kind_size = 0.85f;  // the "Error"/"Warning" label's words, of a line's size

// One problem: its kind on a coloured label, where it is (file:line:column and the pointer),
// and below them what is wrong, in at most two lines.
void draw_row(Canvas& c, const PreviewRow& row, const Rect& r) {
    const Style& s = c.style();
    const PreviewLook& k = s.preview;
    const Palette& p = s.colour;
    const bool error = row.severity == Severity::error;
    const float top = r.y + s.gap / 2;
    const Rect kind{r.x, top, k.kind_w, k.kind_h};
    c.fill(kind, error ? p.problem : p.caution, kind.h / 2);
    const float ks = k.line * kind_size;
    c.text(TextRole::staff, s.font.body_bold, ks, ks,
           {kind.x, kind.y + (kind.h - ks) / 2, kind.w, ks}, error ? p.on_problem : p.on_caution,
           row.kind, Align::centre);

    const float x = r.x + k.kind_w + s.gap, w = r.x + r.w - x;
    const float text_top = top + (k.line_h - k.line) / 2;
    ImFont* bold = s.font.body_bold;
    const std::string place = one_line(bold, k.line, w, row.place);
    c.text(TextRole::staff, bold, k.line, k.line, {x, text_top, w, k.line_h}, p.text, place);
    const float pointer_x = x + Canvas::text_width(bold, k.line, place) + s.gap;
    if (!row.pointer.empty() && pointer_x < x + w)
        c.text(TextRole::staff, s.font.small, k.line, k.line,
               {pointer_x, text_top, x + w - pointer_x, k.line_h}, p.muted_text,
               one_line(s.font.small, k.line, x + w - pointer_x, row.pointer));
    const Rect message{x, text_top + k.line_h, w, k.line_h * 2};
    c.draw()->PushClipRect({message.x, message.y}, {message.x + message.w, r.y + r.h}, true);
    c.text(TextRole::staff, s.font.small, k.line, s.size.smallest * 0.8f, message, p.text,
           row.message);
    c.draw()->PopClipRect();
    c.fill({r.x, r.y + r.h - s.hairline, r.w, s.hairline}, p.line);
}

// The height of the title, the summary and the answers line at the list's inner width.
float head_height(const Style& s, const PreviewView& v, float inner) {
    const PreviewLook& k = s.preview;
    const float summary =
        std::min(k.line_h * 2, Canvas::text_height(s.font.small, k.line, inner, v.summary));
    return std::max(k.button_h, s.size.heading * 0.8f) + s.gap * 0.5f + summary +
           (v.answers.empty() ? 0 : k.line_h) + s.gap;
}

// The title, the summary and, on the results of an answer path, which answers they are; Close
// at the right. Returns where the rows start.
float draw_head(Canvas& c, const PreviewView& v, const Rect& card) {
    const Style& s = c.style();
    const PreviewLook& k = s.preview;
    const Palette& p = s.colour;
    const float x = card.x + k.list_pad, y = card.y + k.list_pad;
    const float inner = card.w - 2 * k.list_pad;
    const Rect close{card.x + card.w - k.list_pad - k.button_w, y, k.button_w, k.button_h};
    c.button({.action = preview::CloseList{}, .label = v.close, .area = close}, ButtonLook::quiet);
    const float title = s.size.heading * 0.8f;
    c.text(TextRole::staff, s.font.heading, title, title,
           {x, y + (k.button_h - title) / 2, close.x - x, title}, p.text, v.title);
    float below = y + std::max(k.button_h, title) + s.gap * 0.5f;
    below += c.text(TextRole::staff, s.font.small, k.line, k.line, {x, below, inner, k.line_h * 2},
                    p.text, v.summary);
    if (!v.answers.empty())
        c.text(TextRole::staff, s.font.small, k.line, k.line, {x, below, inner, k.line_h},
               p.muted_text, one_line(s.font.small, k.line, inner, v.answers));
    const float rows_top = y + head_height(s, v, inner);
    c.fill({x, rows_top - s.hairline, inner, s.hairline}, p.line);
    return rows_top;
}

// The foot's height: the page buttons when there are pages, and the keys.
float foot_height(const Style& s, const PreviewView& v) {
    const PreviewLook& k = s.preview;
    return (v.page_label.empty() ? 0 : k.button_h + s.gap) + k.line_h;
}

// Previous, the page and Next (with more than one page), and the keys.
void draw_foot(Canvas& c, const PreviewView& v, const Rect& card) {
    const Style& s = c.style();
    const PreviewLook& k = s.preview;
    const Palette& p = s.colour;
    const float x = card.x + k.list_pad, inner = card.w - 2 * k.list_pad;
    const float y = card.y + card.h - k.list_pad - foot_height(s, v);
    if (!v.page_label.empty()) {
        c.button({.action = preview::PreviousPage{},
                  .label = v.previous,
                  .area = {x, y, k.button_w, k.button_h},
                  .enabled = v.has_previous},
                 ButtonLook::secondary);
        c.button({.action = preview::NextPage{},
                  .label = v.next,
                  .area = {x + inner - k.button_w, y, k.button_w, k.button_h},
                  .enabled = v.has_next},
                 ButtonLook::secondary);
        c.text(TextRole::staff, s.font.body_bold, k.line, k.line,
               {x, y + (k.button_h - k.line) / 2, inner, k.line}, p.text, v.page_label,
               Align::centre);
    }
    const float keys_y = card.y + card.h - k.list_pad - k.line_h + (k.line_h - k.line) / 2;
    c.text(TextRole::staff, s.font.small, k.line, s.size.smallest * 0.8f,
           {x, keys_y, inner, k.line_h}, p.muted_text, v.keys, Align::centre);
}

}  // namespace

void draw_preview_list(Canvas& c, const PreviewView& v) {
    const Style& s = c.style();
    const PreviewLook& k = s.preview;
    const Palette& p = s.colour;
    c.cover_below();  // nothing below takes a click while the list is open
    c.fill({0, 0, s.width, s.height}, with_alpha(p.text, k.dim));
    // As tall as what it holds: a page of rows (at least one row's room), up to the most.
    const float inner = k.list_w - 2 * k.list_pad;
    const float rows = static_cast<float>(std::max<size_t>(1, v.rows.size())) * k.row_h;
    const float h = std::min(
        k.list_h, 2 * k.list_pad + head_height(s, v, inner) + rows + s.gap + foot_height(s, v));
    const Rect card{std::round((s.width - k.list_w) / 2), std::round((s.height - h) / 2), k.list_w,
                    std::round(h)};
    c.card(card, p.surface);
    float y = draw_head(c, v, card);
    const float x = card.x + k.list_pad;
    for (const PreviewRow& row : v.rows) {
        draw_row(c, row, {x, y, inner, k.row_h});
        y += k.row_h;
    }
    c.text(TextRole::staff, s.font.body, k.line, k.line, {x, y + s.gap * 2, inner, k.line_h},
           p.muted_text, v.nothing, Align::centre);
    draw_foot(c, v, card);
}

}  // namespace kiosk::ui
