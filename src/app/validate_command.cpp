#include "app/validate_command.hpp"

#include <cstdio>

#include "app/text_fit_check.hpp"
#include "core/path_text.hpp"
#include "platform/font_files.hpp"
#include "platform/picture_check.hpp"

namespace kiosk {

int run_validate_command(const Folders& folders) {
    if (!folders.error.empty()) {
        std::fprintf(stderr, "probiotic-kiosk: %s\n", folders.error.c_str());
        return 1;
    }
    const FontFiles fonts = find_font_files();
    const GlyphCoverage regular(fonts.regular), bold(fonts.bold);
    ContentLoad load = load_content(
        folders.content, [&](char32_t c) { return regular.has(c) && bold.has(c); },
        picture_decode_check(reference_picture_side));
    if (load.content) {
        const auto fit = check_text_fit(*load.content, folders.content, fonts, reference_screens);
        load.diagnostics.insert(load.diagnostics.end(), fit.begin(), fit.end());
    }
    for (const Diagnostic& d : load.diagnostics) std::printf("%s\n", d.to_string().c_str());
    std::printf("%s: %d error%s, %d warning%s\n", utf8_of(folders.content.content).c_str(),
                load.errors(), load.errors() == 1 ? "" : "s", load.warnings(),
                load.warnings() == 1 ? "" : "s");
    return load.errors() == 0 ? 0 : 1;
}

}  // namespace kiosk
