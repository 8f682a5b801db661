// Shrinking a decoded picture to the size it is drawn at: every output pixel is the average of
// the source area under it (a box filter over exact, fractional pixel areas), in fixed point.
#pragma once

namespace kiosk {

// `source` is `source_w` x `source_h` pixels of premultiplied RGBA, rows top to bottom;
// `out` receives `out_w` x `out_h` (each no larger than the source's) the same way.
// Averaging premultiplied pixels keeps transparent ones from darkening the edges.
void shrink_premultiplied(const unsigned char* source, int source_w, int source_h,
                          unsigned char* out, int out_w, int out_h);

}  // namespace kiosk
