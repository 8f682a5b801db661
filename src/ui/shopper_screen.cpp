#include "ui/shopper_screen.hpp"

#include "core/aids_view.hpp"
#include "core/attract_view.hpp"
#include "core/product_sheet_view.hpp"
#include "core/results_view.hpp"
#include "core/still_there_view.hpp"
#include "ui/aids_panel.hpp"
#include "ui/attract_screen.hpp"
#include "ui/product_sheet.hpp"
#include "ui/quiz_screen.hpp"
#include "ui/results_screen.hpp"
#include "ui/still_there_overlay.hpp"

namespace kiosk::ui {

void draw_shopper_screen(Canvas& canvas, const KioskFlow& flow, double now,
                         PicturesAhead& pictures_ahead) {
    switch (flow.screen()) {
        case Screen::attract:
            draw_attract_screen(canvas, attract_view(flow, now));
            break;
        case Screen::quiz:
            draw_quiz_screen(canvas, quiz_view(flow, now, pictures_ahead));
            break;
        case Screen::results:
            draw_results_screen(canvas, results_view(flow, now));
            if (const auto sheet = product_sheet_view(flow, now))
                draw_product_sheet(canvas, *sheet);
            break;
    }
    if (flow.overlay() == Overlay::still_there)
        draw_still_there_overlay(canvas, still_there_view(flow, now));
    if (flow.overlay() == Overlay::accessibility)
        draw_aids_panel(canvas, aids_panel_view(flow, now));
}

}  // namespace kiosk::ui
