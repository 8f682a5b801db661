// One content file being read: its name as staff write it, its parsed document, and the
// messages about it, each placed at the line and column of the value it is about.
#pragma once

#include <cstddef>
#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

#include "core/diagnostic.hpp"
#include "core/json_document.hpp"

namespace kiosk {

inline constexpr std::size_t max_content_file_bytes = 8u * 1024 * 1024;

class ContentFile {
  public:
    explicit ContentFile(std::string name) : name_(std::move(name)) {}

    [[nodiscard]] const std::string& name() const { return name_; }
    [[nodiscard]] const JsonDocument& document() const { return document_; }
    [[nodiscard]] const std::vector<Diagnostic>& diagnostics() const { return diagnostics_; }
    [[nodiscard]] int errors() const { return count(diagnostics_, Severity::error); }

    // Reads and parses the file; false (with an error reported) when it is missing, unreadable,
    // too large or not well-formed JSON.
    bool read(const std::filesystem::path& path, std::size_t max_bytes = max_content_file_bytes);
    // Parses `text` as the file's contents (what read() does after reading the bytes).
    bool parse(std::string_view text);

    // A message about the value at `pointer`, placed where the value starts.
    void error(std::string_view pointer, std::string message);
    void warning(std::string_view pointer, std::string message);
    // A message about an object member's key (an unknown key), placed where the key starts.
    void key_warning(std::string_view pointer, std::string message);

    // Diagnostics in the order they appear in the file (whole-file messages first).
    [[nodiscard]] std::vector<Diagnostic> diagnostics_in_file_order() const;

  private:
    std::string name_;
    JsonDocument document_;
    std::vector<Diagnostic> diagnostics_;

    void report(SourcePosition at, Severity severity, std::string_view pointer,
                std::string message);
};

}  // namespace kiosk
