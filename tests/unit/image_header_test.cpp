#include "core/image_header.hpp"

#include <doctest/doctest.h>

#include <sstream>

#include "content_test_folder.hpp"

using kiosk::ImageFormat;
using kiosk::read_image_header;

namespace {

kiosk::ImageHeaderReading read(const std::string& bytes) {
    std::istringstream in(bytes);
    return read_image_header(in);
}

}  // namespace

TEST_CASE("image_header: reads the size from a PNG IHDR chunk") {
    const auto r = read(kiosk::testing::png_header(640, 480));
    REQUIRE(r.header);
    CHECK(r.header->format == ImageFormat::png);
    CHECK(r.header->width == 640);
    CHECK(r.header->height == 480);
}

TEST_CASE("image_header: reads a huge claimed size without reading pixels") {
    const auto r = read(kiosk::testing::png_header(30000, 30000));
    REQUIRE(r.header);
    CHECK(r.header->width == 30000);
}

TEST_CASE("image_header: reads the size from a JPEG frame header after other segments") {
    const auto r = read(kiosk::testing::jpeg_header(1024, 768));
    REQUIRE(r.header);
    CHECK(r.header->format == ImageFormat::jpeg);
    CHECK(r.header->width == 1024);
    CHECK(r.header->height == 768);
}

TEST_CASE("image_header: names what is wrong with a bad file") {
    CHECK(read("").problem == "is an empty file");
    CHECK(read("hello, this is text").problem == "is not a PNG or JPEG image");
    CHECK(read("GIF89a......").problem == "is not a PNG or JPEG image");
    CHECK(read(kiosk::testing::png_header(10, 10).substr(0, 20)).problem ==
          "is a PNG file cut short (no IHDR header)");
    std::string no_ihdr = kiosk::testing::png_header(10, 10);
    no_ihdr[12] = 'X';
    CHECK(read(no_ihdr).problem == "is a damaged PNG file (its first chunk is not IHDR)");
    CHECK(read(kiosk::testing::png_header(0, 10)).problem == "says it is 0 pixels wide or high");
    CHECK(read(std::string("\xFF\xD8\xFF\xDA\x00\x02", 6)).problem ==
          "is a JPEG file without a frame header (SOF)");
    CHECK(read(std::string("\xFF\xD8\xFF\xD9", 4)).problem ==
          "is a JPEG file without a frame header (SOF)");
    CHECK(read(std::string("\xFF\xD8", 2)).problem ==
          "is a damaged or cut-short JPEG file (no frame header)");
    CHECK(read(kiosk::testing::jpeg_header(10, 10).substr(0, 12)).problem ==
          "is a JPEG file cut short");
    CHECK(read(kiosk::testing::jpeg_header(10, 10).substr(0, 27)).problem ==
          "is a JPEG file cut short");
    CHECK(read(std::string("\xFF\xD8\xFF\xE0\x00\x01", 6)).problem ==
          "is a damaged JPEG file (bad segment length)");
}

TEST_CASE("image_header: a missing file cannot be read") {
    CHECK(read_image_header(std::filesystem::path("/nonexistent/kiosk/x.png")).problem ==
          "cannot be read (check the file's permissions)");
}
