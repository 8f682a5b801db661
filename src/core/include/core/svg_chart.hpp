// Charts of the HTML report, drawn as inline SVG: horizontal bars with their numbers written on
// them, and columns for the hours of the day. Every figure is also in the markup
// (data-key, data-value), so that a test or a script can read the page.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace kiosk {

// Text made safe inside HTML or SVG, in an element or an attribute: & < > " ' escaped.
[[nodiscard]] std::string html_escape(std::string_view text);

// At most `most` characters (code points) of `text`, ending in "…" when it was cut.
[[nodiscard]] std::string shortened(std::string_view text, std::size_t most);

struct ChartBar {
    std::string key;        // the id the figure is about (data-key): a question, a product
    std::string label;      // what the bar is called, in the shop's words
    double value = 0;       // its length
    std::string figure;     // the number written on it ("12", "6.2 s")
    std::string note;       // said after the figure, smaller ("of 40", "3 views"); may be empty
    bool emphasis = false;  // drawn in the second colour (the funnel's last step)
};

struct ChartColours {
    std::string bar = "#2F6B4F";       // the bars
    std::string on_bar = "#FFFFFF";    // a figure written on a bar
    std::string emphasis = "#B35C36";  // an emphasised bar
    std::string words = "#23332B";     // labels, and figures beside a short bar
    std::string track = "#EEF2EF";     // the ground of a bar's whole length
};

struct BarChart {
    std::string id;  // data-chart: what the chart shows
    std::string title;
    std::vector<ChartBar> bars;
    int width = 580;        // pixels
    int label_width = 210;  // the column of labels
};

// One bar per row, the longest as long as the chart allows; empty charts say "No data yet".
[[nodiscard]] std::string svg_bars(const BarChart& chart, const ChartColours& colours);

// Columns side by side (the hours of the day): the labels under them, the figure above each
// column that is not zero.
[[nodiscard]] std::string svg_columns(const BarChart& chart, const ChartColours& colours);

}  // namespace kiosk
