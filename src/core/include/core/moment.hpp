// One reading of the app's clock, taken once per turn of the frame loop and passed to whatever
// needs the time: `now` runs on the app's (possibly scaled) clock, `real` in real seconds since
// start. Nothing in core reads a clock of its own.
#pragma once

namespace kiosk {

struct Moment {
    double now = 0;   // app seconds: slides, the quiz, timeouts
    double real = 0;  // real seconds: frame pacing, the staff menu, watching files
};

}  // namespace kiosk
