// A product's sheet as the screen shows it over the results: the picture large, its words, why
// it fits this shopper, how to use it, what is in it, where it stands in the shop (a line and a
// marker on the store map) and a QR code for this product alone. Made from the flow for each
// frame; the screen only draws it.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/content.hpp"
#include "core/kiosk_flow.hpp"

namespace kiosk {

// How long the sheet takes to rise into place (app seconds).
inline constexpr double sheet_rise_seconds = 0.3;

struct ProductSheetView {
    std::string product{};  // its id
    std::string name{}, price{}, summary{}, details{};
    std::string picture{};  // relative to the assets folder; empty for none
    std::string why_title{};
    std::vector<std::string> why{};  // why it fits this shopper, as on its card
    std::string how_to_use_title{};
    std::vector<std::string> how_to_use{};  // steps, in order
    std::string ingredients_title{};
    std::vector<std::string> key_ingredients{};
    std::string location_title{}, location{};  // "Where to find it", "Shelf B, second row"
    std::string store_map{};                   // the map picture; empty: no map
    std::optional<MapPoint> marker{};          // its place on the map
    std::string order_note{};  // not on the shelf: staff can order it ("" when in stock)
    std::string takeaway_url{}, takeaway_caption{};  // a QR code for this product alone
    std::string close{};                             // the button's words
    float rise = 1;                                  // 0..1 of the sheet rising into place
    double rise_ends = 0;
};

// The sheet open over the results; nullopt when none is.
[[nodiscard]] std::optional<ProductSheetView> product_sheet_view(const KioskFlow& flow, double now);

}  // namespace kiosk
