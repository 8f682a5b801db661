// The kiosk's picture decoder as the content check uses it (core's PictureCheck): each picture
// decoded fully, shrunk to the box it is drawn in, as the picture library decodes it.
#pragma once

#include "core/picture_decoding.hpp"

namespace kiosk {

// The short side of the largest reference screen (1920x1080): no picture is drawn larger on it,
// so --validate decodes at this size.
inline constexpr int reference_picture_side = 1080;

// Decodes a picture to fit a `side` x `side` square and says what is wrong with it.
[[nodiscard]] PictureCheck picture_decode_check(int side);

}  // namespace kiosk
