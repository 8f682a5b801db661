#include "core/aids_view.hpp"

#include "core/shopper_view.hpp"

namespace kiosk {

AidsPanelView aids_panel_view(const KioskFlow& flow, double now) {
    AidsPanelView v{.title = word(flow, "accessibility"),
                    .close = word(flow, "close"),
                    .appear = motion_share(now, flow.overlay_since(), aids_panel_appear_seconds),
                    .appear_ends = flow.overlay_since() + aids_panel_appear_seconds};
    for (Aid aid : every_aid) {
        if (aid == Aid::read_aloud && !flow.can_speak()) continue;
        const std::string key = "aid_" + std::string(aid_name(aid));
        v.rows.push_back({.aid = aid,
                          .name = word(flow, key),
                          .note = word(flow, key + "_note"),
                          .on = flow.aids().has(aid)});
    }
    return v;
}

}  // namespace kiosk
