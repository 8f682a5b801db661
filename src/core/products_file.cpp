// products.json: the catalogue.
#include "core/content_files.hpp"

namespace kiosk {
namespace {

constexpr ObjectList product_list{"products.json", "/products/*", "product"};
constexpr int most_product_weight = 10;

std::string read_plain_string(const Field& field, const TextRules& rules) {
    std::string text = read_string(field).value_or("");
    check_drawable(field, text, rules);
    return text;
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
}

}  // namespace

std::vector<Product> read_products(const Field& root, ReadingContext& context) {
    if (!check_object(root, object_keys("products.json", ""))) return {};
    const auto list = root.member("products");
    return list ? read_object_list(*list, product_list, context, read_product)
                : std::vector<Product>{};
}

}  // namespace kiosk
