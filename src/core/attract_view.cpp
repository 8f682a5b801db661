#include "core/attract_view.hpp"

#include <algorithm>

namespace kiosk {

double SlideProgress::share_at(double t) const {
    if (paused) return paused_share;
    return seconds <= 0 ? 1.0 : std::clamp((t - since) / seconds, 0.0, 1.0);
}

SlideView slide_view(const KioskFlow& flow, const Slide& slide) {
    SlideView v{.title = text(flow, slide.title),
                .body = text(flow, slide.body),
                .source = slide.source.empty() ? "" : word(flow, "source") + ": " + slide.source,
                .picture = slide.image,
                .layout = slide.layout,
                .background = slide.background};
    for (const Text& p : slide.points) v.points.push_back(text(flow, p));
    return v;
}

AttractView attract_view(const KioskFlow& flow, double now) {
    const Content& content = flow.content();
    const auto& slides = content.slides;
    AttractView v{.brand = brand_view(flow),
                  .languages = language_buttons(flow),
                  .aids = aids_button_view(flow),
                  .slide = slide_view(flow, flow.slide()),
                  .start = word(flow, "start_quiz"),
                  .hint = word(flow, "attract_hint")};

    const double fade_seconds = content.kiosk.timing.transition_ms / 1000.0;
    if (flow.previous_slide_index() >= 0) {
        v.fade = motion_share(now, flow.slide_since(), fade_seconds);
        v.fade_ends = flow.slide_since() + fade_seconds;
        if (v.fade < 1)
            v.leaving = slide_view(flow, slides[static_cast<size_t>(flow.previous_slide_index())]);
    }

    v.progress = {.slides = static_cast<int>(slides.size()),
                  .index = flow.slide_index(),
                  .since = flow.slide_since(),
                  .seconds = content.slide_seconds(flow.slide()),
                  .paused = flow.paused(),
                  .paused_share = flow.paused() ? flow.slide_progress(now) : 0.0};

    v.next = slide_view(flow, slides[static_cast<size_t>(flow.slide_index() + 1) % slides.size()]);
    if (!content.quiz.questions.empty())
        for (const Answer& a : content.quiz.questions.front().answers)
            if (!a.image.empty()) v.first_icons.push_back(a.image);
    return v;
}

}  // namespace kiosk
