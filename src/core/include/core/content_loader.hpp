// Loading the content folder: the four JSON files, checked against the content format,
// with every problem reported as a Diagnostic (file, line, column, JSON pointer).
#pragma once

#include <filesystem>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "core/content.hpp"
#include "core/diagnostic.hpp"
#include "core/picture_decoding.hpp"

namespace kiosk {

struct ContentFolders {
    std::filesystem::path content;  // holds kiosk.json, slides.json, quiz.json, products.json
    std::filesystem::path assets;   // every "image" is relative to this
};

// The four files of a content folder, in the order they are read and reported.
inline constexpr const char* content_file_names[] = {"kiosk.json", "slides.json", "quiz.json",
                                                     "products.json"};

// Answers whether the loaded fonts can draw a character (a Unicode code point).
// Empty: every character is taken to be drawable.
using GlyphCheck = std::function<bool(char32_t)>;

struct ContentLoad {
    std::optional<Content> content;       // set when there are no errors
    std::vector<Diagnostic> diagnostics;  // errors and warnings, file by file, in file order
    [[nodiscard]] int errors() const { return count(diagnostics, Severity::error); }
    [[nodiscard]] int warnings() const { return count(diagnostics, Severity::warning); }
};

// Reads and checks the whole content set. Never throws for anything in the files. With
// `can_show`, every picture the files name is also decoded, `picture_workers` at a time (0: one
// per core; see decode_pictures).
[[nodiscard]] ContentLoad load_content(const ContentFolders& folders,
                                       const GlyphCheck& can_draw = {},
                                       const PictureCheck& can_show = {},
                                       unsigned picture_workers = 0);

}  // namespace kiosk
