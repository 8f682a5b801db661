#include "platform/image_shrink.hpp"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <vector>

namespace kiosk {
namespace {

constexpr int weight_bits = 12;  // the weights of one output pixel add up to 1 << weight_bits
constexpr int row_bits = 8;      // extra precision kept between the two passes

// Which source pixels make up each output pixel along one axis, and with what share.
struct Spans {
    std::vector<int> first;             // per output pixel: its first source pixel
    std::vector<int> start;             // per output pixel: where its weights begin in `weight`
    std::vector<std::uint32_t> weight;  // one per source pixel it covers
};

Spans spans(int source, int out) {
    Spans s;
    s.first.resize(static_cast<size_t>(out));
    s.start.resize(static_cast<size_t>(out) + 1);
    const double step = static_cast<double>(source) / out;
    for (int i = 0; i < out; ++i) {
        const double a = i * step, b = std::min<double>(source, (i + 1) * step);
        const int from = static_cast<int>(a), to = std::min(source, static_cast<int>(std::ceil(b)));
        s.first[static_cast<size_t>(i)] = from;
        s.start[static_cast<size_t>(i)] = static_cast<int>(s.weight.size());
        std::uint32_t given = 0, largest = 0;
        size_t largest_at = s.weight.size();
        for (int j = from; j < to; ++j) {
            const double cover = std::min<double>(b, j + 1) - std::max<double>(a, j);
            const auto w = static_cast<std::uint32_t>(cover / (b - a) * (1 << weight_bits) + 0.5);
            if (w > largest) {
                largest = w;
                largest_at = s.weight.size();
            }
            s.weight.push_back(w);
            given += w;
        }
        // Rounding may leave the sum a little off: the biggest share takes the difference, so a
        // flat colour comes out exactly as it went in.
        s.weight[largest_at] += (1u << weight_bits) - given;
    }
    s.start[static_cast<size_t>(out)] = static_cast<int>(s.weight.size());
    return s;
}

// One source row shrunk along x, each channel times 1 << row_bits.
void shrink_row(const unsigned char* row, const Spans& x, int out_w, std::uint16_t* into) {
    for (int i = 0; i < out_w; ++i) {
        std::uint32_t sum[4] = {0, 0, 0, 0};
        const unsigned char* p = row + static_cast<size_t>(x.first[static_cast<size_t>(i)]) * 4;
        for (int k = x.start[static_cast<size_t>(i)]; k < x.start[static_cast<size_t>(i) + 1];
             ++k, p += 4) {
            const std::uint32_t w = x.weight[static_cast<size_t>(k)];
            for (int c = 0; c < 4; ++c) sum[c] += p[c] * w;
        }
        for (int c = 0; c < 4; ++c)
            into[i * 4 + c] = static_cast<std::uint16_t>(
                (sum[c] + (1u << (weight_bits - row_bits - 1))) >> (weight_bits - row_bits));
    }
}

}  // namespace

void shrink_premultiplied(const unsigned char* source, int source_w, int source_h,
                          unsigned char* out, int out_w, int out_h) {
    const Spans x = spans(source_w, out_w), y = spans(source_h, out_h);
    const size_t width = static_cast<size_t>(out_w) * 4;
    std::vector<std::uint16_t> row(width);
    std::vector<std::uint32_t> sum(width);
    int row_is = -1;  // the source row `row` holds, shrunk; shared by two output rows at most
    for (int i = 0; i < out_h; ++i) {
        std::fill(sum.begin(), sum.end(), 0u);
        int j = y.first[static_cast<size_t>(i)];
        for (int k = y.start[static_cast<size_t>(i)]; k < y.start[static_cast<size_t>(i) + 1];
             ++k, ++j) {
            if (row_is != j) {
                shrink_row(source + static_cast<size_t>(j) * source_w * 4, x, out_w, row.data());
                row_is = j;
            }
            const std::uint32_t w = y.weight[static_cast<size_t>(k)];
            for (size_t c = 0; c < width; ++c) sum[c] += row[c] * w;
        }
        constexpr int bits = weight_bits + row_bits;
        unsigned char* o = out + static_cast<size_t>(i) * width;
        for (size_t c = 0; c < width; ++c)
            o[c] = static_cast<unsigned char>((sum[c] + (1u << (bits - 1))) >> bits);
    }
}

}  // namespace kiosk
