#include "core/font_face.hpp"

#include <fstream>
#include <map>

namespace kiosk {
namespace {

using Bytes = std::vector<unsigned char>;

// Font files are big-endian; the caller has checked that the bytes are there.
std::uint16_t u16(const Bytes& b, std::size_t at) {
    return static_cast<std::uint16_t>(b[at] << 8 | b[at + 1]);
}
std::uint32_t u32(const Bytes& b, std::size_t at) {
    return std::uint32_t{u16(b, at)} << 16 | u16(b, at + 2);
}
int s16(const Bytes& b, std::size_t at) {
    const int value = u16(b, at);
    return value < 0x8000 ? value : value - 0x10000;
}

constexpr std::uint32_t tag(const char (&name)[5]) {
    return std::uint32_t(name[0]) << 24 | std::uint32_t(name[1]) << 16 |
           std::uint32_t(name[2]) << 8 | std::uint32_t(name[3]);
}

// A cmap table this large is not a font's: a damaged file is not read into memory.
constexpr std::uint32_t max_table_bytes = 16u << 20;

// `length` bytes at `offset` of the file; empty when the file is shorter.
Bytes read_at(std::istream& in, std::uint64_t offset, std::size_t length) {
    Bytes bytes(length);
    in.clear();
    in.seekg(static_cast<std::streamoff>(offset));
    if (!in ||
        !in.read(reinterpret_cast<char*>(bytes.data()), static_cast<std::streamsize>(length)))
        return {};
    return bytes;
}

struct Table {
    std::uint32_t offset = 0;  // from the start of the file, also in a collection
    std::uint32_t length = 0;
};
using Tables = std::map<std::uint32_t, Table>;

// Where the face's table directory starts: 0 in a single font, from the header of a collection.
std::optional<std::uint32_t> face_start(std::istream& in, int face) {
    const Bytes head = read_at(in, 0, 12);
    if (head.empty() || face < 0) return std::nullopt;
    if (u32(head, 0) != tag("ttcf"))
        return face == 0 ? std::optional<std::uint32_t>(0) : std::nullopt;
    if (static_cast<std::uint32_t>(face) >= u32(head, 8)) return std::nullopt;
    const Bytes start = read_at(in, 12 + 4 * static_cast<std::uint64_t>(face), 4);
    if (start.empty()) return std::nullopt;
    return u32(start, 0);
}

std::optional<Tables> read_tables(std::istream& in, std::uint32_t start) {
    const Bytes header = read_at(in, start, 12);
    if (header.empty()) return std::nullopt;
    const std::uint32_t version = u32(header, 0);
    if (version != 0x00010000 && version != tag("OTTO") && version != tag("true"))
        return std::nullopt;
    const std::size_t count = u16(header, 4);
    const Bytes records = read_at(in, std::uint64_t{start} + 12, 16 * count);
    if (records.size() != 16 * count) return std::nullopt;
    Tables tables;
    for (std::size_t i = 0; i < count; ++i)
        tables[u32(records, 16 * i)] = {u32(records, 16 * i + 8), u32(records, 16 * i + 12)};
    return tables;
}

// The table, when the file has it whole and it is at least `at_least` bytes long.
Bytes read_table(std::istream& in, const Tables& tables, std::uint32_t name, std::size_t at_least) {
    const auto found = tables.find(name);
    if (found == tables.end() || found->second.length < at_least ||
        found->second.length > max_table_bytes)
        return {};
    return read_at(in, found->second.offset, found->second.length);
}

// What Dear ImGui sizes a font by (stb_truetype's ScaleForPixelHeight), per em.
float height_per_em(std::istream& in, const Tables& tables) {
    const Bytes head = read_table(in, tables, tag("head"), 54);
    const Bytes hhea = read_table(in, tables, tag("hhea"), 36);
    if (head.empty() || hhea.empty()) return 0;
    const int units_per_em = u16(head, 18);
    const int height = s16(hhea, 4) - s16(hhea, 6);  // ascender - descender
    return units_per_em > 0 && height > 0 ? static_cast<float>(height) / units_per_em : 0;
}

// Format 4: segments of consecutive characters, with their glyphs by a delta or from an array.
std::uint32_t format4_glyph(const Bytes& t, std::size_t at, char32_t c) {
    if (c > 0xFFFF || at + 14 > t.size()) return 0;
    const std::size_t segments = u16(t, at + 6) / 2;
    const std::size_t ends = at + 14, starts = ends + 2 * segments + 2;
    const std::size_t deltas = starts + 2 * segments, ranges = deltas + 2 * segments;
    if (ranges + 2 * segments > t.size()) return 0;
    std::size_t low = 0, high = segments;  // the first segment that ends at c or after
    while (low < high) {
        const std::size_t mid = (low + high) / 2;
        if (u16(t, ends + 2 * mid) < c)
            low = mid + 1;
        else
            high = mid;
    }
    if (low == segments || c < u16(t, starts + 2 * low)) return 0;
    const std::uint32_t delta = u16(t, deltas + 2 * low);
    const std::size_t range = u16(t, ranges + 2 * low);
    if (range == 0) return (c + delta) & 0xFFFF;
    const std::size_t glyph_at = ranges + 2 * low + range + 2 * (c - u16(t, starts + 2 * low));
    if (glyph_at + 2 > t.size()) return 0;
    const std::uint32_t glyph = u16(t, glyph_at);
    return glyph == 0 ? 0 : (glyph + delta) & 0xFFFF;
}

// Format 12: groups of consecutive characters with consecutive glyphs, every plane.
std::uint32_t format12_glyph(const Bytes& t, std::size_t at, char32_t c) {
    if (at + 16 > t.size()) return 0;
    const std::size_t groups = u32(t, at + 12);
    if (groups > (t.size() - at - 16) / 12) return 0;
    std::size_t low = 0, high = groups;
    while (low < high) {
        const std::size_t group = at + 16 + 12 * ((low + high) / 2);
        if (c < u32(t, group))
            high = (low + high) / 2;
        else if (c > u32(t, group + 4))
            low = (low + high) / 2 + 1;
        else
            return u32(t, group + 8) + (c - u32(t, group));
    }
    return 0;
}

}  // namespace

CharacterMap::CharacterMap(std::vector<unsigned char> cmap) : table_(std::move(cmap)) {
    const std::size_t count = table_.size() >= 4 ? u16(table_, 2) : 0;
    for (std::size_t record = 4; record + 8 <= table_.size() && record < 4 + 8 * count;
         record += 8) {
        const std::uint16_t platform = u16(table_, record), encoding = u16(table_, record + 2);
        const std::uint32_t offset = u32(table_, record + 4);
        // Unicode (not its variation sequences, encoding 5) or Windows' Unicode BMP and full
        const bool unicode = (platform == 0 && encoding != 5) ||
                             (platform == 3 && (encoding == 1 || encoding == 10));
        if (!unicode || std::size_t{offset} + 2 > table_.size()) continue;
        const std::uint16_t format = u16(table_, offset);
        if (format == 12 || (format == 4 && format_ != 12)) {
            subtable_ = offset;
            format_ = format;
        }
    }
}

bool CharacterMap::has(char32_t c) const {
    if (format_ == 12) return format12_glyph(table_, subtable_, c) != 0;
    if (format_ == 4) return format4_glyph(table_, subtable_, c) != 0;
    return false;
}

std::optional<FontFace> read_font_face(std::istream& in, int face) {
    const auto start = face_start(in, face);
    const auto tables = start ? read_tables(in, *start) : std::nullopt;
    if (!tables) return std::nullopt;
    auto has = [&](const char(&name)[5]) { return tables->contains(tag(name)); };
    FontFace f;
    f.drawable = has("cmap") && has("head") && has("hhea") && has("hmtx") &&
                 ((has("glyf") && has("loca")) || has("CFF "));
    f.colour = has("CBDT") || has("sbix") || has("COLR") || has("SVG ");
    f.height_per_em = height_per_em(in, *tables);
    f.characters = CharacterMap(read_table(in, *tables, tag("cmap"), 4));
    return f;
}

std::optional<FontFace> read_font_face(const std::filesystem::path& file, int face) {
    std::ifstream in(file, std::ios::binary);
    if (!in) return std::nullopt;
    return read_font_face(in, face);
}

}  // namespace kiosk
