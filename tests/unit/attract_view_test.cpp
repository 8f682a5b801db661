// The attract loop's view (core/attract_view): the slide's words in the shopper's language, the
// slide fading out, the progress, the language buttons and what is asked for ahead, on the
// sample content of sample_content.hpp (slides gut 8 s, balance 5 s, habits 8 s; fade 700 ms).
#include "core/attract_view.hpp"

#include <doctest/doctest.h>

#include <memory>
#include <string>
#include <vector>

#include "sample_content.hpp"
#include "shopper_actions.hpp"

using kiosk::attract_view;
using kiosk::AttractView;
using kiosk::KioskFlow;
using kiosk::test::act;
using kiosk::test::K;
using Ids = std::vector<std::string>;

namespace {

std::shared_ptr<const kiosk::Content> slides_content() {
    kiosk::Content c = kiosk::sample::content();
    kiosk::Slide& gut = c.slides[0];
    gut.title = kiosk::sample::en_id("Your gut and skin are linked", "Usus dan kulit terhubung");
    gut.body = kiosk::Text::plain("A two-way link.");
    gut.points = {kiosk::Text::plain("Both ways"), kiosk::Text::plain("Habits shape it")};
    gut.image = "illustrations/gut.png";
    gut.source = "Salem et al. 2018";
    c.slides[1].image = "illustrations/balance.png";
    c.slides[1].layout = kiosk::SlideLayout::image_right;
    c.slides[1].background = kiosk::Colour{0.9f, 0.95f, 0.9f};
    c.quiz.questions[0].answers[0].image = "icons/breakouts.png";
    c.quiz.questions[0].answers[2].image = "icons/redness.png";
    c.kiosk.brand = {.name = "Indo Naturals", .logo = "brand/logo.png"};
    c.kiosk.strings["language_name"] = kiosk::sample::en_id("English", "Bahasa Indonesia");
    c.kiosk.strings["source"] = kiosk::sample::en_id("Source", "Sumber");
    c.kiosk.strings["attract_hint"] = kiosk::Text::plain("Tap to start");
    return std::make_shared<const kiosk::Content>(std::move(c));
}

KioskFlow make_flow() {
    return KioskFlow(slides_content(), 0.0, [] { return std::string("s1"); });
}

}  // namespace

TEST_CASE("attract_view: the slide's words and picture in the shopper's language") {
    KioskFlow flow = make_flow();
    AttractView v = attract_view(flow, 1);
    CHECK(v.slide.title == "Your gut and skin are linked");
    CHECK(v.slide.body == "A two-way link.");
    CHECK(v.slide.points == Ids{"Both ways", "Habits shape it"});
    CHECK(v.slide.source == "Source: Salem et al. 2018");
    CHECK(v.slide.picture == "illustrations/gut.png");
    CHECK(v.slide.layout == kiosk::SlideLayout::image_left);
    CHECK_FALSE(v.slide.background);
    CHECK(v.start == "Find my routine");
    CHECK(v.hint == "Tap to start");

    act(flow, K::choose_language, 2, "id");
    v = attract_view(flow, 2);
    CHECK(v.slide.title == "Usus dan kulit terhubung");
    CHECK(v.slide.source == "Sumber: Salem et al. 2018");
    CHECK(v.start == "Temukan rutinitas saya");
}

TEST_CASE("attract_view: no source line for a slide without a source") {
    KioskFlow flow = make_flow();
    flow.advance(8);  // balance
    CHECK(attract_view(flow, 8).slide.source.empty());
}

