#include "core/content_file.hpp"

#include <algorithm>
#include <fstream>
#include <system_error>

namespace kiosk {
namespace fs = std::filesystem;

namespace {

std::string mebibytes(std::uintmax_t bytes) {
    return std::to_string((bytes + 1024 * 1024 - 1) / (1024 * 1024)) + " MiB";
}

}  // namespace

bool ContentFile::read(const fs::path& path, std::size_t max_bytes) {
    std::error_code ec;
    const fs::file_status status = fs::status(path, ec);
    if (ec == std::errc::too_many_symbolic_link_levels) {
        report({}, Severity::error, "",
               "cannot be read: a symbolic link loop (a link in its path leads back to itself)");
        return false;
    }
    if (!fs::exists(status)) {
        report({}, Severity::error, "", "file not found");
        return false;
    }
    if (fs::is_directory(status)) {
        report({}, Severity::error, "", "is a folder, not a file");
        return false;
    }
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        report({}, Severity::error, "", "cannot be read (check the file's permissions)");
        return false;
    }
    std::string text;
    char chunk[64 * 1024];
    while (text.size() <= max_bytes && in.read(chunk, sizeof chunk).gcount() > 0)
        text.append(chunk, static_cast<std::size_t>(in.gcount()));
    if (text.size() > max_bytes) {
        report({}, Severity::error, "",
               "the file is larger than " + mebibytes(max_bytes) +
                   "; content files may be at "
                   "most " +
                   mebibytes(max_bytes));
        return false;
    }
    return parse(text);
}

bool ContentFile::parse(std::string_view text) {
    document_ = parse_json_document(text);
    for (const DuplicateKey& d : document_.duplicate_keys)
        report(d.second, Severity::warning, d.pointer,
               "this key is written twice in the same object (first at line " +
                   std::to_string(d.first.line) + "); the later value is used");
    if (!document_.syntax_error) return true;
    report(document_.syntax_error->at, Severity::error, "", document_.syntax_error->message);
    return false;
}

void ContentFile::error(std::string_view pointer, std::string message) {
    report(document_.value_at(pointer), Severity::error, pointer, std::move(message));
}

void ContentFile::warning(std::string_view pointer, std::string message) {
    report(document_.value_at(pointer), Severity::warning, pointer, std::move(message));
}

void ContentFile::key_warning(std::string_view pointer, std::string message) {
    report(document_.key_at(pointer), Severity::warning, pointer, std::move(message));
}

void ContentFile::report(SourcePosition at, Severity severity, std::string_view pointer,
                         std::string message) {
    diagnostics_.push_back(
        Diagnostic{name_, at.line, at.column, severity, std::move(message), std::string(pointer)});
}

std::vector<Diagnostic> ContentFile::diagnostics_in_file_order() const {
    std::vector<Diagnostic> sorted = diagnostics_;
    std::stable_sort(sorted.begin(), sorted.end(), [](const Diagnostic& a, const Diagnostic& b) {
        return std::pair(a.line, a.column) < std::pair(b.line, b.column);
    });
    return sorted;
}

}  // namespace kiosk
