// What the kiosk reads itself of a font file (core/font_face.hpp), on font files made here byte
// by byte: a table directory, head, hhea and a cmap with the subtables fonts use.
#include "core/font_face.hpp"

#include <doctest/doctest.h>

#include <cstdint>
#include <sstream>
#include <string>
#include <utility>
#include <vector>

using kiosk::CharacterMap;
using kiosk::read_font_face;

namespace {

using Tables = std::vector<std::pair<std::string, std::string>>;  // tag, bytes

std::string be16(unsigned value) {
    return {static_cast<char>(value >> 8 & 0xFF), static_cast<char>(value & 0xFF)};
}
std::string be32(std::uint32_t value) {
    return be16(value >> 16) + be16(value & 0xFFFF);
}

// A face's table directory and its tables, for a face that starts at `at` in its file.
std::string face(const Tables& tables, std::size_t at = 0, std::uint32_t version = 0x00010000) {
    std::string directory =
        be32(version) + be16(static_cast<unsigned>(tables.size())) + std::string(6, '\0');
    std::string data;
    std::size_t offset = at + 12 + 16 * tables.size();
    for (const auto& [tag, bytes] : tables) {
        directory += tag + be32(0) + be32(static_cast<std::uint32_t>(offset + data.size())) +
                     be32(static_cast<std::uint32_t>(bytes.size()));
        data += bytes;
    }
    return directory + data;
}

struct Segment {
    unsigned start, end;
    int delta = 0;
    std::vector<unsigned> glyphs = {};  // from the glyph array, when not by delta
};

// A format 4 subtable: segments by delta or through the glyph array, and the closing 0xFFFF.
std::string format4(std::vector<Segment> segments) {
    segments.push_back({0xFFFF, 0xFFFF, 1});
    const unsigned count = static_cast<unsigned>(segments.size());
    std::string ends, starts, deltas, ranges, glyphs;
    unsigned glyphs_before = 0;
    for (unsigned i = 0; i < count; ++i) {
        const Segment& s = segments[i];
        ends += be16(s.end);
        starts += be16(s.start);
        deltas += be16(static_cast<unsigned>(s.delta) & 0xFFFF);
        ranges += be16(s.glyphs.empty() ? 0 : 2 * (count - i) + 2 * glyphs_before);
        for (unsigned g : s.glyphs) glyphs += be16(g);
        glyphs_before += static_cast<unsigned>(s.glyphs.size());
    }
    const std::string body = be16(2 * count) + be16(0) + be16(0) + be16(0) + ends + be16(0) +
                             starts + deltas + ranges + glyphs;
    return be16(4) + be16(static_cast<unsigned>(body.size() + 6)) + be16(0) + body;
}

struct Group {
    std::uint32_t start, end, glyph;
};

std::string format12(const std::vector<Group>& groups) {
    std::string body;
    for (const Group& g : groups) body += be32(g.start) + be32(g.end) + be32(g.glyph);
    return be16(12) + be16(0) + be32(static_cast<std::uint32_t>(16 + body.size())) + be32(0) +
           be32(static_cast<std::uint32_t>(groups.size())) + body;
}

// A cmap table of subtables, each with its platform and encoding.
std::string cmap(const std::vector<std::pair<std::pair<unsigned, unsigned>, std::string>>& subs) {
    std::string records, data;
    const std::size_t first = 4 + 8 * subs.size();
    for (const auto& [ids, bytes] : subs) {
        records += be16(ids.first) + be16(ids.second) +
                   be32(static_cast<std::uint32_t>(first + data.size()));
        data += bytes;
    }
    return be16(0) + be16(static_cast<unsigned>(subs.size())) + records + data;
}

std::string head(unsigned units_per_em) {
    std::string t(54, '\0');
    t.replace(18, 2, be16(units_per_em));
    return t;
}

std::string hhea(int ascender, int descender) {
    std::string t(36, '\0');
    t.replace(4, 2, be16(static_cast<unsigned>(ascender) & 0xFFFF));
    t.replace(6, 2, be16(static_cast<unsigned>(descender) & 0xFFFF));
    return t;
}

// A TrueType face with the tables Dear ImGui needs and the given cmap, as Noto Sans measures.
Tables truetype(const std::string& character_map) {
    return {{"cmap", character_map},        {"glyf", std::string(4, '\0')},
            {"head", head(1000)},           {"hhea", hhea(1069, -293)},
            {"hmtx", std::string(4, '\0')}, {"loca", std::string(4, '\0')}};
}

// 'A'-'Z' by delta, U+2194 through the glyph array and the delta (U+2195 maps to glyph 0 in the
// array, which is none, whatever the delta).
const std::string latin_and_arrow =
    cmap({{{3, 1}, format4({{0x41, 0x5A, -0x40}, {0x2194, 0x2195, 5, {7, 0}}})}});

std::optional<kiosk::FontFace> read(const std::string& file, int face_index = 0) {
    std::istringstream in(file);
    return read_font_face(in, face_index);
}

}  // namespace

