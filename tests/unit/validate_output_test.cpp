// What --validate prints (interfaces.md, "Command line"): text lines and a summary, or one JSON
// array of the diagnostics for content pipelines.
#include "core/validate_output.hpp"

#include <doctest/doctest.h>

#include <nlohmann/json.hpp>
#include <sstream>
#include <string>
#include <vector>

using kiosk::Diagnostic;
using kiosk::Severity;
using json = nlohmann::json;

namespace {

const std::vector<Diagnostic> two = {
    {.file = "content/quiz.json",
     .line = 10,
     .column = 41,
     .severity = Severity::error,
     .message = "a comma before '}' is not allowed in JSON — remove it",
     .pointer = "/questions/2"},
    {.file = "content/kiosk.json",
     .line = 0,
     .column = 0,
     .severity = Severity::warning,
     .message = "unknown key 'titel', did you mean 'title'?",
     .pointer = ""},
};

}  // namespace

TEST_CASE("validate_output: text is one line per diagnostic, then the summary") {
    CHECK(kiosk::diagnostics_text(two, "shop/content") ==
          two[0].to_string() + "\n" + two[1].to_string() + "\nshop/content: 1 error, 1 warning\n");
    CHECK(kiosk::diagnostics_text({}, "content") == "content: 0 errors, 0 warnings\n");
    const std::vector<Diagnostic> errors(3, two[0]);
    CHECK(kiosk::diagnostics_text(errors, "c").find("c: 3 errors, 0 warnings\n") !=
          std::string::npos);
}

TEST_CASE("validate_output: json is an array of every diagnostic with its six fields") {
    const json out = json::parse(kiosk::diagnostics_json(two));
    REQUIRE(out.is_array());
    REQUIRE(out.size() == two.size());
    for (std::size_t i = 0; i < two.size(); ++i) {
        CAPTURE(i);
        CHECK(out[i].size() == 6);
        CHECK(out[i]["file"] == two[i].file);
        CHECK(out[i]["line"] == two[i].line);
        CHECK(out[i]["column"] == two[i].column);
        CHECK(out[i]["pointer"] == two[i].pointer);
        CHECK(out[i]["message"] == two[i].message);
    }
    CHECK(out[0]["severity"] == "error");
    CHECK(out[1]["severity"] == "warning");
}

TEST_CASE("validate_output: json with nothing to say is an empty array") {
    const std::string text = kiosk::diagnostics_json({});
    CHECK(json::parse(text) == json::array());
    CHECK(text.back() == '\n');
}

TEST_CASE("validate_output: json puts one diagnostic on each line, for a person reading it") {
    const std::vector<Diagnostic> many(5, two[1]);
    std::istringstream lines(kiosk::diagnostics_json(many));
    std::vector<std::string> all;
    for (std::string line; std::getline(lines, line);) all.push_back(line);
    REQUIRE(all.size() == many.size() + 2);
    CHECK(all.front() == "[");
    CHECK(all.back() == "]");
    for (std::size_t i = 1; i + 1 < all.size(); ++i) {
        std::string line = all[i];
        if (line.back() == ',') line.pop_back();  // every line but the last ends in a comma
        CHECK(json::parse(line)["severity"] == "warning");
    }
}

TEST_CASE("validate_output: quotes, backslashes, newlines and non-ASCII survive the JSON") {
    const Diagnostic odd{.file = "C:\\shops\\crème brûlée\\content\\quiz.json",
                         .line = 3,
                         .column = 7,
                         .severity = Severity::error,
                         .message = "answer \"unrein\" (de)\nsays \"ok\"\ttab",
                         .pointer = "/questions/0/answers/1/text"};
    const std::string text = kiosk::diagnostics_json({odd});
    // The raw newline and tab of the message are escaped: each diagnostic stays on its line.
    CHECK(text.find("\\n") != std::string::npos);
    CHECK(text.find("\\t") != std::string::npos);
    CHECK(text.find("\\\"unrein\\\"") != std::string::npos);
    const json out = json::parse(text);
    CHECK(out[0]["file"] == odd.file);
    CHECK(out[0]["message"] == odd.message);
    // Non-ASCII is written as UTF-8 text, not as \u escapes.
    CHECK(text.find("crème brûlée") != std::string::npos);
}

TEST_CASE("validate_output: a byte that is not UTF-8 does not stop the JSON") {
    Diagnostic bad = two[0];
    bad.message = "invalid UTF-8 \xE9 here";
    bad.file = "content/caf\xE9.json";
    std::string text;
    CHECK_NOTHROW(text = kiosk::diagnostics_json({bad}));
    const json out = json::parse(text);
    CHECK(out[0]["message"] == "invalid UTF-8 \xEF\xBF\xBD here");
    CHECK(out[0]["file"] == "content/caf\xEF\xBF\xBD.json");
}
