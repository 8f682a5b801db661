// The keys the kiosk answers (in --demo and --preview only), whatever the window system calls
// them.
#pragma once

namespace kiosk {

enum class Key {
    other,   // any key the kiosk does not answer
    escape,  // ends the demo; closes the preview's list
    left,
    right,  // the previous or next slide
    space,  // pauses or resumes the slides
    f11,    // fullscreen or a window
    f12,    // a screenshot
    r,      // looks at the content now (demo); the results of the next answer path (preview)
    // The preview's (docs/interfaces.md, "The preview")
    page_up,
    page_down,  // as left and right; the list's pages while it is open
    home,       // the slides
    l,          // the next language
    d,          // opens or closes the list of the content's problems
    digit_1,    // digit_1 .. digit_9: question 1 to 9
    digit_2,
    digit_3,
    digit_4,
    digit_5,
    digit_6,
    digit_7,
    digit_8,
    digit_9,
};

// 1 to 9 for the digit keys, 0 for every other key.
[[nodiscard]] constexpr int digit_of(Key key) {
    const int n = static_cast<int>(key) - static_cast<int>(Key::digit_1) + 1;
    return n >= 1 && n <= 9 ? n : 0;
}

// The digit key of 1 to 9.
[[nodiscard]] constexpr Key digit_key(int n) {
    return static_cast<Key>(static_cast<int>(Key::digit_1) + n - 1);
}

}  // namespace kiosk
