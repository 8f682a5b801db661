// A product drawn with shapes, for a card whose picture failed to load: a pump bottle with a
// label and a leaf, on a pale disc, in the flat style and the colours of the shipped pictures.
#include <cmath>

#include "ui/product_card.hpp"

namespace kiosk::ui {
namespace {

constexpr float pi = 3.14159265f;

// The drawing, in shares of the box's side from its centre (x right, y down).
struct Part {
    float x, y, w, h;  // the part's top-left corner and size
    float round;       // corner radius
};
constexpr float disc_radius = 0.36f;
constexpr Part bottle{-0.14f, -0.10f, 0.28f, 0.36f, 0.06f};
constexpr Part neck{-0.045f, -0.16f, 0.09f, 0.07f, 0.01f};
constexpr Part pump{-0.08f, -0.22f, 0.16f, 0.06f, 0.02f};
constexpr Part nozzle{0.04f, -0.21f, 0.11f, 0.035f, 0.015f};
constexpr Part label{-0.14f, 0.01f, 0.28f, 0.13f, 0.f};
constexpr Part shadow{-0.19f, 0.245f, 0.38f, 0.03f, 0.015f};
constexpr float leaf_size = 0.045f;  // half the leaf's length
constexpr float leaf_y = 0.075f;     // the leaf's middle, on the label
constexpr float leaf_arc = 1.6f;     // its sides' radius, in half lengths: the larger, the slimmer

Rect part_box(const Part& part, ImVec2 centre, float side) {
    return {centre.x + part.x * side, centre.y + part.y * side, part.w * side, part.h * side};
}

void draw_part(Canvas& c, const Part& part, ImVec2 centre, float side, ImU32 colour) {
    c.fill(part_box(part, centre, side), colour, part.round * side);
}

// A leaf: where two circles overlap, tilted a little.
void draw_leaf(Canvas& c, ImVec2 middle, float half, ImU32 colour) {
    const float tilt = -pi / 5;
    const float r = half * leaf_arc;
    const float off = std::sqrt(r * r - half * half);  // the circles' centres from the middle
    const ImVec2 across{-std::sin(tilt), std::cos(tilt)};
    const float span = std::asin(half / r);
    ImDrawList* d = c.draw();
    d->PathArcTo({middle.x + across.x * off, middle.y + across.y * off}, r, tilt - pi / 2 - span,
                 tilt - pi / 2 + span, 16);
    d->PathArcTo({middle.x - across.x * off, middle.y - across.y * off}, r, tilt + pi / 2 - span,
                 tilt + pi / 2 + span, 16);
    d->PathFillConvex(colour);
}

}  // namespace

void draw_product_placeholder(Canvas& c, const Rect& box, float alpha) {
    const Palette& p = c.style().colour;
    const float side = std::min(box.w, box.h);
    const ImVec2 centre{box.x + box.w / 2, box.y + box.h / 2};
    c.circle(centre, side * disc_radius, with_alpha(p.placeholder, alpha));
    draw_part(c, shadow, centre, side, with_alpha(p.line, alpha));
    const ImU32 shape = with_alpha(p.placeholder_shape, alpha);
    draw_part(c, nozzle, centre, side, shape);
    draw_part(c, pump, centre, side, shape);
    draw_part(c, neck, centre, side, shape);
    draw_part(c, bottle, centre, side, shape);
    draw_part(c, label, centre, side, with_alpha(p.placeholder_detail, alpha));
    draw_leaf(c, {centre.x, centre.y + leaf_y * side}, leaf_size * side,
              with_alpha(p.surface, alpha));
}

}  // namespace kiosk::ui
