// The results as the screen shows them: the recommended products' cards with why each fits,
// the tips, the take-away link, the disclaimer and the buttons, in the shopper's language. Made
// from the flow for each frame (results_view); the screen only draws it.
#pragma once

#include <string>
#include <vector>

#include "core/kiosk_flow.hpp"
#include "core/shopper_view.hpp"

namespace kiosk {

// How long the results take to rise into place (app seconds).
inline constexpr double results_reveal_seconds = 0.45;

struct ProductCard {
    std::string product{};  // the product's id: a tap opens its sheet
    std::string name{};
    std::string price{};  // as written in the content; empty for none
    std::string summary{};
    std::string picture{};           // relative to the assets folder; empty for none
    std::string why_title{};         // "Why it fits you"
    std::vector<std::string> why{};  // the answers that led to it, largest share first
    std::string mark{};              // "Best match" on the first of a real match; else empty
};

struct TipCard {
    std::string title{};
    std::string body{};
};

struct ResultsView {
    std::string title{};  // "Your routine", or the general picks' title for the fallback
    AidsButtonView aids{};
    std::string intro{};  // a line under it: results_intro, or why the general picks are shown
    std::vector<ProductCard> cards{};
    std::string tips_title{};
    std::vector<TipCard> tips{};
    std::string takeaway_url{};      // the link the QR code takes home; empty: no code
    std::string takeaway_caption{};  // the words beside the code
    std::string disclaimer{};
    std::string done{};  // the one way out: back to the slides
    // Where the results come in two pages (larger text): the tips' page is the one shown, and
    // the words of the button back to the products (the tips' title names the other way).
    bool tips_page = false;
    std::string products{};
    float reveal = 1;        // 0..1 of the results rising into place
    double reveal_ends = 0;  // app time they are in place
};

[[nodiscard]] ProductCard product_card(const KioskFlow& flow, const RecommendedProduct& r);
[[nodiscard]] ResultsView results_view(const KioskFlow& flow, double now);

}  // namespace kiosk
