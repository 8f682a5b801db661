// A message about a content file that a person can act on: where, how bad, what.
#pragma once

#include <string>
#include <vector>

namespace kiosk {

enum class Severity {
    error,    // the content is refused; the kiosk keeps what it had
    warning,  // the content is used, but something is likely wrong
};

struct Diagnostic {
    std::string file;  // as the staff member would type it, e.g. "content/quiz.json"
    int line = 0;      // 1-based; 0 when the file as a whole is meant
    int column = 0;    // 1-based, in bytes
    Severity severity = Severity::error;
    std::string message;
    std::string pointer;  // JSON pointer of the value, "" for the whole document

    // "content/quiz.json:14:22: error: message [/questions/0]"
    [[nodiscard]] std::string to_string() const;
};

[[nodiscard]] int count(const std::vector<Diagnostic>& all, Severity severity);

}  // namespace kiosk
