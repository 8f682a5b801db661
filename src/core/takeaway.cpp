#include "core/takeaway.hpp"

namespace kiosk {

std::string takeaway_url(const std::string& pattern, const Recommendation& recommendation) {
    if (pattern.empty() || recommendation.products.empty()) return {};
    std::string ids;
    for (const RecommendedProduct& p : recommendation.products) {
        if (!ids.empty()) ids += ',';
        ids += p.product->id;  // ids are [a-z0-9-]+: nothing to escape in a URL
    }
    return takeaway_url(pattern, ids);
}

std::string takeaway_url(const std::string& pattern, const std::string& ids) {
    if (pattern.empty()) return {};
    std::string url = pattern;
    const std::string key = "{products}";
    for (size_t at = url.find(key); at != std::string::npos; at = url.find(key, at + ids.size()))
        url.replace(at, key.size(), ids);
    return url;
}

}  // namespace kiosk
