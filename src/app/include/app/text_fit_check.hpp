// The fit check of --validate: every screen a shopper can see (core/screen_tour.hpp), in every
// language, laid out with the real fonts at each screen size by the kiosk's own drawing code,
// without a window; each box whose words do not fit becomes a warning at those words.
#pragma once

#include <vector>

#include "core/content.hpp"
#include "core/content_loader.hpp"
#include "core/diagnostic.hpp"
#include "core/text_fit.hpp"
#include "platform/font_lookup.hpp"

namespace kiosk {

[[nodiscard]] std::vector<Diagnostic> check_text_fit(const Content& content,
                                                     const ContentFolders& folders,
                                                     const FontLookup& fonts,
                                                     const std::vector<ScreenShape>& screens);

}  // namespace kiosk
