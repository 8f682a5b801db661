// Shrinking pictures: each output pixel is the average of the source area under it.
#include "platform/image_shrink.hpp"

#include <doctest/doctest.h>

#include <array>
#include <cstddef>
#include <vector>

namespace {

using Pixels = std::vector<unsigned char>;
using std::size_t;

Pixels shrink(const Pixels& source, int w, int h, int out_w, int out_h) {
    Pixels out(static_cast<size_t>(out_w) * out_h * 4, 0xAB);
    kiosk::shrink_premultiplied(source.data(), w, h, out.data(), out_w, out_h);
    return out;
}

Pixels flat(int w, int h, unsigned char r, unsigned char g, unsigned char b, unsigned char a) {
    Pixels p(static_cast<size_t>(w) * h * 4);
    for (size_t i = 0; i < p.size(); i += 4) {
        p[i] = r;
        p[i + 1] = g;
        p[i + 2] = b;
        p[i + 3] = a;
    }
    return p;
}

}  // namespace

TEST_CASE("image_shrink: halving averages each 2x2 block") {
    // 4x2 pixels, one channel varying: the left block 0, 40, 80, 120; the right one all 200.
    Pixels source = flat(4, 2, 0, 0, 0, 255);
    const int left[] = {0, 40, 80, 120};
    const int at[] = {0, 1, 4, 5};  // pixel indices of the left 2x2 block
    for (int i = 0; i < 4; ++i)
        source[static_cast<size_t>(at[i]) * 4] = static_cast<unsigned char>(left[i]);
    for (int i : {2, 3, 6, 7}) source[static_cast<size_t>(i) * 4] = 200;
    const Pixels out = shrink(source, 4, 2, 2, 1);
    CHECK(int(out[0]) == 60);  // (0 + 40 + 80 + 120) / 4
    CHECK(int(out[4]) == 200);
    CHECK(int(out[3]) == 255);
    CHECK(int(out[7]) == 255);
}

TEST_CASE("image_shrink: a pixel split between two outputs counts in both, by its share") {
    // 3 -> 2: the first output covers pixel 0 and half of pixel 1; the second the other half
    // of pixel 1 and pixel 2. Values 30, 90, 150: (30 + 45) / 1.5 = 50, (45 + 150) / 1.5 = 130.
    Pixels source = flat(3, 1, 0, 0, 0, 255);
    source[0] = 30;
    source[4] = 90;
    source[8] = 150;
    const Pixels out = shrink(source, 3, 1, 2, 1);
    CHECK(int(out[0]) == 50);
    CHECK(int(out[4]) == 130);
}

TEST_CASE("image_shrink: a flat colour stays exactly that colour at any ratio") {
    for (const auto& [w, h, ow, oh] :
         {std::array<int, 4>{1200, 7, 690, 3}, std::array<int, 4>{7, 1200, 3, 691},
          std::array<int, 4>{13, 11, 13, 11}, std::array<int, 4>{1000, 3, 1, 1}}) {
        INFO(w << "x" << h << " -> " << ow << "x" << oh);
        const Pixels out = shrink(flat(w, h, 37, 201, 90, 255), w, h, ow, oh);
        CHECK(out == flat(ow, oh, 37, 201, 90, 255));
    }
}

TEST_CASE("image_shrink: transparent pixels do not darken an edge") {
    // Premultiplied: clear is (0, 0, 0, 0); opaque red beside it averages to half-clear red,
    // which draws as the same red at half strength, not as a dark red.
    Pixels source = flat(2, 1, 0, 0, 0, 0);
    source[4] = 255;
    source[7] = 255;
    const Pixels out = shrink(source, 2, 1, 1, 1);
    CHECK(out == Pixels{128, 0, 0, 128});
}
