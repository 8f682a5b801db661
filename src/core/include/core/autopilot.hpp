// The demo's autopilot: when nobody has touched the kiosk for a while, it uses the kiosk as a
// shopper would — watches a few slides, starts the quiz, picks answers (varied, never always
// the first), reads the results, goes back — one visible tap at a time. Pure: time is passed
// in, and the random choices come from a seed.
#pragma once

#include <optional>
#include <random>
#include <string>

#include "core/kiosk_flow.hpp"

namespace kiosk {

struct AutopilotTiming {
    double takeover_seconds = 6;  // no human touch this long: the autopilot takes over
    double attract_seconds = 20;  // it watches the slides this long before starting the quiz
    double think_seconds = 1.6;   // before each answer, as if reading the question
    double results_seconds = 12;  // reading the results before going back
    double reach_seconds = 0.7;   // the finger is shown on its target this long before the tap
};

// A tap the autopilot is about to make.
struct PlannedTap {
    ShopperAction
        action;     // what the tapped target does, e.g. shopper::Answer{"concern", "redness"}
    double at = 0;  // app time of the tap
};

class Autopilot {
  public:
    explicit Autopilot(unsigned seed, AutopilotTiming timing = {})
        : random_(seed), timing_(timing) {}

    // A person touched the kiosk or pressed a key: stand back.
    void human_input(double now);

    // The tap the autopilot intends next (for drawing its finger), if any.
    [[nodiscard]] const std::optional<PlannedTap>& planned() const { return planned_; }

    // Plans the next tap for the flow's state, and returns the one due now, if any.
    std::optional<ShopperAction> tap_due(const KioskFlow& flow, double now);

    // The app time of the autopilot's next step (for sleeping). `one_frame` is how much app time
    // one frame spans at the window's pace: a finger that would reach its target faster than
    // that cannot be seen (a demo at a high time scale), so only the tap wakes the loop. A flow
    // that changed since the last plan (the autopilot's own tap, a timeout) is looked at now.
    [[nodiscard]] double next_change(const KioskFlow& flow, double now, double one_frame = 0) const;

  private:
    void plan(const KioskFlow& flow, double now);

    std::mt19937 random_;
    AutopilotTiming timing_;
    double last_human_ = -1e9;
    std::optional<PlannedTap> planned_;
    // The flow's revision the plan was made for; a new state needs a new plan.
    std::optional<unsigned long> planned_for_;
    std::vector<std::string> picks_;  // answers still to tap on a choose-many question
};

}  // namespace kiosk
