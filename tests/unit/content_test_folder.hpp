// A content folder and assets folder in a fresh temporary directory, for tests of the content
// loader: a valid set of the four files to start from, tiny PNG and JPEG headers, and a short
// way to compare diagnostics.
#pragma once

#include <atomic>
#include <chrono>
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <string>
#include <string_view>

#include "core/content_loader.hpp"

namespace kiosk::testing {

// Smallest content that loads with no error and no warning.
inline constexpr std::string_view valid_kiosk_json = R"({
  "format": 1,
  "languages": ["en", "id"],
  "default_language": "en",
  "strings": {
    "start_quiz": "Find my routine", "back": "Back", "next": "Next", "restart": "Restart",
    "still_there": "Still there?", "continue": "Continue", "results_title": "Your routine",
    "why": "Why", "tips_title": "Tips", "general_picks": "Our favourites",
    "question_progress": "{n} / {total}",
    "language_name": {"en": "English", "id": "Bahasa Indonesia"}
  }
}
)";

inline constexpr std::string_view valid_slides_json = R"({
  "slides": [
    {"id": "welcome", "title": "Welcome"}
  ]
}
)";

inline constexpr std::string_view valid_quiz_json = R"({
  "questions": [
    {
      "id": "concern",
      "text": "What would you most like to change?",
      "answers": [
        {"id": "breakouts", "text": "Breakouts", "tags": {"acne": 3}},
        {"id": "dryness", "text": "Dryness", "tags": {"dry": 2}}
      ]
    }
  ],
  "results": {"fallback": ["cleanser"]}
}
)";

inline constexpr std::string_view valid_products_json = R"({
  "products": [
    {"id": "cleanser", "name": "Cleanser", "tags": {"acne": 2}},
    {"id": "cream", "name": "Cream", "tags": {"dry": 2}}
  ]
}
)";

// A PNG signature and IHDR chunk saying `width` x `height` (enough for the header check).
inline std::string png_header(std::uint32_t width, std::uint32_t height) {
    std::string bytes = "\x89PNG\r\n\x1a\n";
    bytes += std::string("\0\0\0\x0dIHDR", 8);
    for (std::uint32_t v : {width, height})
        for (int shift = 24; shift >= 0; shift -= 8)
            bytes += static_cast<char>((v >> shift) & 0xFF);
    bytes += std::string("\x08\x06\0\0\0", 5);  // depth, colour type, methods
    bytes += std::string("\0\0\0\0", 4);        // CRC (not checked)
    return bytes;
}

// SOI, an APP0 segment, then a baseline SOF0 saying `width` x `height`.
inline std::string jpeg_header(std::uint16_t width, std::uint16_t height) {
    std::string bytes("\xFF\xD8\xFF\xE0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00", 20);
    bytes += std::string("\xFF\xC0\x00\x11\x08", 5);
    bytes += static_cast<char>(height >> 8);
    bytes += static_cast<char>(height & 0xFF);
    bytes += static_cast<char>(width >> 8);
    bytes += static_cast<char>(width & 0xFF);
    bytes += std::string("\x03\x01\x22\x00\x02\x11\x01\x03\x11\x01", 10);
    return bytes;
}

class ContentTestFolder {
  public:
    ContentTestFolder() {
        static std::atomic<int> counter{0};
        const auto stamp = std::chrono::steady_clock::now().time_since_epoch().count();
        root_ = std::filesystem::temp_directory_path() /
                ("kiosk-content-test-" + std::to_string(stamp) + "-" + std::to_string(counter++));
        std::filesystem::create_directories(root_ / "content");
        std::filesystem::create_directories(root_ / "assets");
        write("kiosk.json", valid_kiosk_json);
        write("slides.json", valid_slides_json);
        write("quiz.json", valid_quiz_json);
        write("products.json", valid_products_json);
    }
    ~ContentTestFolder() {
        std::error_code ec;
        std::filesystem::remove_all(root_, ec);
    }
    ContentTestFolder(const ContentTestFolder&) = delete;
    ContentTestFolder& operator=(const ContentTestFolder&) = delete;

    [[nodiscard]] const std::filesystem::path& root() const { return root_; }
    [[nodiscard]] ContentFolders folders() const { return {root_ / "content", root_ / "assets"}; }

    void write(std::string_view file, std::string_view text) const {
        write_bytes(root_ / "content" / file, text);
    }
    void write_asset(std::string_view file, std::string_view bytes) const {
        const auto path = root_ / "assets" / file;
        std::filesystem::create_directories(path.parent_path());
        write_bytes(path, bytes);
    }
    [[nodiscard]] ContentLoad load(const GlyphCheck& can_draw = {}) const {
        return load_content(folders(), can_draw);
    }

    // A diagnostic as "quiz.json:14:22: error: message [/pointer]", without the folder.
    [[nodiscard]] std::string shown(const Diagnostic& d) const {
        std::string text = d.to_string();
        const std::string folder = (root_ / "content").generic_string() + "/";
        if (text.rfind(folder, 0) == 0) text.erase(0, folder.size());
        return text;
    }
    // Every diagnostic, one per line, as shown().
    [[nodiscard]] std::string all_shown(const ContentLoad& load) const {
        std::string out;
        for (const Diagnostic& d : load.diagnostics) out += shown(d) + "\n";
        return out;
    }

  private:
    std::filesystem::path root_;

    static void write_bytes(const std::filesystem::path& path, std::string_view bytes) {
        std::ofstream out(path, std::ios::binary | std::ios::trunc);
        out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
    }
};

}  // namespace kiosk::testing
