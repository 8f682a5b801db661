#include "platform/font_atlas.hpp"

#include <imgui.h>
#include <imgui_impl_opengl3.h>

#include <fstream>

#include "core/font_characters.hpp"
#include "core/font_face.hpp"
#include "core/path_text.hpp"

namespace kiosk {
namespace {

static_assert(FontAtlas::highest_character == IM_UNICODE_CODEPOINT_MAX);
static_assert(sizeof(ImWchar) == sizeof(unsigned short));

bool same(const std::vector<FontRequest>& a, const std::vector<FontRequest>& b) {
    if (a.size() != b.size()) return false;
    for (size_t i = 0; i < a.size(); ++i)
        if (a[i].pixels != b[i].pixels || a[i].bold != b[i].bold ||
            a[i].digits_only != b[i].digits_only)
            return false;
    return true;
}

// Dear ImGui's glyph ranges: pairs of first and last character, then 0.
std::vector<ImWchar> ranges_of(std::u32string_view characters) {
    std::vector<ImWchar> ranges;
    for (char32_t c : characters) {
        if (c == 0 || c > FontAtlas::highest_character) continue;
        if (!ranges.empty() && ranges.back() + 1u == c)
            ranges.back() = static_cast<ImWchar>(c);
        else
            ranges.insert(ranges.end(), {static_cast<ImWchar>(c), static_cast<ImWchar>(c)});
    }
    ranges.push_back(0);
    return ranges;
}

ImFontConfig glyph_config() {
    ImFontConfig config;
    // Glyphs are drawn at whole pixels (PixelSnapH), so horizontal oversampling would only
    // double the atlas and its build time without a visible difference.
    config.OversampleH = 1;
    config.OversampleV = 1;
    config.PixelSnapH = true;
    return config;
}

}  // namespace

const FontAtlas::FontData* FontAtlas::data_of(const std::string& file, int face) {
    const std::string key = file + '\n' + std::to_string(face);
    if (auto known = data_.find(key); known != data_.end())
        return known->second ? &*known->second : nullptr;
    std::optional<FontData>& data = data_[key];
    const std::filesystem::path path = path_from_utf8(file);
    const std::optional<FontFace> read = read_font_face(path, face);
    if (!read || !read->drawable) return nullptr;
    std::ifstream in(path, std::ios::binary | std::ios::ate);
    std::vector<unsigned char> bytes(in ? static_cast<std::size_t>(in.tellg()) : 0);
    in.seekg(0);
    if (bytes.empty() ||
        !in.read(reinterpret_cast<char*>(bytes.data()), static_cast<std::streamsize>(bytes.size())))
        return nullptr;
    data = FontData{std::move(bytes), read->height_per_em};
    return &*data;
}

ImFont* FontAtlas::add(const FontData& data, float pixels, ImFontConfig& config,
                       const ImWchar* ranges) {
    // Dear ImGui 1.86 would copy bytes it does not own, once for each size: it is handed the
    // file's bytes as its own, and they are taken back before it could free them (build()).
    config.FontDataOwnedByAtlas = true;
    return ImGui::GetIO().Fonts->AddFontFromMemoryTTF(const_cast<unsigned char*>(data.bytes.data()),
                                                      static_cast<int>(data.bytes.size()), pixels,
                                                      &config, ranges);
}

ImFont* FontAtlas::add_main(const FontRequest& r) {
    static const ImWchar digits[] = {'0', '9', 0};
    const std::string& file = r.bold ? lookup_.main().bold : lookup_.main().regular;
    const FontData* data = file.empty() ? nullptr : data_of(file, 0);
    ImFontConfig config = glyph_config();
    if (data) return add(*data, r.pixels, config, r.digits_only ? digits : ranges_.data());
    config.SizePixels = r.pixels;
    return ImGui::GetIO().Fonts->AddFontDefault(&config);
}

// Each fallback font into the font just added, at the size where its letters are as tall as the
// main font's, with only the characters it supplies; baselines line up (Dear ImGui places merged
// glyphs on the main font's).
void FontAtlas::merge_fallbacks(const FontRequest& r) {
    const std::string& file = r.bold ? lookup_.main().bold : lookup_.main().regular;
    const FontData* main = file.empty() ? nullptr : data_of(file, 0);
    for (const FallbackFont& f : r.bold ? fallbacks_.bold : fallbacks_.regular) {
        const FontData* data = data_of(f.file, f.face);
        if (!data) continue;
        ImFontConfig config = glyph_config();
        config.MergeMode = true;
        config.FontNo = f.face;
        merged_ranges_.push_back(ranges_of(f.characters));
        add(*data, fallback_pixels(r.pixels, main ? main->height_per_em : 0, data->height_per_em),
            config, merged_ranges_.back().data());
    }
}

const std::vector<ImFont*>& FontAtlas::build(const std::vector<FontRequest>& requests,
                                             const std::string& all_text) {
    if (!fonts_.empty() && same(requests, built_requests_) && all_text == built_text_)
        return fonts_;
    built_requests_ = requests;
    built_text_ = all_text;
    const std::u32string characters = font_characters(all_text);
    ranges_ = ranges_of(characters);
    fallbacks_ = lookup_.fallbacks_for(characters);

    ImGuiIO& io = ImGui::GetIO();
    if (on_gpu_) ImGui_ImplOpenGL3_DestroyFontsTexture();
    io.Fonts->Clear();
    merged_ranges_.clear();
    fonts_.clear();
    for (const FontRequest& r : requests) {
        fonts_.push_back(add_main(r));
        if (!r.digits_only) merge_fallbacks(r);
    }
    io.Fonts->Build();
    if (on_gpu_) ImGui_ImplOpenGL3_CreateFontsTexture();
    // The texture holds the glyphs now: the pixels in memory can go, and so can the fonts' files,
    // which are data_'s, not Dear ImGui's to free.
    io.Fonts->ClearTexData();
    for (ImFontConfig& config : io.Fonts->ConfigData)
        for (const auto& [file, data] : data_)
            if (data && config.FontData == data->bytes.data()) config.FontData = nullptr;
    io.Fonts->ClearInputData();  // frees what is Dear ImGui's own: its built-in font's data
    data_.clear();
    return fonts_;
}

}  // namespace kiosk
