#include "ui/moved_down.hpp"

namespace kiosk::ui {

void move_down(ImDrawList* list, float dy) {
    for (ImDrawVert& v : list->VtxBuffer) v.pos.y += dy;
    for (ImDrawCmd& cmd : list->CmdBuffer) {
        cmd.ClipRect.y += dy;
        cmd.ClipRect.w += dy;
    }
}

void move_down(DrawnScreen& drawn, float dy) {
    for (TouchTarget& t : drawn.targets) t.area.y += dy;
    for (TextBlock& t : drawn.texts) t.box.y += dy;
    for (PictureBlock& p : drawn.pictures) p.area.y += dy;
}

std::optional<Rect> moved_down(const std::optional<Rect>& area, float dy) {
    if (!area) return area;
    Rect r = *area;
    r.y += dy;
    return r;
}

}  // namespace kiosk::ui
