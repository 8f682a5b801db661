#include "ui/chrome.hpp"

#include <algorithm>

namespace kiosk::ui {

float top_row_height(const Style& style) {
    return style.touch;
}

float button_width(const Style& s, const std::string& label, float least, float pad) {
    return std::max(least, Canvas::text_width(s.font.button, s.size.button, label) + pad);
}

float draw_brand(Canvas& canvas, const BrandView& brand, float x, float y) {
    const Style& s = canvas.style();
    const float h = top_row_height(s);
    float text_x = x;
    if (!brand.logo.empty() && canvas.picture_state(brand.logo) != PictureState::failed) {
        canvas.picture(brand.logo, {x, y, h, h});
        text_x += h + s.chrome.logo_gap;
    }
    if (!brand.name.empty()) {
        ImFont* font = s.font.body_bold;
        float size = s.size.body_bold;
        canvas.draw()->AddText(font, size, {text_x, y + (h - size) / 2}, s.colour.text,
                               brand.name.c_str());
        canvas.note_text(
            TextRole::heading, size,
            {text_x, y + (h - size) / 2, Canvas::text_width(font, size, brand.name), size},
            s.colour.text, brand.name);
    }
    return h;
}

void draw_language_buttons(Canvas& canvas, const std::vector<LanguageButton>& languages,
                           float right, float y) {
    const Style& s = canvas.style();
    const float h = top_row_height(s);
    const float pad = s.chrome.language_pad;
    float x = right;
    for (auto it = languages.rbegin(); it != languages.rend(); ++it) {
        const float w = button_width(s, it->label, s.chrome.language_min_w, 2 * pad);
        x -= w;
        TouchTarget target{.action = shopper::ChooseLanguage{it->language},
                           .label = it->label,
                           .area = {x, y, w, h}};
        if (it->current) {  // outlined in the accent: the start button stays the one solid shape
            canvas.fill(target.area, s.colour.surface, h / 2);
            canvas.outline(target.area, s.colour.accent, h / 2, s.chrome.current_outline);
            canvas.text(TextRole::label, s.font.button, s.size.button, s.chrome.language_smallest,
                        {x + pad / 2, y + (h - s.size.button) / 2, w - pad, h}, s.colour.accent,
                        it->label, Align::centre);
            canvas.add_target(std::move(target));
        } else {
            canvas.button(std::move(target), ButtonLook::quiet);
        }
        x -= s.gap;
    }
}

void draw_bullet(Canvas& canvas, const BulletShape& shape, float x, float y, float indent,
                 float size, ImU32 colour) {
    canvas.circle({x + indent * shape.x, y + size * shape.y}, size * shape.radius, colour);
}

}  // namespace kiosk::ui
