#include "app/validate_command.hpp"

#include <algorithm>
#include <cstdio>

#include "app/text_fit_check.hpp"
#include "core/path_text.hpp"
#include "core/reach.hpp"
#include "core/validate_output.hpp"
#include "platform/font_lookup.hpp"
#include "platform/picture_check.hpp"

namespace kiosk {
namespace {

// Every diagnostic and the summary, or the JSON array for --format json, on stdout.
void print_diagnostics(const std::vector<Diagnostic>& all, const std::string& folder,
                       ValidateFormat format) {
    const std::string out =
        format == ValidateFormat::json ? diagnostics_json(all) : diagnostics_text(all, folder);
    std::fwrite(out.data(), 1, out.size(), stdout);
}

// No content folder: the reason on stderr, and for --format json also as the one diagnostic,
// so that a pipeline reading the JSON gets it too.
int no_content_folder(const Options& options, const Folders& folders) {
    std::fprintf(stderr, "probiotic-kiosk: %s\n", folders.error.c_str());
    if (options.validate_format == ValidateFormat::json)
        print_diagnostics({{.file = options.content_dir, .message = folders.error, .pointer = ""}},
                          options.content_dir, options.validate_format);
    return 1;
}

}  // namespace

int run_validate_command(const Options& options, const Folders& folders) {
    if (!folders.error.empty()) return no_content_folder(options, folders);
    const FontLookup fonts;
    ContentLoad load = load_content(
        folders.content, [&](char32_t c) { return fonts.can_draw(c); },
        picture_decode_check(reference_picture_side));
    if (load.content) {
        std::vector<ScreenShape> screens = reference_screens;
        if (options.screen) {
            const ScreenShape own{.width = options.screen->width, .height = options.screen->height};
            if (std::find(screens.begin(), screens.end(), own) == screens.end())
                screens.push_back(own);
        }
        const auto fit = check_text_fit(*load.content, folders.content, fonts,
                                        with_reach_bands(screens, load.content->kiosk.panel));
        load.diagnostics.insert(load.diagnostics.end(), fit.begin(), fit.end());
    }
    print_diagnostics(load.diagnostics, utf8_of(folders.content.content), options.validate_format);
    return load.errors() == 0 ? 0 : 1;
}

}  // namespace kiosk
