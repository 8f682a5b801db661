// stb_image is compiled here, privately, with only the PNG and JPEG decoders and a dimension
// limit: the distribution's shared build carries every format and no such limit.
#include "platform/image_file.hpp"

#define STB_IMAGE_STATIC
#define STB_IMAGE_IMPLEMENTATION
#define STBI_ONLY_PNG
#define STBI_ONLY_JPEG
#define STBI_NO_STDIO
#define STBI_MAX_DIMENSIONS 8192
#define STBI_NO_FAILURE_STRINGS
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wunused-function"
#pragma GCC diagnostic ignored "-Wmissing-field-initializers"
#pragma GCC diagnostic ignored "-Wsign-compare"
#include <stb_image.h>
#pragma GCC diagnostic pop

#include <algorithm>
#include <condition_variable>
#include <cstdint>
#include <fstream>
#include <memory>
#include <mutex>

#include "core/image_header.hpp"
#include "core/path_text.hpp"
#include "platform/image_end.hpp"
#include "platform/image_shrink.hpp"

namespace kiosk {
namespace {

// All decodes together hold at most max_decode_bytes: a decode waits until the others leave
// room for it, so that several big pictures asked for at once never add up.
class DecodeShare {
  public:
    explicit DecodeShare(std::uint64_t bytes) : bytes_(bytes) {
        std::unique_lock lock(mutex());
        freed().wait(lock, [&] { return held() + bytes_ <= max_decode_bytes; });
        held() += bytes_;
    }
    ~DecodeShare() {
        {
            std::lock_guard lock(mutex());
            held() -= bytes_;
        }
        freed().notify_all();
    }
    DecodeShare(const DecodeShare&) = delete;
    DecodeShare& operator=(const DecodeShare&) = delete;

