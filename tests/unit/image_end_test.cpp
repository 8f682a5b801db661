// Pictures cut short (platform/image_end.hpp): every shorter copy of a good PNG or JPEG is
// found out, the good files and what may follow their end are not.
#include "platform/image_end.hpp"

#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

using Bytes = std::vector<unsigned char>;

namespace {

Bytes file_bytes(const std::filesystem::path& path) {
    std::ifstream in(path, std::ios::binary);
    REQUIRE(in);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

Bytes seed(const char* name) {
    return file_bytes(std::filesystem::path(KIOSK_SOURCE_DIR) / "fuzz" / "seeds" / "images" / name);
}

bool png_cut(const Bytes& bytes, std::size_t size) {
    return kiosk::png_data_ends_early(bytes.data(), size);
}
bool jpeg_cut(const Bytes& bytes, std::size_t size) {
    return kiosk::jpeg_data_ends_early(bytes.data(), size);
}

Bytes operator+(Bytes a, const Bytes& b) {
    a.insert(a.end(), b.begin(), b.end());
    return a;
}

}  // namespace

TEST_CASE("image_end: every shorter copy of a PNG ends early, the whole file does not") {
    const auto shipped = std::filesystem::path(KIOSK_SOURCE_DIR) / "assets";
    for (const Bytes& png : {seed("tiny.png"), seed("alpha.png"), seed("palette.png"),
                             seed("interlaced.png"), file_bytes(shipped / "icons" / "water.png")}) {
        CAPTURE(png.size());
        CHECK_FALSE(png_cut(png, png.size()));
        CHECK_FALSE(jpeg_cut(png, png.size()));
        for (std::size_t size = 8; size < png.size(); ++size) {
            CAPTURE(size);
            REQUIRE(png_cut(png, size));
        }
    }
}

TEST_CASE("image_end: every shorter copy of a JPEG ends early, the whole file does not") {
    for (const char* name : {"tiny.jpg", "gray.jpg", "progressive.jpg"}) {
        CAPTURE(name);
        const Bytes jpeg = seed(name);
        CHECK_FALSE(jpeg_cut(jpeg, jpeg.size()));
        CHECK_FALSE(png_cut(jpeg, jpeg.size()));
        for (std::size_t size = 3; size < jpeg.size(); ++size) {
            CAPTURE(size);
            REQUIRE(jpeg_cut(jpeg, size));
        }
    }
}

TEST_CASE("image_end: bytes after the end of a picture are not a cut") {
    const Bytes trailer = {'t', 'r', 'a', 'i', 'l', 0xFF, 0xD8};
    const Bytes png = seed("tiny.png") + trailer;
    CHECK_FALSE(png_cut(png, png.size()));
    const Bytes jpeg = seed("gray.jpg") + trailer;
    CHECK_FALSE(jpeg_cut(jpeg, jpeg.size()));
}

TEST_CASE("image_end: a JPEG's scan data runs to its next marker, not to a byte like one") {
    // SOI, a scan header, then data with a stuffed 0xFF 0x00, fill bytes and a restart marker.
    const Bytes head = {0xFF, 0xD8, 0xFF, 0xDA, 0x00, 0x08, 0x01, 0x01, 0x00, 0x00, 0x3F, 0x00};
    const Bytes data = {0x12, 0xFF, 0x00, 0x34, 0xFF, 0xFF, 0xD3, 0x56};
    const Bytes end = {0xFF, 0xD9};
    CHECK_FALSE(jpeg_cut(head + data + end, (head + data + end).size()));
    CHECK(jpeg_cut(head + data, (head + data).size()));
    // Data that ends on a 0xFF: the marker's second byte is missing.
    const Bytes half_marker = head + data + Bytes{0xFF};
    CHECK(jpeg_cut(half_marker, half_marker.size()));
}

TEST_CASE("image_end: an end marker inside a segment (a thumbnail) is not the picture's end") {
    const Bytes gray = seed("gray.jpg");
    REQUIRE(gray.size() > 4);
    const Bytes without_end(gray.begin(), gray.end() - 2);
    // An APP1 segment holding a whole tiny JPEG, put in front of the picture's own segments.
    const Bytes thumbnail = {0xFF, 0xE1, 0x00, 0x08, 0xFF, 0xD8, 0x00, 0x00, 0xFF, 0xD9};
    const Bytes with_thumbnail = Bytes(without_end.begin(), without_end.begin() + 2) + thumbnail +
                                 Bytes(without_end.begin() + 2, without_end.end());
    CHECK(jpeg_cut(with_thumbnail, with_thumbnail.size()));
    const Bytes whole = with_thumbnail + Bytes{0xFF, 0xD9};
    CHECK_FALSE(jpeg_cut(whole, whole.size()));
}

TEST_CASE("image_end: files that are neither are not judged") {
    const std::string text = "just some text, not a picture";
    const Bytes bytes(text.begin(), text.end());
    CHECK_FALSE(png_cut(bytes, bytes.size()));
    CHECK_FALSE(jpeg_cut(bytes, bytes.size()));
    CHECK_FALSE(png_cut(bytes, 0));
    CHECK_FALSE(jpeg_cut(bytes, 0));
}
