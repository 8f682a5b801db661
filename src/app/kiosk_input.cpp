// What people do: touches read into gestures and taps on the targets of the last frame, the
// staff menu's corner, the demo's keys and its autopilot.
#include "app/kiosk_app.hpp"
#include "platform/log.hpp"

namespace kiosk {

void KioskApp::read_input(const Moment& at) {
    for (const PointerSample& sample : window_->take_pointer_samples()) {
        if (autopilot_) autopilot_->human_input(at.now);
        if (sample.down && !gestures_.pressing()) flow_->touched(at.now);
        if (auto g = gestures_.read(sample)) on_gesture(*g, at);
        schedule_.note(Redraw::input);  // press feedback shows at once
    }
}

void KioskApp::watch_staff_corner(const Moment& at) {
    // A press held still in the top-left corner, where no target ever is (it lies in the margin).
    if (!gestures_.may_tap() || staff_->showing()) return;
    const float corner = style_.margin > 0 ? style_.margin : 40;
    if (gestures_.press_x() >= corner || gestures_.press_y() >= corner) return;
    if (at.real - gestures_.press_time() < staff_->access().rules().hold_seconds) return;
    gestures_.cancel();
    staff_->access().corner_held(at.real);
    if (staff_->showing()) log::line("staff: PIN asked");
    schedule_.note(Redraw::staff);
}

void KioskApp::on_staff_tap(const StaffAction& action, const Moment& at) {
    const StaffCommand command = staff_->tap(action, at.real);
    if (command == StaffCommand::check_content) watch_->force();
    if (command == StaffCommand::take_screenshot) screenshot_wanted_ = true;
    if (command == StaffCommand::exit_kiosk) stop("staff_exit");
    if (command == StaffCommand::menu_opened)
        events_->write(Event{"staff_opened", nlohmann::json::object(), {}}, AppClock::unix_ms());
}

void KioskApp::run_autopilot(const Moment& at) {
    if (!autopilot_ || staff_->showing()) return;
    if (auto action = autopilot_->tap_due(*flow_, at.now)) flow_->act(*action, at.now);
}

// A tap acts on the target it began and ended on, as the last frame laid it out.
const TouchTarget* KioskApp::tapped_target(const Gesture& g) const {
    const TouchTarget* down = target_at(drawn_.targets, g.start_x, g.start_y);
    if (g.kind != GestureKind::tap || !down || !down->enabled) return nullptr;
    return down == target_at(drawn_.targets, g.end_x, g.end_y) ? down : nullptr;
}

void KioskApp::on_gesture(const Gesture& g, const Moment& at) {
    const TouchTarget* target = tapped_target(g);
    if (const auto* action = target ? std::get_if<PreviewAction>(&target->action) : nullptr)
        return on_preview_tap(*action);  // the preview's banner and list, over everything
    if (staff_->showing()) {
        const auto* action = target ? std::get_if<StaffAction>(&target->action) : nullptr;
        if (action)
            on_staff_tap(*action, at);
        else
            staff_->access().touched(at.real);
        return;
    }
    if (flow_->overlay() == Overlay::still_there && g.kind == GestureKind::tap) {
        flow_->act(shopper::KeepGoing{}, at.now);  // any tap means "still here"
        return;
    }
    if (g.kind == GestureKind::swipe_left || g.kind == GestureKind::swipe_right) {
        if (flow_->screen() != Screen::attract || flow_->overlay() != Overlay::none)
            return flow_->touched(at.now);
        const bool left = g.kind == GestureKind::swipe_left;
        flow_->act(left ? ShopperAction{shopper::NextSlide{}} : shopper::PreviousSlide{}, at.now);
        return;
    }
    if (const auto* action = target ? std::get_if<ShopperAction>(&target->action) : nullptr)
        flow_->act(*action, at.now);
}

// The demo's and the preview's keys; a kiosk answers no key at all: only the staff menu can
// end it.
void KioskApp::read_keys(const Moment& at) {
    for (const Key key : window_->take_keys()) {
        if (autopilot_) autopilot_->human_input(at.now);
        if (preview_)
            on_preview_key(key, at);
        else if (options_.mode == WindowMode::demo)
            on_demo_key(key, at);
        else
            continue;
        schedule_.note(Redraw::input);
    }
}

void KioskApp::on_demo_key(Key key, const Moment& at) {
    switch (key) {
        case Key::left:
            return flow_->act(shopper::PreviousSlide{}, at.now);
        case Key::right:
            return flow_->act(shopper::NextSlide{}, at.now);
        case Key::space:
            return flow_->act(shopper::TogglePause{}, at.now);
        case Key::f11:
            return window_->toggle_fullscreen();
        case Key::f12:
            screenshot_wanted_ = true;
            return;
        case Key::r:
            return watch_->force();
        case Key::escape:
            return stop("quit");
        default:  // the preview's keys, and the others
            return;
    }
}

}  // namespace kiosk
