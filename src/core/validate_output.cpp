#include "core/validate_output.hpp"

#include <nlohmann/json.hpp>

namespace kiosk {
namespace {

std::string counted(int n, const char* what) {
    return std::to_string(n) + " " + what + (n == 1 ? "" : "s");
}

}  // namespace

std::string diagnostics_text(const std::vector<Diagnostic>& all, const std::string& folder) {
    std::string out;
    for (const Diagnostic& d : all) out += d.to_string() + "\n";
    out += folder + ": " + counted(count(all, Severity::error), "error") + ", " +
           counted(count(all, Severity::warning), "warning") + "\n";
    return out;
}

std::string diagnostics_json(const std::vector<Diagnostic>& all) {
    if (all.empty()) return "[]\n";
    std::string out = "[\n";
    for (std::size_t i = 0; i < all.size(); ++i) {
        const Diagnostic& d = all[i];
        const nlohmann::ordered_json item{
            {"file", d.file},
            {"line", d.line},
            {"column", d.column},
            {"pointer", d.pointer},
            {"severity", d.severity == Severity::error ? "error" : "warning"},
            {"message", d.message}};
        // A byte that is not UTF-8 (a message quoting a broken file) becomes U+FFFD.
        out += "  " + item.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
        out += i + 1 < all.size() ? ",\n" : "\n";
    }
    return out + "]\n";
}

}  // namespace kiosk
