// What `--validate` prints: for a person, one line per diagnostic and a summary line; for a
// content pipeline (--format json), one JSON array of the diagnostics (interfaces.md).
#pragma once

#include <string>
#include <vector>

#include "core/diagnostic.hpp"

namespace kiosk {

// "content/quiz.json:14:22: error: ... [/questions/0]" lines, then
// "content: 1 error, 0 warnings" (`folder`: the content folder as the staff member named it).
[[nodiscard]] std::string diagnostics_text(const std::vector<Diagnostic>& all,
                                           const std::string& folder);

// A JSON array, one object a line: {"file", "line", "column", "pointer", "severity",
// "message"}; `severity` is "error" or "warning"; `line` and `column` are 0 when the file as a
// whole is meant. UTF-8, as the files and messages are; "[]" when there is nothing to say.
[[nodiscard]] std::string diagnostics_json(const std::vector<Diagnostic>& all);

}  // namespace kiosk
