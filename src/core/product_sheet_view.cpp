#include "core/product_sheet_view.hpp"

#include <algorithm>

#include "core/results_view.hpp"
#include "core/shopper_view.hpp"
#include "core/takeaway.hpp"

namespace kiosk {
namespace {

std::vector<std::string> texts(const KioskFlow& flow, const std::vector<Text>& all) {
    std::vector<std::string> out;
    for (const Text& t : all)
        if (std::string words = text(flow, t); !words.empty()) out.push_back(std::move(words));
    return out;
}

}  // namespace

std::optional<ProductSheetView> product_sheet_view(const KioskFlow& flow, double now) {
    if (flow.screen() != Screen::results || flow.sheet_product().empty()) return std::nullopt;
    const auto& products = flow.recommendation().products;
    const auto it = std::find_if(products.begin(), products.end(), [&](const auto& r) {
        return r.product->id == flow.sheet_product();
    });
    if (it == products.end()) return std::nullopt;
    const Product& p = *it->product;
    const ProductCard card = product_card(flow, *it);
    const KioskSettings& kiosk = flow.content().kiosk;
    ProductSheetView v{.product = p.id,
                       .name = card.name,
                       .price = card.price,
                       .summary = card.summary,
                       .details = text(flow, p.details),
                       .picture = p.image,
                       .why_title = card.why_title,
                       .why = card.why,
                       .how_to_use_title = word(flow, "how_to_use"),
                       .how_to_use = texts(flow, p.how_to_use),
                       .ingredients_title = word(flow, "key_ingredients"),
                       .key_ingredients = texts(flow, p.key_ingredients),
                       .location_title = word(flow, "where_to_find"),
                       .location = text(flow, p.location),
                       .store_map = p.map_point ? kiosk.store_map : std::string{},
                       .marker = kiosk.store_map.empty() ? std::nullopt : p.map_point,
                       .order_note = p.in_stock ? std::string{} : word(flow, "order_in_shop"),
                       .takeaway_url = takeaway_url(kiosk.takeaway_url, p.id),
                       .takeaway_caption = {},
                       .close = word(flow, "close"),
                       .rise = motion_share(now, flow.sheet_since(), sheet_rise_seconds),
                       .rise_ends = flow.sheet_since() + sheet_rise_seconds};
    if (!v.takeaway_url.empty()) v.takeaway_caption = word(flow, "takeaway_product");
    return v;
}

}  // namespace kiosk
