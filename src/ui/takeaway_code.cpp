#include "ui/takeaway_code.hpp"

#include <algorithm>
#include <cmath>

#include "platform/qr_code.hpp"

namespace kiosk::ui {
namespace {

constexpr int quiet_modules = 4;  // the light border a reader needs around the code

float code_side(const Style& s, float width) {
    return std::round(std::min(width * s.takeaway.code_share, s.takeaway.code_max));
}

}  // namespace

float takeaway_code_height(const Style& s, float width) {
    return code_side(s, width) + 2 * s.gap;
}

void draw_takeaway_code(Canvas& c, const std::string& url, const std::string& caption,
                        const Rect& box, float alpha) {
    const Style& s = c.style();
    const QrCode code = encode_qr(url);
    if (code.size == 0) return;
    c.fill(box, with_alpha(s.colour.surface, alpha), s.radius);
    const float side = code_side(s, box.w);
    const int modules = code.size + 2 * quiet_modules;
    // Whole pixels per module keep the code crisp for phone cameras.
    const float module = std::max(1.f, std::floor(side / static_cast<float>(modules)));
    const float drawn = module * static_cast<float>(modules);
    const float x0 = std::round(box.x + s.gap + (side - drawn) / 2),
                y0 = std::round(box.y + (box.h - drawn) / 2);
    c.fill({x0, y0, drawn, drawn}, with_alpha(IM_COL32(255, 255, 255, 255), alpha));
    const ImU32 ink = with_alpha(IM_COL32(0x14, 0x1E, 0x19, 255), alpha);
    for (int y = 0; y < code.size; ++y)
        for (int x = 0; x < code.size; ++x)
            if (code.at(x, y))
                c.fill({x0 + static_cast<float>(x + quiet_modules) * module,
                        y0 + static_cast<float>(y + quiet_modules) * module, module, module},
                       ink);
    const float text_x = box.x + s.gap * 2 + side;
    const Rect words{text_x, box.y + s.gap, box.x + box.w - text_x - s.gap, box.h - 2 * s.gap};
    const float size =
        c.fit_text(s.font.body_bold, s.takeaway.caption, s.size.smallest, words, caption);
    const float h = Canvas::text_height(s.font.body_bold, size, words.w, caption);
    c.text(TextRole::fine, s.font.body_bold, size, size,
           {words.x, words.y + (words.h - h) / 2, words.w, h + 1}, with_alpha(s.colour.text, alpha),
           caption);
}

}  // namespace kiosk::ui
