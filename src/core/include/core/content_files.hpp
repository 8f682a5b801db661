// The readers of the four content files. Each reads what it can, reports every problem in its
// file, and keeps one entry per array element (even a broken one) so that positions in the
// model match positions in the file.
#pragma once

#include <vector>

#include "core/asset_images.hpp"
#include "core/content.hpp"
#include "core/content_fields.hpp"
#include "core/content_text.hpp"

namespace kiosk {

struct ReadingContext {
    TextRules text;  // languages are filled in by read_kiosk_settings
    AssetImages& images;
};

[[nodiscard]] KioskSettings read_kiosk_settings(const Field& root, ReadingContext& context);
[[nodiscard]] std::vector<Slide> read_slides(const Field& root, ReadingContext& context);
[[nodiscard]] Quiz read_quiz(const Field& root, ReadingContext& context);
[[nodiscard]] std::vector<Question> read_questions(const Field& questions, ReadingContext& context);
[[nodiscard]] std::vector<Product> read_products(const Field& root, ReadingContext& context);

}  // namespace kiosk
