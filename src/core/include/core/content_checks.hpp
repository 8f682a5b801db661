// Checks across files: quiz.json against products.json, products.json against kiosk.json.
#pragma once

#include "core/content.hpp"
#include "core/content_file.hpp"

namespace kiosk {

// Errors: a results.fallback entry naming a product products.json does not have.
void check_fallback_products(ContentFile& quiz_file, const std::vector<Product>& products);

// Warnings: an answer tag that no product carries (tags only tips use are fine).
void check_answer_tags(ContentFile& quiz_file, const Quiz& quiz,
                       const std::vector<Product>& products);

// Warnings: a product no answers can recommend; answers that recommend nothing with no fallback.
void check_answer_paths(ContentFile& quiz_file, ContentFile& products_file, const Content& content);

// Warnings: a product with map_x/map_y while kiosk.json has no store_map.
void check_map_points(ContentFile& products_file, const Content& content);

}  // namespace kiosk
