#include "ui/preview_screen.hpp"

#include <algorithm>

namespace kiosk::ui {

void draw_preview(Canvas& canvas, const PreviewView& view) {
    if (view.tone == PreviewTone::clean)
        draw_preview_chip(canvas, view);
    else
        draw_preview_banner(canvas, view);
    if (view.list_open) draw_preview_list(canvas, view);
}

std::string one_line(ImFont* font, float size, float width, std::string text) {
    std::replace(text.begin(), text.end(), '\n', ' ');
    if (Canvas::text_width(font, size, text) <= width) return text;
    const std::string ellipsis = "\xE2\x80\xA6";
    size_t end = text.size();
    while (end > 0) {
        // Back to the start of the previous character (UTF-8 continuation bytes are 10xxxxxx).
        do --end;
        while (end > 0 && (static_cast<unsigned char>(text[end]) & 0xC0) == 0x80);
        std::string cut = text.substr(0, end);
        while (!cut.empty() && cut.back() == ' ') cut.pop_back();
        cut += ellipsis;
        if (Canvas::text_width(font, size, cut) <= width) return cut;
    }
    return ellipsis;
}

}  // namespace kiosk::ui
