// Reading touches (which arrive as a mouse pointer) into taps and swipes. Pure: every sample
// carries its own time. A press that moves further than a finger's wobble is never a tap, and
// a swipe must be mostly sideways, long enough and quick enough.
#pragma once

#include <optional>

namespace kiosk {

struct PointerSample {
    bool down = false;   // the finger (or mouse button) is down
    float x = 0, y = 0;  // window pixels
    double now = 0;      // seconds
};

enum class GestureKind {
    tap,          // press and release in about the same place
    swipe_left,   // finger moved to the left: show the next thing
    swipe_right,  // finger moved to the right: show the previous thing
};

struct Gesture {
    GestureKind kind = GestureKind::tap;
    float start_x = 0, start_y = 0;  // where the finger went down
    float end_x = 0, end_y = 0;      // where it came up
};

struct GestureLimits {
    float tap_slop = 20;         // a tap moves at most this far (pixels)
    float swipe_distance = 120;  // a swipe moves at least this far sideways (pixels)
    double swipe_seconds = 1.0;  // and takes at most this long
    double tap_seconds = 1.5;    // a press held longer is no tap
};

// Limits that fit a screen: the slop is 2% and a swipe 8% of the short side.
[[nodiscard]] GestureLimits limits_for_screen(int width, int height);

class GestureReader {
  public:
    explicit GestureReader(GestureLimits limits = {}) : limits_(limits) {}
    void set_limits(GestureLimits limits) { limits_ = limits; }

    // Feed every pointer sample in order; returns a gesture when one completes.
    std::optional<Gesture> read(const PointerSample& sample);

    // While pressing: where the press started, and whether it can still become a tap.
    [[nodiscard]] bool pressing() const { return pressing_; }
    [[nodiscard]] bool may_tap() const { return pressing_ && !moved_; }
    [[nodiscard]] float press_x() const { return start_x_; }
    [[nodiscard]] float press_y() const { return start_y_; }
    [[nodiscard]] float drag_x() const { return pressing_ ? last_x_ - start_x_ : 0; }
    [[nodiscard]] double press_time() const { return start_time_; }
    // The press was used for something else (a long press): its release is no gesture.
    void cancel() {
        moved_ = pressing_;
        cancelled_ = pressing_;
    }

  private:
    GestureLimits limits_;
    bool pressing_ = false;
    bool moved_ = false;
    bool cancelled_ = false;
    float start_x_ = 0, start_y_ = 0, last_x_ = 0, last_y_ = 0;
    double start_time_ = 0;
};

}  // namespace kiosk
