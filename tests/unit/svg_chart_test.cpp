// The report's charts (core/svg_chart.hpp): the numbers written on the bars, the bars' lengths,
// and text from events made safe in the page.
#include "core/svg_chart.hpp"

#include <doctest/doctest.h>

#include <regex>
#include <string>
#include <vector>

using kiosk::BarChart;
using kiosk::ChartBar;

namespace {

int count_of(const std::string& text, const std::string& part) {
    int n = 0;
    for (auto at = text.find(part); at != std::string::npos; at = text.find(part, at + 1)) ++n;
    return n;
}

// The width of each bar (the second rect of each row), in drawing order.
std::vector<double> bar_widths(const std::string& svg) {
    std::vector<double> widths;
    const std::regex row(R"re(<g class="bar"[^>]*>.*?<rect[^>]*/><rect[^>]*width="([0-9.]+)")re");
    for (auto it = std::sregex_iterator(svg.begin(), svg.end(), row); it != std::sregex_iterator();
         ++it)
        widths.push_back(std::stod((*it)[1]));
    return widths;
}

BarChart sample() {
    return {"recommended",
            "Products",
            {{"serum", "Barrier serum", 40, "40", "", false},
             {"soap", "Oat soap", 1, "1", "", false},
             {"none", "Nothing", 0, "0", "", false}},
            580,
            210};
}

}  // namespace

TEST_CASE("svg chart: every bar carries its figure, as text and in data-value") {
    const std::string svg = kiosk::svg_bars(sample(), {});
    CHECK(count_of(svg, "<g class=\"bar\"") == 3);
    CHECK(svg.find(R"(data-key="serum" data-value="40")") != std::string::npos);
    CHECK(svg.find(R"(data-key="soap" data-value="1")") != std::string::npos);
    CHECK(svg.find(R"(data-key="none" data-value="0")") != std::string::npos);
    CHECK(svg.find(">40</text>") != std::string::npos);  // written inside the long bar
    CHECK(svg.find(">1</tspan>") != std::string::npos);  // written beside the short one
    CHECK(svg.find("data-chart=\"recommended\"") != std::string::npos);
}

TEST_CASE("svg chart: bars are as long as their figures say") {
    const auto widths = bar_widths(kiosk::svg_bars(sample(), {}));
    REQUIRE(widths.size() == 3);
    CHECK(widths[0] == doctest::Approx(widths[1] * 40).epsilon(0.01));
    CHECK(widths[2] == 0);
    CHECK(widths[0] <= 580 - 210);
}

TEST_CASE("svg chart: text from events is escaped") {
    BarChart chart{"answers:<q>",
                   "Staff said \"hi\" & <b>",
                   {{"<script>alert(1)</script>", "a'b<i>", 2, "2", "x&y", false}},
                   580,
                   210};
    const std::string svg = kiosk::svg_bars(chart, {});
    CHECK(svg.find("<script>") == std::string::npos);
    CHECK(svg.find("<i>") == std::string::npos);
    CHECK(svg.find("<b>") == std::string::npos);
    CHECK(svg.find("&lt;script&gt;alert(1)&lt;/script&gt;") != std::string::npos);
    CHECK(svg.find("a&#39;b&lt;i&gt;") != std::string::npos);
    CHECK(svg.find("x&amp;y") != std::string::npos);
    CHECK(svg.find("Staff said &quot;hi&quot; &amp; &lt;b&gt;") != std::string::npos);
    CHECK(kiosk::html_escape(R"(<a href="x">&'</a>)") ==
          "&lt;a href=&quot;x&quot;&gt;&amp;&#39;&lt;/a&gt;");
}

TEST_CASE("svg chart: an empty chart says so") {
    const std::string svg = kiosk::svg_bars({"slides", "Slides", {}, 580, 210}, {});
    CHECK(svg.find("No data yet") != std::string::npos);
    CHECK(svg.find("class=\"bar\"") == std::string::npos);
}

TEST_CASE("svg chart: columns write their figures above, none for zero") {
    BarChart hours{"hours",
                   "Hours",
                   {{"09", "09:00", 4, "4", "", false}, {"10", "10:00", 0, "0", "", false}},
                   600,
                   0};
    const std::string svg = kiosk::svg_columns(hours, {});
    CHECK(svg.find(R"(data-key="09" data-value="4")") != std::string::npos);
    CHECK(svg.find(">4</text>") != std::string::npos);
    CHECK(svg.find(">0</text>") == std::string::npos);
    CHECK(svg.find(">10:00</text>") != std::string::npos);
}

TEST_CASE("svg chart: long labels are shortened on a character boundary") {
    CHECK(kiosk::shortened("Probiotic facial cleanser", 10) == "Probiotic\xE2\x80\xA6");
    CHECK(kiosk::shortened("short", 10) == "short");
    CHECK(kiosk::shortened("\xC3\xA9\xC3\xA9\xC3\xA9\xC3\xA9", 3) ==
          "\xC3\xA9\xC3\xA9\xE2\x80\xA6");
}
