// products.json: the catalogue.
#include "core/content_files.hpp"

namespace kiosk {
namespace {

constexpr int most_product_weight = 10;

std::string read_plain_string(const Field& field, const TextRules& rules) {
    std::string text = read_string(field).value_or("");
    check_drawable(field, text, rules);
    return text;
}

void read_product_details(const Field& field, Product& product, ReadingContext& context) {
    if (auto summary = field.member("summary")) product.summary = read_text(*summary, context.text);
    if (auto image = field.member("image"))
        product.image = read_image(*image, context.images).value_or("");
    if (auto price = field.member("price")) product.price = read_plain_string(*price, context.text);
    if (auto url = field.member("url")) product.url = read_string(*url).value_or("");
    if (auto in_stock = field.member("in_stock"))
        product.in_stock = read_bool(*in_stock).value_or(true);
}

Product read_product(const Field& field, IdRegister& ids, ReadingContext& context) {
    Product product;
    if (!check_object(field, object_keys("products.json", "/products/*"))) return product;
    if (auto id = field.member("id")) {
        product.id = read_name(*id, "product id").value_or("");
        if (!product.id.empty()) ids.add(*id, product.id);
    }
    if (auto name = field.member("name")) product.name = read_text(*name, context.text);
    if (auto tags = field.member("tags"))
        product.tags =
            read_tag_weights(*tags, 0, most_product_weight, "product '" + product.id + "'");
    read_product_details(field, product, context);
    return product;
}

}  // namespace

std::vector<Product> read_products(const Field& root, ReadingContext& context) {
    std::vector<Product> products;
    if (!check_object(root, object_keys("products.json", ""))) return products;
    const auto list = root.member("products");
    const auto elements = list ? read_array(*list, "product") : std::nullopt;
    if (!elements) return products;
    IdRegister ids("product id");
    for (const Field& element : *elements) products.push_back(read_product(element, ids, context));
    return products;
}

}  // namespace kiosk
