// products.json: the catalogue.
#include "core/content_files.hpp"

namespace kiosk {
namespace {

constexpr ObjectList product_list{"products.json", "/products/*", "product"};
constexpr int most_product_weight = 10;
constexpr std::size_t most_how_to_use_steps = 4;

std::string read_plain_string(const Field& field, const TextRules& rules) {
    std::string text = read_string(field).value_or("");
    check_drawable(field, text, rules);
    return text;
}

std::vector<Text> read_text_list(const Field& field, const TextRules& rules) {
    std::vector<Text> texts;
    if (auto elements = read_array(field))
        for (const Field& element : *elements) texts.push_back(read_text(element, rules));
    return texts;
}

// A share of the store map picture's width or height: a number from 0 to 1.
std::optional<double> read_map_share(const Field& field, std::string_view what) {
    if (!field.value->is_number()) {
        field.error("expected a number, got " + kind_of(*field.value));
        return std::nullopt;
    }
    const double share = field.value->get<double>();
    if (share >= 0 && share <= 1) return share;
    field.error(std::string(what) + " " + field.value->dump() +
                " is outside 0..1 (a share of the store map's width or height)");
    return std::nullopt;
}

// map_x and map_y: both or neither.
std::optional<MapPoint> read_map_point(const Field& field) {
    const auto x = field.member("map_x"), y = field.member("map_y");
    if (!x && !y) return std::nullopt;
    if (!x || !y) {
        (x ? *x : *y)
            .error(x ? "map_x without map_y: a place on the store map needs both"
                     : "map_y without map_x: a place on the store map needs both");
        return std::nullopt;
    }
    const auto share_x = read_map_share(*x, "map_x"), share_y = read_map_share(*y, "map_y");
    if (!share_x || !share_y) return std::nullopt;
    return MapPoint{*share_x, *share_y};
}

// The product sheet's keys, all optional.
void read_sheet(const Field& field, Product& product, const TextRules& rules) {
    if (auto details = field.member("details")) product.details = read_text(*details, rules);
    if (auto steps = field.member("how_to_use")) {
        product.how_to_use = read_text_list(*steps, rules);
        if (product.how_to_use.size() > most_how_to_use_steps)
            steps->error("how_to_use has " + std::to_string(product.how_to_use.size()) +
                         " steps, at most " + std::to_string(most_how_to_use_steps));
    }
    if (auto ingredients = field.member("key_ingredients"))
        product.key_ingredients = read_text_list(*ingredients, rules);
    if (auto location = field.member("location")) product.location = read_text(*location, rules);
    product.map_point = read_map_point(field);
}

void read_product(const Field& field, Product& product, ReadingContext& context) {
    if (auto name = field.member("name")) product.name = read_text(*name, context.text);
    if (auto tags = field.member("tags"))
        product.tags =
            read_tag_weights(*tags, 0, most_product_weight, "product '" + product.id + "'");
    if (auto summary = field.member("summary")) product.summary = read_text(*summary, context.text);
    if (auto image = field.member("image"))
        product.image = read_image(*image, context.images).value_or("");
    if (auto price = field.member("price")) product.price = read_plain_string(*price, context.text);
    if (auto url = field.member("url")) product.url = read_string(*url).value_or("");
    if (auto in_stock = field.member("in_stock"))
        product.in_stock = read_bool(*in_stock).value_or(true);
    read_sheet(field, product, context.text);
}

}  // namespace

std::vector<Product> read_products(const Field& root, ReadingContext& context) {
    if (!check_object(root, object_keys("products.json", ""))) return {};
    const auto list = root.member("products");
    return list ? read_object_list(*list, product_list, context, read_product)
                : std::vector<Product>{};
}

}  // namespace kiosk
