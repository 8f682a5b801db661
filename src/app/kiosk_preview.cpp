// The preview (--preview, for staff on a laptop): the content's problems over the screen as
// they are saved, the list of them, and the keys that jump anywhere. The state and every
// decision are core's (core/preview.hpp, core/preview_view.hpp, KioskFlow::jump); the drawing
// is ui's (ui/preview_screen.hpp); this wires them to the window, the content and the loop.
#include "app/kiosk_app.hpp"
#include "platform/system.hpp"
#include "ui/preview_screen.hpp"

namespace kiosk {

// How the events of this run are marked: a preview's and a demo's are not shoppers'.
EventOrigin KioskApp::event_origin() const {
    if (options_.preview) return EventOrigin::preview;
    return options_.mode == WindowMode::demo ? EventOrigin::demo : EventOrigin::shop;
}

void KioskApp::note_preview_check(const ContentLoad& load, bool in_use) {
    if (!preview_) return;
    preview_->note_check(load.diagnostics, in_use, os::local_time_of_day(AppClock::unix_ms()));
}

void KioskApp::on_preview_key(Key key, const Moment& at) {
    switch (key) {
        case Key::f11:
            return window_->toggle_fullscreen();
        case Key::f12:
            screenshot_wanted_ = true;
            return;
        case Key::space:
            return flow_->act(shopper::TogglePause{}, at.now);
        default:
            break;
    }
    if (auto jump = preview_->key(key, flow_->content(), style_.preview.rows))
        flow_->jump(*jump, at.now);
}

void KioskApp::on_preview_tap(const PreviewAction& action) {
    preview_->take(action, style_.preview.rows);
}

// Over the shopper's screens, under the staff menu.
void KioskApp::draw_preview(ui::Canvas& canvas) {
    if (!preview_) return;
    preview_view_ = preview_view(*preview_, *flow_, canvas.style().preview.rows);
    ui::draw_preview(canvas, *preview_view_);
}

}  // namespace kiosk
