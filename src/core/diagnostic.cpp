#include "core/diagnostic.hpp"

#include <algorithm>

namespace kiosk {

std::string Diagnostic::to_string() const {
    std::string out = file;
    if (line > 0) {
        out += ':';
        out += std::to_string(line);
        out += ':';
        out += std::to_string(column);
    }
    out += severity == Severity::error ? ": error: " : ": warning: ";
    out += message;
    out += " [";
    out += pointer;
    out += ']';
    return out;
}

int count(const std::vector<Diagnostic>& all, Severity severity) {
    return static_cast<int>(std::count_if(
        all.begin(), all.end(), [&](const Diagnostic& d) { return d.severity == severity; }));
}

}  // namespace kiosk
