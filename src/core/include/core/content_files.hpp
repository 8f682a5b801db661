// The readers of the four content files. Each reads what it can, reports every problem in its
// file, and keeps one entry per array element (even a broken one) so that positions in the
// model match positions in the file.
#pragma once

#include <string>
#include <string_view>
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

// A list of objects that each carry an "id": the products, slides, questions, answers, tips.
struct ObjectList {
    std::string_view file;      // "products.json"
    std::string_view objects;   // where the objects sit, as content_keys.hpp writes it
    std::string_view element;   // what one is called, "product": "duplicate product id"
    bool may_be_empty = false;  // else an empty list "must hold at least one product"
};

// Reads the array `list` into one entry per element. Each element's keys are checked, its "id"
// is read and checked against the ids before it, and `read_rest` reads the other members. An
// element that is not an object stays an empty `Item`; nothing is read (with an error) when
// `list` is not an array, or is empty and may not be.
template <typename Item>
std::vector<Item> read_object_list(const Field& list, const ObjectList& kind,
                                   ReadingContext& context,
                                   void (*read_rest)(const Field&, Item&, ReadingContext&)) {
    std::vector<Item> items;
    const auto elements = read_array(list, kind.may_be_empty ? std::string_view{} : kind.element);
    if (!elements) return items;
    const ObjectKeys& keys = object_keys(kind.file, kind.objects);
    IdRegister ids(std::string(kind.element) + " id");
    items.reserve(elements->size());
    for (const Field& element : *elements) {
        Item& item = items.emplace_back();
        if (!check_object(element, keys)) continue;
        item.id = ids.read_id(element);
        read_rest(element, item, context);
    }
    return items;
}

[[nodiscard]] KioskSettings read_kiosk_settings(const Field& root, ReadingContext& context);
[[nodiscard]] std::vector<Slide> read_slides(const Field& root, ReadingContext& context);
[[nodiscard]] Quiz read_quiz(const Field& root, ReadingContext& context);
[[nodiscard]] std::vector<Question> read_questions(const Field& questions, ReadingContext& context);
[[nodiscard]] std::vector<Product> read_products(const Field& root, ReadingContext& context);

}  // namespace kiosk
