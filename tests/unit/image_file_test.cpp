// Decoding pictures: damaged files that would make stb_image read or allocate out of bounds are
// refused before it sees them, and the pictures the fuzz target starts from still decode.
#include "platform/image_file.hpp"

#include <doctest/doctest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iterator>

#include "content_test_folder.hpp"

namespace {

std::vector<unsigned char> seed(const char* name) {
    const auto path = std::filesystem::path(KIOSK_SOURCE_DIR) / "fuzz" / "seeds" / "images" / name;
    std::ifstream in(path, std::ios::binary);
    REQUIRE(in);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

kiosk::DecodedImage decode(const std::vector<unsigned char>& bytes) {
    return kiosk::decode_image_bytes(bytes.data(), bytes.size(), 0, 0);
}

}  // namespace

TEST_CASE("image_file: the seed pictures decode") {
    const struct {
        const char* name;
        int width, height;
    } seeds[] = {{"tiny.jpg", 9, 7},    {"progressive.jpg", 17, 9}, {"gray.jpg", 16, 16},
                 {"tiny.png", 8, 6},    {"alpha.png", 5, 5},        {"gray.png", 7, 3},
                 {"palette.png", 6, 6}, {"interlaced.png", 4, 4}};
    for (const auto& s : seeds) {
        INFO(s.name);
        const auto image = decode(seed(s.name));
        CHECK(image.error == "");
        CHECK(image.width == s.width);
        CHECK(image.height == s.height);
        CHECK(image.rgba.size() == static_cast<size_t>(s.width) * s.height * 4);
    }
}

TEST_CASE("image_file: damaged seeds are refused") {
    for (const char* name : {"dht-too-many-codes.jpg", "dht-too-many-codes-before-frame.jpg",
                             "scan-undefined-huffman-table.jpg"}) {
        INFO(name);
        const auto image = decode(seed(name));
        CHECK(image.error == "image data is damaged");
        CHECK(image.rgba.empty());
    }
    // Their chunks run past the end of the file, as those of a file cut short do.
    for (const char* name : {"png-empty-first-idat.png", "png-idat-longer-than-file.png"}) {
        INFO(name);
        const auto image = decode(seed(name));
        CHECK(image.error == "PNG data ends early: the file was cut short, copy it again");
        CHECK(image.rgba.empty());
    }
}

TEST_CASE("image_file: a whole PNG whose first data chunk is empty is refused") {
    // png-empty-first-idat.png up to the end of its empty IDAT chunk, then an IEND chunk.
    auto bytes = seed("png-empty-first-idat.png");
    const std::string idat = "IDAT";
    const auto at = std::search(bytes.begin(), bytes.end(), idat.begin(), idat.end());
    REQUIRE(at != bytes.end());
    REQUIRE(std::all_of(at - 4, at, [](unsigned char b) { return b == 0; }));  // length 0
    bytes.erase(at + 8, bytes.end());                                          // type and CRC
    const unsigned char iend[] = {0, 0, 0, 0, 'I', 'E', 'N', 'D', 0xAE, 0x42, 0x60, 0x82};
    bytes.insert(bytes.end(), std::begin(iend), std::end(iend));
    CHECK(decode(bytes).error == "image data is damaged");
}

TEST_CASE("image_file: a picture cut short is refused, saying so") {
    // stb_image alone decodes the first half of gray.jpg, greying out what is missing.
    for (const char* name : {"gray.jpg", "progressive.jpg", "tiny.png", "interlaced.png"}) {
        INFO(name);
        auto bytes = seed(name);
        const bool png = bytes[0] == 0x89;
        bytes.resize(bytes.size() / 2);
        const auto image = decode(bytes);
        CHECK(image.error == std::string(png ? "PNG" : "JPEG") +
                                 " data ends early: the file was cut short, copy it again");
        CHECK(image.rgba.empty());
    }
}

TEST_CASE("image_file: a progressive JPEG scan without data decodes without undefined behaviour") {
    // Found by fuzz_image_decode: its first AC scan has no data at all (the next segment follows
    // its header), so stb_image 2.27 takes bits it does not have, its bit count goes below
    // zero, and it shifts a zero by 32 in stbi__grow_buffer_unsafe before it refuses the file.
    // The kiosk's checks let it through (it is whole), so stb_image sees it: the sanitizer
    // builds pass this only with the one suppression of tests/sanitizer/ubsan.supp (see
    // docs/technician-guide.md, "Fuzzing").
    const auto image = decode(seed("progressive-scan-without-data.jpg"));
    CHECK(image.error == "image data is damaged");
    CHECK(image.rgba.empty());
}

TEST_CASE("image_file: a JPEG scan may only use Huffman tables defined before it") {
    // gray.jpg defines DC table 0 and AC table 0; its one scan names them in the byte after the
    // component id.
    const auto gray = seed("gray.jpg");
    const unsigned char scan[] = {0xFF, 0xDA};
    const auto at = std::search(gray.begin(), gray.end(), std::begin(scan), std::end(scan));
    REQUIRE(at != gray.end());
    const auto tables = static_cast<size_t>(at - gray.begin()) + 6;
    REQUIRE(gray[tables] == 0x00);
    auto naming = [&](unsigned char dc_ac) {
        auto bytes = gray;
        bytes[tables] = dc_ac;
        return decode(bytes).error;
    };
    CHECK(naming(0x00) == "");
    CHECK(naming(0x10) == "image data is damaged");  // DC table 1
    CHECK(naming(0x01) == "image data is damaged");  // AC table 1
    CHECK(naming(0x33) == "image data is damaged");

    // Tables inside an APP segment (as in an embedded thumbnail) define nothing. The seed
    // scan-undefined-huffman-table.jpg is such a file too: progressive.jpg, changed by the fuzz
    // target, with its first DHT segment turned into an APP4 segment. progressive.jpg itself
    // names the undefined AC table 0 in its first scan, which reads only DC coefficients: it
    // decodes (first test case).
    auto without_dht = gray;
    for (size_t i = 0; i + 1 < without_dht.size(); ++i)
        if (without_dht[i] == 0xFF && without_dht[i + 1] == 0xC4) without_dht[i + 1] = 0xE4;
    CHECK(decode(without_dht).error == "image data is damaged");
}

TEST_CASE("image_file: a JPEG whose coefficients overflow decodes with wrapped values") {
    // A 16-bit quantisation table entry of 65535 times a DC value of 65534: stb_image 2.27
    // multiplies in int and keeps the low 16 bits. Compiled with -fwrapv that is defined, and the
    // sanitizer builds run this without a report; the picture still comes out whole.
    const auto image = decode(seed("jpeg-coefficient-overflow.jpg"));
    CHECK(image.error == "");
    CHECK(image.width == 16);
    CHECK(image.height == 8);
    CHECK(image.rgba.size() == size_t{16} * 8 * 4);
}

TEST_CASE("image_file: picture_size reads the size a decode would make") {
    const auto jpeg = seed("progressive.jpg");
    const kiosk::PictureSize size = kiosk::picture_size(jpeg.data(), jpeg.size());
    CHECK(size.width == 17);
    CHECK(size.height == 9);
    const auto png = seed("palette.png");
    CHECK(kiosk::picture_size(png.data(), png.size()).width == 6);
    const std::vector<unsigned char> garbage = {'n', 'o', 't', ' ', 'a', 'n', ' ', 'i', 'm', 'g'};
    CHECK(kiosk::picture_size(garbage.data(), garbage.size()).width == 0);
    CHECK(kiosk::picture_size(garbage.data(), 0).height == 0);
}

TEST_CASE("image_file: a picture whose decoding would take more than the budget is not decoded") {
    // A PNG header of 6000x6000 (288 MiB to decode): refused before any pixel is read.
    const std::string png =
        kiosk::testing::png_header(6000, 6000) + std::string("\0\0\0\0IEND\xAE\x42\x60\x82", 12);
    const kiosk::DecodedImage image = kiosk::decode_image_bytes(
        reinterpret_cast<const unsigned char*>(png.data()), png.size(), 0, 0);
    CHECK(image.rgba.empty());
    CHECK(image.error == "image is 6000x6000: decoding it takes 274 MiB, over 128 MiB");
}
