// What the preview shows (core/preview_view.hpp): the banner's tone, headline and first
// problem, the chip, the list's rows a page at a time, and the answers on the results of R.
#include "core/preview_view.hpp"

#include <doctest/doctest.h>

#include <memory>
#include <string>
#include <vector>

#include "core/answer_paths.hpp"
#include "sample_content.hpp"

using kiosk::Diagnostic;
using kiosk::KioskFlow;
using kiosk::Preview;
using kiosk::PreviewTone;
using kiosk::Severity;

namespace {

KioskFlow make_flow() {
    return KioskFlow(kiosk::sample::shared(), 0.0, [] { return std::string("s"); });
}

Diagnostic at(std::string file, int line, int column, Severity severity, std::string message,
              std::string pointer = "") {
    return {.file = std::move(file),
            .line = line,
            .column = column,
            .severity = severity,
            .message = std::move(message),
            .pointer = std::move(pointer)};
}

const Diagnostic comma = at("shop/content/quiz.json", 10, 41, Severity::error,
                            "a comma before '}' is not allowed in JSON — remove it");
const Diagnostic titel = at("shop/content/kiosk.json", 3, 5, Severity::warning,
                            "unknown key 'titel', did you mean 'title'?", "/titel");

bool contains(const std::string& text, const std::string& part) {
    return text.find(part) != std::string::npos;
}

}  // namespace

TEST_CASE("preview_view: clean content shows the chip with the time of the check, no banner") {
    Preview p;
    p.note_check({}, true, "14:05:09");
    const auto v = kiosk::preview_view(p, make_flow(), 5);
    CHECK(v.tone == PreviewTone::clean);
    CHECK(contains(v.chip, "Content OK"));
    CHECK(contains(v.chip, "14:05:09"));
    CHECK(v.headline.empty());
    CHECK(v.first.empty());
    CHECK_FALSE(v.list_open);
}

TEST_CASE("preview_view: a refused save shows its first error, where, and how many more") {
    Preview p;
    p.note_check({titel, comma, titel, titel}, false, "14:05:09");
    const auto v = kiosk::preview_view(p, make_flow(), 5);
    CHECK(v.tone == PreviewTone::errors);
    CHECK(v.chip.empty());
    // The error first, although the warning came first in the files.
    CHECK(v.first ==
          "quiz.json:10:41: error: a comma before '}' is not allowed in JSON — remove it");
    CHECK(v.more == "+3 more");
    CHECK(contains(v.headline, "Not taken"));
    CHECK(contains(v.headline, "1 error, 3 warnings"));
    CHECK(contains(v.headline, "last good content"));
    CHECK_FALSE(v.open.empty());
    CHECK(v.errors == 1);
    CHECK(v.warnings == 3);
    CHECK_FALSE(v.in_use);
}

TEST_CASE("preview_view: warnings alone are amber, the content in use; one problem has no more") {
    Preview p;
    p.note_check({titel}, true, "09:00:00");
    const auto v = kiosk::preview_view(p, make_flow(), 5);
    CHECK(v.tone == PreviewTone::warnings);
    CHECK(v.first == "kiosk.json:3:5: warning: unknown key 'titel', did you mean 'title'?");
    CHECK(v.more.empty());
    CHECK(contains(v.headline, "1 warning"));
    CHECK_FALSE(contains(v.headline, "last good"));
    CHECK(v.in_use);
}

TEST_CASE("preview_view: the place of a problem: the file's name, line and column") {
    CHECK(kiosk::preview_place(comma) == "quiz.json:10:41");
    CHECK(kiosk::preview_place(at("C:\\shop\\content\\slides.json", 2, 7, Severity::error, "")) ==
          "slides.json:2:7");
    CHECK(kiosk::preview_place(at("content/products.json", 0, 0, Severity::error, "")) ==
          "products.json");  // the file as a whole
    CHECK(kiosk::preview_place(at("crème.png", 0, 0, Severity::error, "")) == "crème.png");
}

TEST_CASE("preview_view: the list holds a page of rows, and says which page") {
    Preview p;
    std::vector<Diagnostic> all;
    for (int i = 1; i <= 7; ++i)
        all.push_back(at("content/quiz.json", i, 2, Severity::warning, "w" + std::to_string(i)));
    p.note_check(all, true, "08:00:00");
    p.take(kiosk::preview::OpenList{}, 3);
    auto v = kiosk::preview_view(p, make_flow(), 3);
    REQUIRE(v.list_open);
    CHECK(v.pages == 3);
    CHECK(v.page == 1);
    CHECK(v.page_label == "Page 1 of 3");
    CHECK_FALSE(v.has_previous);
    CHECK(v.has_next);
    REQUIRE(v.rows.size() == 3);
    CHECK(v.rows[0].place == "quiz.json:1:2");
    CHECK(v.rows[0].kind == "Warning");
    CHECK(v.rows[0].message == "w1");
    p.take(kiosk::preview::NextPage{}, 3);
    p.take(kiosk::preview::NextPage{}, 3);
    v = kiosk::preview_view(p, make_flow(), 3);
    REQUIRE(v.rows.size() == 1);
    CHECK(v.rows[0].message == "w7");
    CHECK(v.has_previous);
    CHECK_FALSE(v.has_next);
    CHECK(contains(v.summary, "7 warnings"));
    CHECK(contains(v.summary, "08:00:00"));
    CHECK(contains(v.keys,
                   "1\xE2\x80\x93"
                   "9"));
    // A larger page: the page shown is the last there is.
    v = kiosk::preview_view(p, make_flow(), 10);
    CHECK(v.pages == 1);
    CHECK(v.page == 1);
    CHECK(v.rows.size() == 7);
    CHECK(v.page_label.empty());
}

TEST_CASE("preview_view: an empty list says there is nothing to fix") {
    Preview p;
    p.take(kiosk::preview::OpenList{}, 3);
    const auto v = kiosk::preview_view(p, make_flow(), 3);
    CHECK(v.rows.empty());
    CHECK_FALSE(v.nothing.empty());
    CHECK(contains(v.summary, "no errors"));
}

TEST_CASE("preview_view: the results of R name their answer path while they are on screen") {
    Preview p;
    KioskFlow flow = make_flow();
    const auto content = kiosk::sample::content();
    const auto j = p.key(kiosk::Key::r, content, 3);
    const auto second = p.key(kiosk::Key::r, content, 3);  // path 2
    REQUIRE(second.has_value());
    flow.jump(*second, 1.0);
    p.take(kiosk::preview::OpenList{}, 3);
    auto v = kiosk::preview_view(p, flow, 3);
    CHECK(v.answer_path == 2);
    CHECK(contains(v.answers, "2 of 3"));
    CHECK(contains(v.answers, "concern: dryness"));
    // Other answers (a shopper's taps, the first path's) are not path 2's.
    flow.jump(std::get<kiosk::jump::Results>(*j), 2.0);
    CHECK(kiosk::preview_view(p, flow, 3).answer_path == 0);
    flow.jump(kiosk::jump::Slides{}, 3.0);
    CHECK(kiosk::preview_view(p, flow, 3).answer_path == 0);
}