  private:
    static std::mutex& mutex() {
        static std::mutex m;
        return m;
    }
    static std::condition_variable& freed() {
        static std::condition_variable c;
        return c;
    }
    static std::uint64_t& held() {
        static std::uint64_t bytes = 0;
        return bytes;
    }
    std::uint64_t bytes_;
};

void premultiply(unsigned char* rgba, size_t size) {
    for (size_t i = 0; i + 3 < size; i += 4) {
        const unsigned a = rgba[i + 3];
        if (a == 255) continue;
        for (size_t c = 0; c < 3; ++c)
            rgba[i + c] = static_cast<unsigned char>((rgba[i + c] * a + 127) / 255);
    }
}

// stb_image 2.27 (Debian 12's libstb-dev) writes past its Huffman tables when a JPEG's DHT
// segment declares more than 256 codes in one table (fixed upstream in 2.28). Such a file is
// damaged anyway: it is refused before stb_image sees it. stb_image only ever reads a DHT right
// after the bytes FF C4, so every such pair is looked at, wherever it is in the file.
bool huffman_tables_fit(const unsigned char* bytes, size_t size) {
    auto at = [&](size_t i) -> unsigned {
        return i < size ? bytes[i] : 0;
    };  // stb reads 0 past the end
    for (size_t i = 0; i + 1 < size; ++i) {
        if (bytes[i] != 0xFF || bytes[i + 1] != 0xC4) continue;
        long left = static_cast<long>(at(i + 2) << 8 | at(i + 3)) - 2;
        for (size_t table = i + 4; left > 0 && table < size;) {
            const unsigned kind = at(table);
            if ((kind >> 4) > 1 || (kind & 15) > 3) break;  // stb_image stops there itself
            unsigned codes = 0;
            for (size_t k = 1; k <= 16; ++k) codes += at(table + k);
            if (codes > 256) return false;
            left -= 17 + static_cast<long>(codes);
            table += 17 + codes;
        }
    }
    return true;
}

// stb_image decodes a scan with the Huffman tables it names whether or not a DHT segment defined
// them, and a table never defined is uninitialised memory: decoding with it reads far past the
// table (stb_image 2.28 clears that memory and checks the index). Encoders define every table a
// scan uses, so such a file is refused. The segments are followed as stb_image reads them, so a
// table in an APP segment (an embedded thumbnail) does not count. A baseline scan uses the DC
// and AC tables of its components; in a progressive file the first DC scan uses only the DC
// tables, a DC refinement scan none, and an AC scan only the AC table.
bool scans_use_defined_tables(const unsigned char* bytes, size_t size) {
    auto at = [&](size_t i) -> unsigned { return i < size ? bytes[i] : 0; };
    unsigned defined[2] = {0, 0};  // [DC, AC]: bit n set once table n is defined
    unsigned frame = 0;            // the frame header's marker, 0 before it
    for (size_t i = 0; i < size;) {
        if (bytes[i++] != 0xFF) continue;          // a stray byte: stb_image skips it or stops
        while (i < size && bytes[i] == 0xFF) ++i;  // fill bytes
        const unsigned marker = at(i++);
        if (marker == 0xD8) continue;  // start of image: no length
        if (marker == 0xD9) break;     // end of image: stb_image reads no further
        const size_t length = at(i) << 8 | at(i + 1);
        if (marker == 0xC4) {
            for (size_t table = i + 2; table < i + length;) {
                const unsigned kind = at(table);
                if ((kind >> 4) > 1 || (kind & 15) > 3) break;  // stb_image stops there itself
                defined[kind >> 4] |= 1u << (kind & 15);
                unsigned codes = 0;
                for (size_t k = 1; k <= 16; ++k) codes += at(table + k);
                table += 17 + codes;
            }
        } else if (marker >= 0xC0 && marker <= 0xC2) {  // the frame types stb_image decodes
            frame = marker;
        } else if (marker == 0xDA) {
            if (frame == 0) return true;  // stb_image refuses a scan before the frame header
            const unsigned components = at(i + 2);
            const unsigned first_coefficient = at(i + 3 + 2 * components);
            const unsigned refining = at(i + 5 + 2 * components) >> 4;
            const bool uses_dc = first_coefficient == 0 && refining == 0;
            const bool uses_ac = frame != 0xC2 || first_coefficient > 0;  // 0xC2: progressive
            for (unsigned c = 0; c < components; ++c) {
                const unsigned tables = at(i + 4 + 2 * c);  // DC table number, AC table number
                if (uses_dc && ((defined[0] >> (tables >> 4)) & 1) == 0) return false;
                if (uses_ac && ((defined[1] >> (tables & 15)) & 1) == 0) return false;
            }
            // The coded data runs to the next marker: 0xFF (and fill bytes) followed by neither
            // 0 (a 0xFF in the data) nor a restart marker.
            for (i += length; i < size; ++i) {
                if (bytes[i] != 0xFF) continue;
                size_t next = i + 1;
                while (next < size && bytes[next] == 0xFF) ++next;
                const unsigned code = at(next);
                if (next < size && code != 0 && (code < 0xD0 || code > 0xD7)) break;
                i = next;
            }
            continue;
        }
        i += length;
    }
    return true;
}

// stb_image copies a PNG's first IDAT chunk into a buffer it has not made yet when that chunk is
// empty (memcpy from a null pointer: undefined behaviour). It also makes its buffer as large as
// an IDAT chunk says it is before reading it, so a small file that claims a gigabyte makes it
// ask for 2 GiB. Encoders write neither an empty first IDAT nor one that runs past the end of
// the file; such a file is refused.
bool png_data_chunks_fit(const unsigned char* bytes, size_t size) {
    static constexpr unsigned char signature[8] = {0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    if (size < 8 || !std::equal(signature, signature + 8, bytes)) return true;
    bool first = true;
    for (size_t i = 8; i + 8 <= size;) {
        const size_t length = size_t{bytes[i]} << 24 | size_t{bytes[i + 1]} << 16 |
                              size_t{bytes[i + 2]} << 8 | bytes[i + 3];
        if (std::equal(bytes + i + 4, bytes + i + 8, "IDAT")) {
            if ((first && length == 0) || length > size - i - 8) return false;
            first = false;
        }
        if (std::equal(bytes + i + 4, bytes + i + 8, "IEND")) break;  // stb_image stops there
        if (length > size) return true;  // stb_image refuses it by itself
        i += 12 + length;
    }
    return true;
}

// What is wrong with a picture whose data ends early, as staff can act on it; nullptr when it
// holds all of its data.
const char* cut_short(const unsigned char* bytes, size_t size) {
    if (png_data_ends_early(bytes, size))
        return "PNG data ends early: the file was cut short, copy it again";
    if (jpeg_data_ends_early(bytes, size))
        return "JPEG data ends early: the file was cut short, copy it again";
    return nullptr;
}

}  // namespace

PictureSize picture_size(const unsigned char* bytes, size_t size) {
    PictureSize out;
    int channels = 0;
    if (size == 0 || size > static_cast<size_t>(max_image_file_bytes) ||
        (bytes[0] == 0xFF && !huffman_tables_fit(bytes, size)) ||
        !stbi_info_from_memory(bytes, static_cast<int>(size), &out.width, &out.height, &channels))
        return {};
    return out;
}

DecodedImage decode_image_bytes(const unsigned char* bytes, size_t size, int fit_w, int fit_h) {
    DecodedImage out;
    int w = 0, h = 0, channels = 0;
    if (const char* cut = cut_short(bytes, size)) {
        out.error = cut;
        return out;
    }
    // Before stbi_info_from_memory, which reads the tables in front of the frame header too.
    if (size > 0 && ((bytes[0] == 0xFF && (!huffman_tables_fit(bytes, size) ||
                                           !scans_use_defined_tables(bytes, size))) ||
                     !png_data_chunks_fit(bytes, size))) {
        out.error = "image data is damaged";
        return out;
    }
    if (size == 0 || size > static_cast<size_t>(max_image_file_bytes) ||
        !stbi_info_from_memory(bytes, static_cast<int>(size), &w, &h, &channels)) {
        out.error = "not a readable PNG or JPEG image";
        return out;
    }
    if (w <= 0 || h <= 0 || w > max_image_side || h > max_image_side) {
        out.error =
            "image is " + std::to_string(w) + "x" + std::to_string(h) + ", larger than 8192";
        return out;
    }
    const std::uint64_t needs =
        decode_bytes(bytes[0] == 0xFF ? ImageFormat::jpeg : ImageFormat::png, w, h);
    if (needs > max_decode_bytes) {
        out.error = "image is " + std::to_string(w) + "x" + std::to_string(h) +
                    ": decoding it takes " + std::to_string(needs >> 20) + " MiB, over " +
                    std::to_string(max_decode_bytes >> 20) + " MiB";
        return out;
    }
    const DecodeShare share(needs);  // waits while other decodes hold the budget
    std::unique_ptr<stbi_uc, void (*)(void*)> pixels(
        stbi_load_from_memory(bytes, static_cast<int>(size), &w, &h, &channels, 4),
        stbi_image_free);
    if (!pixels) {
        out.error = "image data is damaged";
        return out;
    }
    double shrink =
        std::min({1.0, fit_w > 0 ? double(fit_w) / w : 1.0, fit_h > 0 ? double(fit_h) / h : 1.0});
    out.width = std::max(1, static_cast<int>(w * shrink + 0.5));
    out.height = std::max(1, static_cast<int>(h * shrink + 0.5));
    const size_t decoded = static_cast<size_t>(w) * h * 4;
    if (out.width == w && out.height == h) {
        out.rgba.assign(pixels.get(), pixels.get() + decoded);
        premultiply(out.rgba.data(), out.rgba.size());
    } else {
        premultiply(pixels.get(), decoded);
        out.rgba.resize(static_cast<size_t>(out.width) * out.height * 4);
        shrink_premultiplied(pixels.get(), w, h, out.rgba.data(), out.width, out.height);
    }
    return out;
}

DecodedImage decode_image_file(const std::filesystem::path& file_path, int fit_w, int fit_h) {
    const std::string path = utf8_of(file_path);
    std::ifstream file(file_path, std::ios::binary | std::ios::ate);
    if (!file) return DecodedImage{0, 0, {}, "cannot open " + path};
    std::streamoff size = file.tellg();
    if (size <= 0 || size > max_image_file_bytes)
        return DecodedImage{0, 0, {}, path + " is empty or larger than 32 MiB"};
    std::vector<unsigned char> bytes(static_cast<size_t>(size));
    file.seekg(0);
    if (!file.read(reinterpret_cast<char*>(bytes.data()), size))
        return DecodedImage{0, 0, {}, "cannot read " + path};
    DecodedImage image = decode_image_bytes(bytes.data(), bytes.size(), fit_w, fit_h);
    if (!image.error.empty()) image.error = path + ": " + image.error;
    return image;
}

}  // namespace kiosk
