#include "core/svg_chart.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace kiosk {
namespace {

constexpr int row_height = 32;
constexpr int bar_height = 24;
constexpr int figure_char_width = 9;  // of the 15 px bold figures, roughly

std::string number(double v) {
    char out[32];
    if (v == std::floor(v) && std::abs(v) < 1e15)
        std::snprintf(out, sizeof out, "%.0f", v);
    else
        std::snprintf(out, sizeof out, "%.1f", std::round(v * 10) / 10);
    return out;
}

std::string px(double v) {
    char out[32];
    std::snprintf(out, sizeof out, "%.1f", v);
    return out;
}

double largest(const std::vector<ChartBar>& bars) {
    double most = 0;
    for (const ChartBar& b : bars) most = std::max(most, b.value);
    return most;
}

std::size_t characters(std::string_view text) {
    return static_cast<std::size_t>(std::count_if(text.begin(), text.end(), [](char c) {
        return (static_cast<unsigned char>(c) & 0xC0) != 0x80;
    }));
}

std::string svg_open(const BarChart& chart, int height) {
    return "<svg class=\"chart\" role=\"img\" xmlns=\"http://www.w3.org/2000/svg\" data-chart=\"" +
           html_escape(chart.id) + "\" aria-label=\"" + html_escape(chart.title) +
           "\" viewBox=\"0 0 " + std::to_string(chart.width) + " " + std::to_string(height) +
           "\" width=\"" + std::to_string(chart.width) + "\" height=\"" + std::to_string(height) +
           "\">";
}

std::string no_data(const BarChart& chart, const ChartColours& colours) {
    return svg_open(chart, 40) + "<text x=\"0\" y=\"26\" font-size=\"15\" fill=\"" + colours.words +
           "\">No data yet</text></svg>";
}

// One row of svg_bars: the label, the track, the bar, the figure and the note.
std::string bar_row(const ChartBar& b, double y, double length, double room, int label_width,
                    const ChartColours& c) {
    const std::string key = html_escape(b.key);
    std::string title = html_escape(b.label) + ": " + html_escape(b.figure);
    if (!b.note.empty()) title += ' ' + html_escape(b.note);
    std::string s = "<g class=\"bar\" data-key=\"" + key + "\" data-value=\"" + number(b.value) +
                    "\"><title>" + title + "</title>";
    const double x0 = label_width, mid = y + bar_height / 2.0 + 5;
    s += "<text class=\"label\" x=\"" + px(x0 - 10) + "\" y=\"" + px(mid) +
         "\" text-anchor=\"end\" font-size=\"14\" fill=\"" + c.words + "\">" +
         html_escape(shortened(b.label, static_cast<std::size_t>((label_width - 14) / 8))) +
         "</text>";
    s += "<rect x=\"" + px(x0) + "\" y=\"" + px(y) + "\" width=\"" + px(room) + "\" height=\"" +
         std::to_string(bar_height) + "\" rx=\"4\" fill=\"" + c.track + "\"/>";
    s += "<rect x=\"" + px(x0) + "\" y=\"" + px(y) + "\" width=\"" + px(length) + "\" height=\"" +
         std::to_string(bar_height) + "\" rx=\"4\" fill=\"" + (b.emphasis ? c.emphasis : c.bar) +
         "\"/>";
    const double figure_width = static_cast<double>(characters(b.figure) * figure_char_width + 14);
    const bool inside = length >= figure_width;
    const double after = x0 + length + 8;
    if (inside)
        s += "<text class=\"figure\" x=\"" + px(x0 + length - 8) + "\" y=\"" + px(mid) +
             "\" text-anchor=\"end\" font-size=\"15\" font-weight=\"700\" fill=\"" + c.on_bar +
             "\">" + html_escape(b.figure) + "</text>";
    std::string beside = inside ? ""
                                : "<tspan class=\"figure\" font-weight=\"700\">" +
                                      html_escape(b.figure) + "</tspan> ";
    if (!b.note.empty())
        beside += "<tspan class=\"note\" font-size=\"13\">" + html_escape(b.note) + "</tspan>";
    if (!beside.empty())
        s += "<text x=\"" + px(after) + "\" y=\"" + px(mid) + "\" font-size=\"15\" fill=\"" +
             c.words + "\">" + beside + "</text>";
    return s + "</g>";
}

}  // namespace

