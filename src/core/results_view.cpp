#include "core/results_view.hpp"

#include "core/takeaway.hpp"

namespace kiosk {

ProductCard product_card(const KioskFlow& flow, const RecommendedProduct& r) {
    ProductCard card{.product = r.product->id,
                     .name = text(flow, r.product->name),
                     .price = r.product->price,
                     .summary = text(flow, r.product->summary),
                     .picture = r.product->image,
                     .why_title = word(flow, "why")};
    for (const Answer* a : r.why) card.why.push_back(text(flow, a->why_line()));
    return card;
}

ResultsView results_view(const KioskFlow& flow, double now) {
    const Recommendation& rec = flow.recommendation();
    const KioskSettings& kiosk = flow.content().kiosk;
    ResultsView v{.title = word(flow, rec.fallback ? "general_picks" : "results_title"),
                  .aids = aids_button_view(flow),
                  .intro = word(flow, rec.fallback ? "general_picks_intro" : "results_intro"),
                  .tips_title = word(flow, "tips_title"),
                  .takeaway_url = takeaway_url(kiosk.takeaway_url, rec),
                  .disclaimer = text(flow, kiosk.disclaimer),
                  .done = word(flow, "done"),
                  .tips_page = flow.tips_page(),
                  .products = word(flow, "results_products"),
                  .reveal = motion_share(now, flow.screen_since(), results_reveal_seconds),
                  .reveal_ends = flow.screen_since() + results_reveal_seconds};
    for (const RecommendedProduct& r : rec.products) v.cards.push_back(product_card(flow, r));
    if (!rec.fallback && !v.cards.empty()) v.cards.front().mark = word(flow, "best_match");
    for (const Tip* tip : rec.tips)
        v.tips.push_back({.title = text(flow, tip->title), .body = text(flow, tip->body)});
    if (!v.takeaway_url.empty()) v.takeaway_caption = word(flow, "takeaway");
    return v;
}

}  // namespace kiosk
