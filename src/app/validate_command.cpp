#include "app/validate_command.hpp"

#include <cstdio>

#include "core/path_text.hpp"
#include "platform/font_lookup.hpp"

namespace kiosk {

int run_validate_command(const Folders& folders) {
    if (!folders.error.empty()) {
        std::fprintf(stderr, "probiotic-kiosk: %s\n", folders.error.c_str());
        return 1;
    }
    const FontLookup fonts;
    ContentLoad load = load_content(folders.content, [&](char32_t c) { return fonts.can_draw(c); });
    for (const Diagnostic& d : load.diagnostics) std::printf("%s\n", d.to_string().c_str());
    std::printf("%s: %d error%s, %d warning%s\n", utf8_of(folders.content.content).c_str(),
                load.errors(), load.errors() == 1 ? "" : "s", load.warnings(),
                load.warnings() == 1 ? "" : "s");
    return load.errors() == 0 ? 0 : 1;
}

}  // namespace kiosk
