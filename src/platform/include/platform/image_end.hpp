// Whether a picture file holds all of its data. A file cut short, as an interrupted upload or
// copy leaves it, keeps a valid header, and stb_image 2.27 fills the missing part of a JPEG
// with grey and calls it a success; so the end of the data is looked for before decoding.
#pragma once

#include <cstddef>

namespace kiosk {

// A PNG whose chunks run past the end of the file, or end without the IEND chunk. False for a
// file that is not a PNG.
[[nodiscard]] bool png_data_ends_early(const unsigned char* bytes, std::size_t size);

// A JPEG whose segments run past the end of the file, or that ends without the EOI marker after
// its scan data. False for a file that is not a JPEG.
[[nodiscard]] bool jpeg_data_ends_early(const unsigned char* bytes, std::size_t size);

}  // namespace kiosk
