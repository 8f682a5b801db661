#include "app/text_fit_check.hpp"

#include <algorithm>
#include <map>
#include <memory>
#include <set>
#include <tuple>

#include "core/content_file.hpp"
#include "core/path_text.hpp"
#include "core/reach.hpp"
#include "core/screen_tour.hpp"
#include "core/text_places.hpp"
#include "platform/font_atlas.hpp"
#include "platform/layout_frame.hpp"
#include "platform/picture_shelf.hpp"
#include "ui/shopper_screen.hpp"
#include "ui/style.hpp"

namespace kiosk {
namespace {

struct Warning {
    std::string file, pointer, message;
};

// The warnings, once per place, language and screen, in the order they were found.
class Warnings {
  public:
    void add(const TextPlace& place, const std::string& key, const TextMisfit& misfit,
             const ScreenShape& screen) {
        if (!seen_.insert({key, place.language, screen.name()}).second) return;
        found_.push_back({place.file, place.pointer, misfit_message(place, misfit, screen.name())});
    }
    [[nodiscard]] const std::vector<Warning>& found() const { return found_; }

  private:
    std::set<std::tuple<std::string, std::string, std::string>> seen_;
    std::vector<Warning> found_;
};

// A misfit named at the content's words: a box of one text at that text, a block of several
// at what they belong to (the slide, the card). Words the content does not hold as such
// (a count, a line put together from several texts) are not the content's to fix.
void place_misfit(const TextMisfit& misfit, const std::vector<TextPlace>& places,
                  const ScreenShape& screen, Warnings& warnings) {
    for (const std::string& words : misfit.texts) {
        const auto found = places_of(places, words);
        if (found.empty()) continue;
        for (const TextPlace* place : found)
            warnings.add(
                *place, misfit.measure == FitMeasure::lines ? place->pointer : place->owner_pointer,
                misfit, screen);
        return;
    }
}

void check_screen(const std::shared_ptr<const Content>& content, const ContentFolders& folders,
                  const FontLookup& fonts, const ScreenShape& screen, Warnings& warnings) {
    LayoutFrame frame;
    FontAtlas atlas(fonts, false);
    NoPictures pictures;
    const std::string glyphs = every_character(*content);
    const auto requests = ui::font_requests(
        static_cast<float>(std::min(screen.width, screen.height)), screen.text_scale);
    const auto& type = atlas.build(requests, glyphs);
    const int h = screen.layout_height();
    const ui::Style style =
        ui::make_style(screen.width, h, content->kiosk.theme, type, false, screen.text_scale,
                       static_cast<float>(std::min(screen.width, screen.height)));
    for (const std::string& language : content->kiosk.languages) {
        const std::vector<TextPlace> places = shopper_text_places(*content, language);
        PicturesAhead ahead;
        tour_screens(content, language, [&](const KioskFlow& flow, double now) {
            std::vector<TextMisfit> misfits;
            ui::Canvas canvas(frame.begin(screen.width, h), style, pictures, folders.assets, now,
                              {});
            canvas.note_misfits_in(&misfits);
            ui::draw_shopper_screen(canvas, flow, now, ahead);
            frame.end();
            for (const TextMisfit& m : misfits) place_misfit(m, places, screen, warnings);
        });
    }
}

}  // namespace

std::vector<Diagnostic> check_text_fit(const Content& content, const ContentFolders& folders,
                                       const FontLookup& fonts,
                                       const std::vector<ScreenShape>& screens) {
    const auto shared = std::make_shared<const Content>(content);
    Warnings warnings;
    for (const ScreenShape& screen : screens)
        for (const float scale : text_scales) {
            ScreenShape scaled = screen;
            scaled.text_scale = scale;
            if (screen.band > 0) {  // the reach mode's band grows with the words
                scaled.band =
                    reach_pixels(content.kiosk.panel, screen.width, screen.height, scale).height;
                if (scaled.band == screen.height) continue;  // the screen itself, checked already
            }
            check_screen(shared, folders, fonts, scaled, warnings);
        }

    // Placed at the line and column of the words, by the file they are in.
    std::map<std::string, ContentFile> files;
    for (const Warning& w : warnings.found()) {
        auto [it, fresh] = files.try_emplace(w.file, generic_utf8_of(folders.content / w.file));
        if (fresh) (void)it->second.read(folders.content / w.file);
        it->second.warning(w.pointer, w.message);
    }
    std::vector<Diagnostic> out;
    for (const char* name : content_file_names)
        if (auto it = files.find(name); it != files.end()) {
            const auto in_file = it->second.diagnostics_in_file_order();
            out.insert(out.end(), in_file.begin(), in_file.end());
        }
    return out;
}

}  // namespace kiosk
