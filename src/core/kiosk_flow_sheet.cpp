// The product sheet over the results: a tap on a product card opens it, Close (or the end of
// the session) closes it and writes product_viewed with how long it was open. The results'
// timeouts keep running under it: a tap keeps the session alive as anywhere else. And the
// results' two pages, products and tips, where they come in two.
#include <algorithm>
#include <cmath>

#include "core/kiosk_flow.hpp"

namespace kiosk {

void KioskFlow::take(const shopper::ShowProduct& a, double now) {
    if (screen_ != Screen::results || !sheet_product_.empty()) return;
    // Only a product on the results has a card to tap.
    const auto& shown = recommendation_.products;
    if (std::none_of(shown.begin(), shown.end(),
                     [&](const RecommendedProduct& p) { return p.product->id == a.product; }))
        return;
    changed();
    sheet_product_ = a.product;
    sheet_since_ = now;
}

void KioskFlow::take(const shopper::CloseProduct&, double now) {
    close_sheet(now);
}

void KioskFlow::take(const shopper::TurnResults& a, double) {
    if (screen_ != Screen::results || !sheet_product_.empty() || tips_page_ == a.tips) return;
    if (a.tips && recommendation_.tips.empty()) return;
    changed();
    tips_page_ = a.tips;
}

void KioskFlow::close_sheet(double now) {
    if (sheet_product_.empty()) return;
    changed();
    const double seconds = std::round((now - sheet_since_) * 1000.0) / 1000.0;
    emit("product_viewed", {{"product", sheet_product_}, {"seconds", seconds}});
    sheet_product_.clear();
}

}  // namespace kiosk
