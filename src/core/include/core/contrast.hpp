// Contrast between two colours as WCAG 2.1 defines it, and a colour made readable on a ground:
// the screens draw every text in a colour that reaches 4.5:1 on what it stands on, darkening a
// shop's colour where it is too light to read (a terracotta price on a white card).
#pragma once

#include "core/content.hpp"

namespace kiosk {

// What a text needs against its ground (WCAG 2.1, 1.4.3, level AA).
inline constexpr double readable_contrast = 4.5;

// The relative luminance of an opaque colour, 0 (black) to 1 (white).
[[nodiscard]] double relative_luminance(const Colour& c);
// (L1 + 0.05) / (L2 + 0.05), the lighter over the darker: 1 to 21.
[[nodiscard]] double contrast_ratio(const Colour& a, const Colour& b);
// `colour` itself when it reaches `ratio` on `ground`; else the nearest shade of it that does:
// darker on a light ground, lighter on a dark one (its hue kept). Black or white at the most.
[[nodiscard]] Colour readable_on(const Colour& colour, const Colour& ground,
                                 double ratio = readable_contrast);

}  // namespace kiosk
