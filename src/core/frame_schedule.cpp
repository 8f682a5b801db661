#include "core/frame_schedule.hpp"

#include <algorithm>

namespace kiosk {

void FrameSchedule::note(Redraw reason) {
    whole_ = true;
    if (reason == Redraw::screenshot) hurry_ = true;
}

void FrameSchedule::note_flow(unsigned long revision) {
    if (flow_revision_ != revision) whole_ = true;
    flow_revision_ = revision;
}

bool FrameSchedule::due(const Moment& at) const {
    return whole_ || drawn_at_ < asks_.animating_until || at.now >= asks_.redraw_at;
}

FrameCall FrameSchedule::call(const Moment& at) const {
    if (!due(at)) return {};
    const double since_last = at.real - started_real_;
    if (since_last < rules_.frame_period && !hurry_)
        return {.draw = false, .only = std::nullopt, .wait = rules_.frame_period - since_last};
    return {.draw = true, .only = changing_area(at), .wait = 0};
}

// What changes in a frame at `at` when nothing asked for the whole screen: the animation's
// area while one runs, with the scheduled area if that is due too; else the scheduled area.
std::optional<Rect> FrameSchedule::changing_area(const Moment& at) const {
    if (whole_) return std::nullopt;
    const bool scheduled = at.now >= asks_.redraw_at;
    if (drawn_at_ >= asks_.animating_until) return asks_.redraw_area;
    if (!asks_.animating_area || !scheduled) return asks_.animating_area;
    if (!asks_.redraw_area) return std::nullopt;
    return bounding(*asks_.animating_area, *asks_.redraw_area);
}

void FrameSchedule::drawn(const Moment& at, double started, const FrameAsks& asks) {
    asks_ = asks;
    drawn_at_ = at.now;
    started_real_ = started;
    whole_ = false;
    hurry_ = false;
    ++frames_;
}

double FrameSchedule::real_until(const Moment& at, double app_time) const {
    return std::max(0.0, (app_time - at.now) / scale_);
}

double FrameSchedule::sleep(const Moment& at, const Deadlines& d) const {
    // A fade or slide-in runs, or its end state is not drawn yet: the next frame at once.
    if (whole_ || drawn_at_ < asks_.animating_until) return 0;
    double wait = real_until(at, d.flow);
    // Scheduled redraws never come faster than min_redraw_gap of real time.
    wait = std::min(wait, std::max(real_until(at, asks_.redraw_at), rules_.min_redraw_gap));
    wait = std::min(wait, real_until(at, d.autopilot));
    wait = std::min(wait, real_until(at, d.metrics));
    wait = std::min(wait, std::max(0.0, d.content_look - at.real));
    wait = std::min(wait, std::max(0.0, d.staff - at.real));
    if (d.content_loading) wait = std::min(wait, rules_.loading_look);
    if (d.pictures_busy) wait = std::min(wait, rules_.pictures_look);
    return std::min(wait, rules_.longest_sleep);
}

}  // namespace kiosk
