// The keys the kiosk answers (in demo mode only), whatever the window system calls them.
#pragma once

namespace kiosk {

enum class Key {
    other,   // any key the kiosk does not answer
    escape,  // ends the demo
    left,
    right,  // the previous or next slide
    space,  // pauses or resumes the slides
    f11,    // fullscreen or a window
    f12,    // a screenshot
    r,      // looks at the content now
};

}  // namespace kiosk