TEST_CASE("font_face: a TrueType face's characters from its format 4 subtable") {
    const auto f = read(face(truetype(latin_and_arrow)));
    REQUIRE(f);
    CHECK(f->drawable);
    CHECK_FALSE(f->colour);
    CHECK(f->characters.has('A'));
    CHECK(f->characters.has('Z'));
    CHECK(f->characters.has(0x2194));
    CHECK_FALSE(f->characters.has('@'));
    CHECK_FALSE(f->characters.has('['));
    CHECK_FALSE(f->characters.has(0x2193));
    CHECK_FALSE(f->characters.has(0x2195));  // in a segment, but its glyph is 0: none
    CHECK_FALSE(f->characters.has(0xFFFF));
    CHECK_FALSE(f->characters.has(0x1F600));
}

TEST_CASE("font_face: the height per em Dear ImGui sizes a font by (hhea over head)") {
    const auto f = read(face(truetype(latin_and_arrow)));
    REQUIRE(f);
    CHECK(f->height_per_em == doctest::Approx(1.362));
}

TEST_CASE("font_face: format 12 reaches beyond the BMP and is read before format 4") {
    // As fonts list them: Unicode full repertoire (0, 4) before Windows BMP (3, 1).
    const std::string both = cmap({{{0, 4}, format12({{0x30, 0x39, 1}, {0x1F600, 0x1F600, 20}})},
                                   {{3, 1}, format4({{0x41, 0x41, -0x40}})}});
    const auto f = read(face(truetype(both)));
    REQUIRE(f);
    CHECK(f->characters.has('0'));
    CHECK(f->characters.has('9'));
    CHECK(f->characters.has(0x1F600));
    CHECK_FALSE(f->characters.has('A'));  // only in the format 4 subtable, which is not read
    CHECK_FALSE(f->characters.has(0x1F601));
}

TEST_CASE("font_face: variation sequences and non-Unicode subtables are not character maps") {
    const std::string others = cmap({{{1, 0}, format4({{0x41, 0x5A, -0x40}})},
                                     {{0, 5}, format4({{0x41, 0x5A, -0x40}})},
                                     {{0, 3}, format4({{0x61, 0x7A, -0x60}})}});
    const auto f = read(face(truetype(others)));
    REQUIRE(f);
    CHECK(f->characters.has('a'));
    CHECK_FALSE(f->characters.has('A'));
}

TEST_CASE("font_face: what Dear ImGui cannot draw, and colour fonts") {
    Tables no_outlines = truetype(latin_and_arrow);
    no_outlines.erase(no_outlines.begin() + 1);  // glyf
    CHECK_FALSE(read(face(no_outlines)).value().drawable);

    Tables cff = {{"CFF ", "x"},
                  {"cmap", latin_and_arrow},
                  {"head", head(1000)},
                  {"hhea", hhea(900, -300)},
                  {"hmtx", std::string(4, '\0')}};
    CHECK(read(face(cff, 0, 0x4F54544F)).value().drawable);  // 'OTTO': OpenType with CFF outlines

    Tables colour = truetype(latin_and_arrow);
    colour.insert(colour.begin(), {"COLR", std::string(14, '\0')});
    const auto emoji = read(face(colour)).value();
    CHECK(emoji.drawable);
    CHECK(emoji.colour);
}

TEST_CASE("font_face: a face of a collection by its index") {
    const std::string second_map = cmap({{{3, 1}, format4({{0x2713, 0x2713, 1}})}});
    const std::size_t header = 12 + 4 * 2;
    const std::string first = face(truetype(latin_and_arrow), header);
    const std::string second = face(truetype(second_map), header + first.size());
    const std::string ttc = "ttcf" + be32(0x00010000) + be32(2) + be32(header) +
                            be32(static_cast<std::uint32_t>(header + first.size())) + first +
                            second;
    const auto zero = read(ttc, 0), one = read(ttc, 1);
    REQUIRE(zero);
    REQUIRE(one);
    CHECK(zero->characters.has(0x2194));
    CHECK_FALSE(zero->characters.has(0x2713));
    CHECK(one->characters.has(0x2713));
    CHECK_FALSE(one->characters.has(0x2194));
    CHECK_FALSE(read(ttc, 2));
}

TEST_CASE("font_face: not a font, no such face, damaged tables") {
    CHECK_FALSE(read(""));
    CHECK_FALSE(read("\x89PNG\r\n\x1a\n and more bytes"));
    CHECK_FALSE(read(face(truetype(latin_and_arrow)), 1));

    std::string cut = face(truetype(latin_and_arrow));
    cut.resize(40);  // the directory cut short
    CHECK_FALSE(read(cut));

    // A cmap whose segment count claims more than the table holds: no character, no reading
    // past the table.
    std::string lying = format4({{0x41, 0x5A, -0x40}});
    lying.replace(6, 2, be16(0x4000));
    const auto f = read(face(truetype(cmap({{{3, 1}, lying}}))));
    REQUIRE(f);
    CHECK_FALSE(f->characters.has('A'));

    std::string groups = format12({{0x41, 0x5A, 1}});
    groups.replace(12, 4, be32(0x10000000));
    CHECK_FALSE(read(face(truetype(cmap({{{3, 10}, groups}})))).value().characters.has('A'));
    CHECK_FALSE(CharacterMap().has('A'));
}
