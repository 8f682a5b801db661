// The accessibility panel over any shopper screen, and the aids it turns on. They last for the
// visit: the end of the session turns them off, and so does leaving the slides alone for the
// idle timeout after setting them there. While the panel is open the screen's timers run on, and
// "Still there?" takes its place when nobody touches it.
#include <algorithm>
#include <limits>

#include "core/kiosk_flow.hpp"

namespace kiosk {

void KioskFlow::take(const shopper::OpenAids&, double now) {
    if (overlay_ != Overlay::none || !sheet_product_.empty()) return;
    changed();
    overlay_ = Overlay::accessibility;
    overlay_since_ = now;
}

void KioskFlow::take(const shopper::ToggleAid& a, double) {
    if (overlay_ != Overlay::accessibility) return;
    if (a.aid == Aid::read_aloud && !can_speak_) return;
    changed();
    aids_.toggle(a.aid);
    aids_used_.add(aids_);
}

void KioskFlow::take(const shopper::CloseAids&, double) {
    if (overlay_ != Overlay::accessibility) return;
    changed();
    overlay_ = Overlay::none;
}

void KioskFlow::offer_speech(bool can_speak) {
    if (can_speak == can_speak_) return;
    changed();
    can_speak_ = can_speak;
    if (!can_speak && aids_.has(Aid::read_aloud)) aids_.toggle(Aid::read_aloud);
}

double KioskFlow::with_aids(double seconds) const {
    return aids_.has(Aid::more_time) ? seconds * more_time_factor : seconds;
}

double KioskFlow::unused_aids_deadline() const {
    if (!aids_.any() && overlay_ != Overlay::accessibility)
        return std::numeric_limits<double>::infinity();
    return last_touch_ + with_aids(timing().idle_timeout_seconds);
}

void KioskFlow::drop_unused_aids(double now) {
    if (now < unused_aids_deadline()) return;
    changed();
    aids_.clear();
    overlay_ = Overlay::none;
}

void KioskFlow::reset_aids(const std::string& reason) {
    aids_used_.clear();
    if (reason == "restart") return;  // Start over: the same shopper carries on
    aids_.clear();
}

}  // namespace kiosk
