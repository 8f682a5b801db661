// The preview's state (core/preview.hpp): the problems of the last content check and the
// pictures that failed, the list and its pages, and what each key does.
#include "core/preview.hpp"

#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "core/answer_paths.hpp"
#include "sample_content.hpp"

using kiosk::Diagnostic;
using kiosk::Jump;
using kiosk::Key;
using kiosk::Preview;
using kiosk::Severity;
namespace jump = kiosk::jump;
namespace preview = kiosk::preview;

namespace {

Diagnostic problem(std::string file, int line, Severity severity, std::string message = "x") {
    return {.file = std::move(file),
            .line = line,
            .column = 1,
            .severity = severity,
            .message = std::move(message),
            .pointer = ""};
}

// A check with `n` warnings, for the pages.
std::vector<Diagnostic> warnings(int n) {
    std::vector<Diagnostic> all;
    for (int i = 1; i <= n; ++i) all.push_back(problem("content/quiz.json", i, Severity::warning));
    return all;
}

constexpr int rows = 4;  // problems a page in these tests

}  // namespace

TEST_CASE("preview: the errors come first, then the warnings, each in the files' order") {
    Preview p;
    p.note_check({problem("content/kiosk.json", 3, Severity::warning),
                  problem("content/quiz.json", 10, Severity::error),
                  problem("content/quiz.json", 12, Severity::warning),
                  problem("content/products.json", 2, Severity::error)},
                 false, "14:05:09");
    REQUIRE(p.problems().size() == 4);
    CHECK(p.problems()[0].line == 10);
    CHECK(p.problems()[1].line == 2);
    CHECK(p.problems()[2].line == 3);
    CHECK(p.problems()[3].line == 12);
    CHECK(p.errors() == 2);
    CHECK(p.warnings() == 2);
    CHECK_FALSE(p.in_use());
    CHECK(p.checked_at() == "14:05:09");
}

TEST_CASE("preview: a picture that fails is an error until content is taken again") {
    Preview p;
    p.note_check({}, true, "10:00:00");
    p.note_picture_failure("slides/gut.png", "PNG data ends early");
    REQUIRE(p.errors() == 1);
    CHECK(p.problems()[0].file == "slides/gut.png");
    CHECK(p.problems()[0].message.find("PNG data ends early") != std::string::npos);
    p.note_check({problem("content/quiz.json", 4, Severity::error)}, false, "10:01:00");
    CHECK(p.errors() == 2);  // a refused check keeps the content on screen, and its failures
    p.note_check({}, true, "10:02:00");
    CHECK(p.problems().empty());  // the new content's pictures are tried afresh
}

TEST_CASE("preview: the list opens and closes, and its pages stay within the problems") {
    Preview p;
    p.note_check(warnings(9), true, "");
    CHECK(p.pages(rows) == 3);
    CHECK(p.pages(9) == 1);
    CHECK(p.pages(0) == 9);  // at least one a page
    CHECK_FALSE(p.list_open());
    p.take(preview::OpenList{}, rows);
    CHECK(p.list_open());
    p.take(preview::PreviousPage{}, rows);
    CHECK(p.page() == 0);
    for (int i = 0; i < 5; ++i) p.take(preview::NextPage{}, rows);
    CHECK(p.page() == 2);
    p.take(preview::CloseList{}, rows);
    CHECK_FALSE(p.list_open());
    p.note_check(warnings(2), true, "");
    CHECK(p.page() == 0);  // a new check starts on the first page
    CHECK(Preview().pages(rows) == 1);
}

TEST_CASE("preview: the revision moves with what the banner and the list show, only then") {
    Preview p;
    auto r = p.revision();
    p.note_check(warnings(5), true, "");
    CHECK(p.revision() != r);
    r = p.revision();
    p.take(preview::CloseList{}, rows);     // already closed
    p.take(preview::PreviousPage{}, rows);  // already on the first
    CHECK(p.revision() == r);
    p.take(preview::NextPage{}, rows);
    CHECK(p.revision() != r);
}

TEST_CASE("preview: D opens and closes the list; while open, Esc closes and slide keys page") {
    Preview p;
    const auto content = kiosk::sample::content();
    p.note_check(warnings(9), true, "");
    CHECK_FALSE(p.key(Key::escape, content, rows).has_value());  // nothing to close
    CHECK_FALSE(p.key(Key::d, content, rows).has_value());
    CHECK(p.list_open());
    CHECK_FALSE(p.key(Key::right, content, rows).has_value());
    CHECK_FALSE(p.key(Key::page_down, content, rows).has_value());
    CHECK(p.page() == 2);
    CHECK_FALSE(p.key(Key::left, content, rows).has_value());
    CHECK(p.page() == 1);
    CHECK_FALSE(p.key(Key::escape, content, rows).has_value());
    CHECK_FALSE(p.list_open());
    CHECK_FALSE(p.key(Key::d, content, rows).has_value());
    CHECK_FALSE(p.key(Key::d, content, rows).has_value());
    CHECK_FALSE(p.list_open());
}

TEST_CASE("preview: the keys' jumps") {
    Preview p;
    const auto content = kiosk::sample::content();
    CHECK(p.key(Key::left, content, rows) == Jump{jump::PreviousSlide{}});
    CHECK(p.key(Key::page_up, content, rows) == Jump{jump::PreviousSlide{}});
    CHECK(p.key(Key::right, content, rows) == Jump{jump::NextSlide{}});
    CHECK(p.key(Key::page_down, content, rows) == Jump{jump::NextSlide{}});
    CHECK(p.key(Key::home, content, rows) == Jump{jump::Slides{}});
    CHECK(p.key(Key::l, content, rows) == Jump{jump::NextLanguage{}});
    for (int n = 1; n <= 9; ++n) {
        CAPTURE(n);
        CHECK(p.key(kiosk::digit_key(n), content, rows) == Jump{jump::Question{.number = n}});
    }
    CHECK_FALSE(p.key(Key::other, content, rows).has_value());
    CHECK_FALSE(p.key(Key::f12, content, rows).has_value());  // the app's, not the preview's
}

TEST_CASE("preview: a jump key closes the list, so the screen it jumps to shows") {
    Preview p;
    const auto content = kiosk::sample::content();
    p.take(preview::OpenList{}, rows);
    CHECK(p.key(kiosk::digit_key(2), content, rows) == Jump{jump::Question{.number = 2}});
    CHECK_FALSE(p.list_open());
}

TEST_CASE("preview: R shows the results of the next answer path, round to the first") {
    Preview p;
    const auto content = kiosk::sample::content();
    const int paths = kiosk::preview_answer_paths(content.quiz);
    REQUIRE(paths == 3);
    for (int round = 0; round < 2; ++round)
        for (int n = 1; n <= paths; ++n) {
            CAPTURE(n);
            const auto j = p.key(Key::r, content, rows);
            REQUIRE(j.has_value());
            const auto* results = std::get_if<jump::Results>(&*j);
            REQUIRE(results != nullptr);
            CHECK(results->answers == kiosk::preview_answer_path(content.quiz, n));
            CHECK(p.answer_path() == n);
        }
}

TEST_CASE("key: the digit keys are 1 to 9, every other key 0") {
    for (int n = 1; n <= 9; ++n) CHECK(kiosk::digit_of(kiosk::digit_key(n)) == n);
    for (Key k : {Key::other, Key::escape, Key::r, Key::l, Key::d, Key::home, Key::page_down})
        CHECK(kiosk::digit_of(k) == 0);
}