TEST_CASE("attract_view: the brand and one button per language, the current one marked") {
    KioskFlow flow = make_flow();
    AttractView v = attract_view(flow, 1);
    CHECK(v.brand.name == "Indo Naturals");
    CHECK(v.brand.logo == "brand/logo.png");
    REQUIRE(v.languages.size() == 2);
    CHECK(v.languages[0].language == "en");
    CHECK(v.languages[0].label == "English");
    CHECK(v.languages[0].current);
    CHECK(v.languages[1].language == "id");
    CHECK(v.languages[1].label == "Bahasa Indonesia");
    CHECK_FALSE(v.languages[1].current);

    act(flow, K::choose_language, 2, "id");
    v = attract_view(flow, 2);
    CHECK_FALSE(v.languages[0].current);
    CHECK(v.languages[1].current);
}

TEST_CASE("attract_view: a kiosk of one language has no language buttons") {
    kiosk::Content c = kiosk::sample::content();
    c.kiosk.languages = {"en"};
    KioskFlow flow(std::make_shared<const kiosk::Content>(std::move(c)), 0, {});
    CHECK(attract_view(flow, 1).languages.empty());
}

TEST_CASE("attract_view: the slide before fades out over the transition, then is gone") {
    KioskFlow flow = make_flow();
    AttractView v = attract_view(flow, 1);
    CHECK_FALSE(v.leaving);  // the first slide comes with nothing before it
    CHECK(v.fade == doctest::Approx(1));

    flow.advance(8);  // gut -> balance, fading over 0.7 s
    v = attract_view(flow, 8);
    REQUIRE(v.leaving);
    CHECK(v.leaving->title == "Your gut and skin are linked");
    CHECK(v.slide.picture == "illustrations/balance.png");
    CHECK(v.slide.layout == kiosk::SlideLayout::image_right);
    CHECK(v.slide.background.has_value());
    CHECK(v.fade == doctest::Approx(0));
    CHECK(v.fade_ends == doctest::Approx(8.7));
    CHECK(attract_view(flow, 8.35).fade == doctest::Approx(0.5));
    v = attract_view(flow, 8.7);
    CHECK(v.fade == doctest::Approx(1));
    CHECK_FALSE(v.leaving);
}

TEST_CASE("attract_view: the progress: which slide of how many, and how much of its time") {
    KioskFlow flow = make_flow();
    AttractView v = attract_view(flow, 2);
    CHECK(v.progress.slides == 3);
    CHECK(v.progress.index == 0);
    CHECK(v.progress.seconds == doctest::Approx(8));
    CHECK(v.progress.since == doctest::Approx(0));
    CHECK_FALSE(v.progress.paused);
    CHECK(v.progress.share_at(2) == doctest::Approx(0.25));
    CHECK(v.progress.share_at(12) == doctest::Approx(1));  // never past the whole

    flow.advance(8);  // balance: its own 5 s
    v = attract_view(flow, 9);
    CHECK(v.progress.index == 1);
    CHECK(v.progress.seconds == doctest::Approx(5));
    CHECK(v.progress.share_at(10.5) == doctest::Approx(0.5));
}

TEST_CASE("attract_view: a paused loop's progress stands still where it was paused") {
    KioskFlow flow = make_flow();
    act(flow, K::toggle_pause, 4);
    AttractView v = attract_view(flow, 6);
    CHECK(v.progress.paused);
    CHECK(v.progress.share_at(6) == doctest::Approx(0.5));
    CHECK(v.progress.share_at(100) == doctest::Approx(0.5));
    CHECK(v.progress.share_at(6) == doctest::Approx(flow.slide_progress(6)));
}

TEST_CASE("attract_view: the next slide's picture and the first question's icons, asked early") {
    KioskFlow flow = make_flow();
    AttractView v = attract_view(flow, 1);
    CHECK(v.next.picture == "illustrations/balance.png");
    CHECK(v.next.layout == kiosk::SlideLayout::image_right);
    CHECK(v.first_icons == Ids{"icons/breakouts.png", "icons/redness.png"});  // those it has

    flow.advance(8);
    flow.advance(13);  // habits, the last: the loop comes round to gut
    CHECK(attract_view(flow, 13).next.picture == "illustrations/gut.png");
}
