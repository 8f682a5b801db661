#include "core/contrast.hpp"

#include <algorithm>
#include <cmath>

namespace kiosk {
namespace {

double linear(float channel) {
    const double c = std::clamp(static_cast<double>(channel), 0.0, 1.0);
    return c <= 0.04045 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
}

// `c` moved `t` of the way towards black (t > 0) or white (t < 0).
Colour shade(const Colour& c, float t) {
    if (t >= 0) return {c.r * (1 - t), c.g * (1 - t), c.b * (1 - t), c.a};
    const float u = -t;
    return {c.r + (1 - c.r) * u, c.g + (1 - c.g) * u, c.b + (1 - c.b) * u, c.a};
}

}  // namespace

double relative_luminance(const Colour& c) {
    return 0.2126 * linear(c.r) + 0.7152 * linear(c.g) + 0.0722 * linear(c.b);
}

double contrast_ratio(const Colour& a, const Colour& b) {
    const double la = relative_luminance(a), lb = relative_luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

Colour readable_on(const Colour& colour, const Colour& ground, double ratio) {
    if (contrast_ratio(colour, ground) >= ratio) return colour;
    // Towards black on a ground that black reads better on (luminance over about 0.18), towards
    // white on the others; the least step of 1/128 that reaches the ratio.
    const float sign =
        contrast_ratio(ground, {0, 0, 0}) >= contrast_ratio(ground, {1, 1, 1}) ? 1.f : -1.f;
    constexpr int steps = 128;
    for (int i = 1; i < steps; ++i) {
        const Colour c = shade(colour, sign * static_cast<float>(i) / steps);
        if (contrast_ratio(c, ground) >= ratio) return c;
    }
    return shade(colour, sign);
}

}  // namespace kiosk
