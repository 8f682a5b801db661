#include "ui/chrome.hpp"

#include "ui/words.hpp"

namespace kiosk::ui {

float top_row_height(const Style& style) {
    return style.touch;
}

float draw_brand(Canvas& canvas, const KioskFlow& flow, float x, float y) {
    const Style& s = canvas.style();
    const Brand& brand = flow.content().kiosk.brand;
    const float h = top_row_height(s);
    float text_x = x;
    if (!brand.logo.empty()) {
        canvas.picture(brand.logo, {x, y, h, h});
        text_x += h + s.gap * 0.6f;
    }
    if (!brand.name.empty()) {
        ImFont* font = s.font.body_bold;
        float size = font->FontSize;
        canvas.draw()->AddText(font, size, {text_x, y + (h - size) / 2}, s.colour.text,
                               brand.name.c_str());
    }
    return h;
}

void draw_language_buttons(Canvas& canvas, const KioskFlow& flow, float right, float y) {
    const Style& s = canvas.style();
    const auto& languages = flow.content().kiosk.languages;
    if (languages.size() < 2) return;
    const float h = top_row_height(s);
    const float pad = s.gap * 1.4f;
    float x = right;
    for (auto it = languages.rbegin(); it != languages.rend(); ++it) {
        const Text& names = flow.content().kiosk.strings.count("language_name")
                                ? flow.content().kiosk.strings.find("language_name")->second
                                : Text::plain(*it);
        std::string label = names.in(*it, *it);
        if (label.empty()) label = *it;
        float w =
            std::max(s.touch * 1.4f,
                     Canvas::text_width(s.font.button, s.font.button->FontSize, label) + 2 * pad);
        x -= w;
        const bool current = *it == flow.language();
        TouchTarget target{
            .action = shopper::ChooseLanguage{*it}, .label = label, .area = {x, y, w, h}};
        if (current) {
            canvas.fill(target.area, s.colour.accent, h / 2);
            canvas.text(s.font.button, s.font.button->FontSize, s.font.button->FontSize * 0.7f,
                        {x + pad * 0.5f, y + (h - s.font.button->FontSize) / 2, w - pad, h},
                        s.colour.accent_text, label, Align::centre);
            canvas.add_target(std::move(target));
        } else {
            canvas.button(std::move(target), ButtonLook::quiet);
        }
        x -= s.gap;
    }
}

}  // namespace kiosk::ui