std::string html_escape(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    for (char c : text) {
        switch (c) {
            case '&':
                out += "&amp;";
                break;
            case '<':
                out += "&lt;";
                break;
            case '>':
                out += "&gt;";
                break;
            case '"':
                out += "&quot;";
                break;
            case '\'':
                out += "&#39;";
                break;
            default:
                out += c;
        }
    }
    return out;
}

std::string shortened(std::string_view text, std::size_t most) {
    if (characters(text) <= most || most == 0) return std::string(text);
    std::size_t kept = 0, end = 0;
    for (; end < text.size(); ++end) {
        if ((static_cast<unsigned char>(text[end]) & 0xC0) == 0x80) continue;
        if (kept == most - 1) break;
        ++kept;
    }
    std::string out(text.substr(0, end));
    while (!out.empty() && out.back() == ' ') out.pop_back();
    return out + "\xE2\x80\xA6";  // …
}

std::string svg_bars(const BarChart& chart, const ChartColours& colours) {
    if (chart.bars.empty()) return no_data(chart, colours);
    bool notes = false;
    std::size_t longest_figure = 0;
    for (const ChartBar& b : chart.bars) {
        notes = notes || !b.note.empty();
        longest_figure = std::max(longest_figure, characters(b.figure));
    }
    const double room =
        chart.width - chart.label_width - (notes ? 96.0 : 16.0 + 9.0 * longest_figure);
    const double most = largest(chart.bars);
    const int height = static_cast<int>(chart.bars.size()) * row_height + 4;
    std::string s = svg_open(chart, height);
    double y = 4;
    for (const ChartBar& b : chart.bars) {
        double length = most > 0 ? room * b.value / most : 0;
        if (b.value > 0) length = std::max(length, 3.0);
        s += bar_row(b, y, length, room, chart.label_width, colours);
        y += row_height;
    }
    return s + "</svg>";
}

std::string svg_columns(const BarChart& chart, const ChartColours& colours) {
    if (chart.bars.empty()) return no_data(chart, colours);
    constexpr double tallest = 150, top = 24, bottom = 26;
    const double step = static_cast<double>(chart.width) / static_cast<double>(chart.bars.size());
    const double most = largest(chart.bars);
    std::string s = svg_open(chart, static_cast<int>(top + tallest + bottom));
    for (std::size_t i = 0; i < chart.bars.size(); ++i) {
        const ChartBar& b = chart.bars[i];
        const double h = most > 0 ? tallest * b.value / most : 0;
        const double x = step * static_cast<double>(i), centre = x + step / 2;
        const std::string fill = b.emphasis ? colours.emphasis : colours.bar;
        s += "<g class=\"bar\" data-key=\"" + html_escape(b.key) + "\" data-value=\"" +
             number(b.value) + "\"><title>" + html_escape(b.label) + ": " + html_escape(b.figure) +
             "</title>";
        s += "<rect x=\"" + px(x + 2) + "\" y=\"" + px(top + tallest - h) + "\" width=\"" +
             px(step - 4) + "\" height=\"" + px(h) + "\" rx=\"3\" fill=\"" + fill + "\"/>";
        if (b.value > 0)
            s += "<text class=\"figure\" x=\"" + px(centre) + "\" y=\"" +
                 px(top + tallest - h - 6) +
                 "\" text-anchor=\"middle\" font-size=\"13\" font-weight=\"700\" fill=\"" +
                 colours.words + "\">" + html_escape(b.figure) + "</text>";
        s += "<text class=\"label\" x=\"" + px(centre) + "\" y=\"" + px(top + tallest + 18) +
             "\" text-anchor=\"middle\" font-size=\"12\" fill=\"" + colours.words + "\">" +
             html_escape(b.label) + "</text></g>";
    }
    s += "<line x1=\"0\" x2=\"" + std::to_string(chart.width) + "\" y1=\"" + px(top + tallest) +
         "\" y2=\"" + px(top + tallest) + "\" stroke=\"" + colours.words +
         "\" stroke-width=\"1\"/>";
    return s + "</svg>";
}

}  // namespace kiosk
