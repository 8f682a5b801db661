#include "platform/font_atlas.hpp"

#include <imgui.h>
#include <imgui_impl_opengl3.h>

namespace kiosk {
namespace {

bool same(const std::vector<FontRequest>& a, const std::vector<FontRequest>& b) {
    if (a.size() != b.size()) return false;
    for (size_t i = 0; i < a.size(); ++i)
        if (a[i].pixels != b[i].pixels || a[i].bold != b[i].bold ||
            a[i].digits_only != b[i].digits_only)
            return false;
    return true;
}

}  // namespace

const std::vector<ImFont*>& FontAtlas::build(const std::vector<FontRequest>& requests,
                                             const std::string& all_text) {
    if (!fonts_.empty() && same(requests, built_requests_) && all_text == built_text_)
        return fonts_;
    built_requests_ = requests;
    built_text_ = all_text;

    ImGuiIO& io = ImGui::GetIO();
    if (on_gpu_) ImGui_ImplOpenGL3_DestroyFontsTexture();
    io.Fonts->Clear();

    ImFontGlyphRangesBuilder builder;
    // Printable ASCII (the staff menu, numbers, file names) and every character of the content;
    // not the whole of Latin-1: each glyph costs build time at every size.
    static const ImWchar ascii[] = {0x0020, 0x007E, 0};
    builder.AddRanges(ascii);
    builder.AddText(all_text.c_str(), all_text.c_str() + all_text.size());
    for (const char* extra : {"\xE2\x80\xA6", "\xE2\x80\x93", "\xE2\x80\x94", "\xE2\x80\x99",
                              "\xE2\x80\xA2", "\xC2\xB7", "\xE2\x86\x90", "\xE2\x86\x92"})
        builder.AddText(extra);
    ImVector<ImWchar> ranges;
    builder.BuildRanges(&ranges);
    ranges_.assign(ranges.begin(), ranges.end());

    static const ImWchar digits[] = {'0', '9', 0};

    fonts_.clear();
    for (const FontRequest& r : requests) {
        ImFontConfig config;
        // Glyphs are drawn at whole pixels (PixelSnapH), so horizontal oversampling would only
        // double the atlas and its build time without a visible difference.
        config.OversampleH = 1;
        config.OversampleV = 1;
        config.PixelSnapH = true;
        const std::string& file = r.bold ? files_.bold : files_.regular;
        const ImWchar* ranges = r.digits_only ? digits : ranges_.data();
        ImFont* font = nullptr;
        if (!file.empty())
            font = io.Fonts->AddFontFromFileTTF(file.c_str(), r.pixels, &config, ranges);
        if (!font) {
            config.SizePixels = r.pixels;
            font = io.Fonts->AddFontDefault(&config);
        }
        fonts_.push_back(font);
    }
    io.Fonts->Build();
    if (on_gpu_) ImGui_ImplOpenGL3_CreateFontsTexture();
    io.Fonts->ClearTexData();  // the texture holds the glyphs now; the pixels in memory can go
    return fonts_;
}

}  // namespace kiosk
