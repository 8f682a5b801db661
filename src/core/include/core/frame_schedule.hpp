// When the kiosk draws a frame, of what, and how long it may sleep until the next: the frame
// loop's decisions, pure and tested (frame_schedule_test.cpp). The loop tells it what happened
// (input, a new flow revision, a picture uploaded, ...) and what the last frame asked for (a
// redraw at a time, perhaps of one area; frames until an animation ends); it answers.
//
// A frame of the whole screen is due after input, a new revision of the flow or the staff
// menu, a finished picture upload, a window that was exposed or resized, and a screenshot. A
// frame of one area is due when the last frame scheduled a change of that area only (a progress
// bar). Frames follow each other while an animation runs, and once more at its end state; of the
// animation's area only, when it named one (a cross-fade of the slides under a still frame of
// buttons), together with a scheduled area that is due. Frames never come faster than
// `frame_period` of real time (a screenshot does not wait).
#pragma once

#include <limits>
#include <optional>

#include "core/moment.hpp"
#include "core/touch_target.hpp"

namespace kiosk {

// Why the whole screen is to be drawn again.
enum class Redraw {
    input,           // a touch or a key: press feedback shows at once
    flow,            // the flow's state changed (its revision)
    staff,           // the staff menu shows something else
    preview,         // the preview's banner or list shows something else
    picture_upload,  // a picture became ready to draw
    window,          // exposed or resized
    screenshot,      // asked for: drawn at once, without waiting for the frame pace
};

struct FrameRules {
    double frame_period = 1.0 / 30;    // real seconds from one frame's start to the next, at least
    double min_redraw_gap = 1.0 / 30;  // real seconds, at least, before a scheduled redraw
    double loading_look = 0.05;        // real seconds between looks at content being read
    double pictures_look = 0.1;        // real seconds between looks at pictures decoding
    double longest_sleep = 5;          // real seconds: the loop turns at least this often
};

// What a drawn frame asks for next (from the Canvas that drew it).
struct FrameAsks {
    double redraw_at = std::numeric_limits<double>::infinity();  // app time the screen changes
    std::optional<Rect> redraw_area{};     // what changes then, if one area only
    double animating_until = 0;            // app time until which every frame moves
    std::optional<Rect> animating_area{};  // what moves until then, if one area only
};

// When things outside the frames may change by themselves.
struct Deadlines {
    static constexpr double never = std::numeric_limits<double>::infinity();
    double flow = never;           // app time: the flow's next change (slide, timeout)
    double autopilot = never;      // app time: the demo autopilot's next step
    double metrics = never;        // app time: the health metrics file is due (no frame)
    double content_look = never;   // real time: the content watch looks at the files again
    double staff = never;          // real time: a held press opens the staff menu, a countdown
    bool content_loading = false;  // content being read on a thread
    bool pictures_busy = false;    // pictures decoding on the worker threads
};

// Whether to draw now; if so, of the whole screen or of one area.
struct FrameCall {
    bool draw = false;
    std::optional<Rect> only{};  // set: only this area changes (if the window keeps its last frame)
    double wait = 0;             // not drawing although due: real seconds until the pace allows it
};

class FrameSchedule {
  public:
    explicit FrameSchedule(double time_scale = 1, FrameRules rules = {})
        : scale_(time_scale), rules_(rules) {}

    void note(Redraw reason);
    // The flow's revision as of now: a new value is a new state to draw.
    void note_flow(unsigned long revision);

    // Whether a frame is due at `at`, and of what.
    [[nodiscard]] FrameCall call(const Moment& at) const;
    // A frame was drawn; it began at `started` (real seconds) and asked for `asks`.
    void drawn(const Moment& at, double started, const FrameAsks& asks);

    // Real seconds the loop may sleep at `at` before anything is due (0: at once).
    [[nodiscard]] double sleep(const Moment& at, const Deadlines& deadlines) const;

    [[nodiscard]] bool due(const Moment& at) const;
    [[nodiscard]] bool drawn_once() const { return frames_ > 0; }
    // App seconds that one frame spans at the fastest pace.
    [[nodiscard]] double one_frame() const { return rules_.frame_period * scale_; }

  private:
    [[nodiscard]] double real_until(const Moment& at, double app_time) const;
    [[nodiscard]] std::optional<Rect> changing_area(const Moment& at) const;

    double scale_;
    FrameRules rules_;
    bool whole_ = true;   // the whole screen is to be drawn (the first frame is)
    bool hurry_ = false;  // a screenshot: no waiting for the pace
    std::optional<unsigned long> flow_revision_;
    FrameAsks asks_;
    double drawn_at_ = -std::numeric_limits<double>::infinity();  // app time of the last frame
    double started_real_ = -std::numeric_limits<double>::infinity();
    long frames_ = 0;
};

}  // namespace kiosk
