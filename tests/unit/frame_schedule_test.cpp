// The frame loop's decisions: when to draw, of what, and how long to sleep (frame_schedule.hpp).
#include "core/frame_schedule.hpp"

#include <doctest/doctest.h>

using kiosk::Deadlines;
using kiosk::FrameAsks;
using kiosk::FrameSchedule;
using kiosk::Moment;
using kiosk::Rect;
using kiosk::Redraw;

namespace {

// A schedule whose first frame was drawn at real and app time 10, asking for nothing more.
FrameSchedule settled(double scale = 1, FrameAsks asks = {}) {
    FrameSchedule schedule(scale);
    schedule.note_flow(1);
    schedule.drawn({10 * scale, 10}, 10, asks);
    return schedule;
}

Moment at(double real, double scale = 1) {
    return {real * scale, real};
}

}  // namespace

TEST_CASE("frame_schedule: the first frame is due at once, of the whole screen") {
    FrameSchedule schedule;
    const auto call = schedule.call(at(0));
    CHECK(call.draw);
    CHECK_FALSE(call.only);
    CHECK(schedule.sleep(at(0), {}) == 0);
    CHECK_FALSE(schedule.drawn_once());
}

TEST_CASE("frame_schedule: nothing happened, nothing is drawn, and the loop sleeps long") {
    FrameSchedule schedule = settled();
    CHECK_FALSE(schedule.due(at(11)));
    CHECK_FALSE(schedule.call(at(11)).draw);
    CHECK(schedule.sleep(at(11), {}) == doctest::Approx(5));  // the longest sleep
    CHECK(schedule.drawn_once());
}

TEST_CASE("frame_schedule: input, the staff menu, a picture upload, the window: the whole screen") {
    for (Redraw reason : {Redraw::input, Redraw::staff, Redraw::picture_upload, Redraw::window}) {
        CAPTURE(static_cast<int>(reason));
        FrameSchedule schedule = settled(1, {.redraw_at = 12, .redraw_area = Rect{0, 0, 10, 10}});
        schedule.note(reason);
        CHECK(schedule.sleep(at(11), {}) == 0);
        const auto call = schedule.call(at(11));
        CHECK(call.draw);
        CHECK_FALSE(call.only);  // not just the scheduled area
    }
}

TEST_CASE("frame_schedule: a new flow revision is a frame; the same revision is not") {
    FrameSchedule schedule = settled();
    schedule.note_flow(1);
    CHECK_FALSE(schedule.due(at(11)));
    schedule.note_flow(2);
    CHECK(schedule.due(at(11)));
    CHECK(schedule.call(at(11)).draw);
}

TEST_CASE("frame_schedule: frames never come faster than the frame period; a screenshot does") {
    FrameSchedule schedule = settled();
    schedule.note(Redraw::input);
    auto call = schedule.call(at(10.01));
    CHECK_FALSE(call.draw);
    CHECK(call.wait == doctest::Approx(1.0 / 30 - 0.01));
    CHECK(schedule.call(at(10.04)).draw);
    schedule.note(Redraw::screenshot);
    CHECK(schedule.call(at(10.01)).draw);
}

TEST_CASE("frame_schedule: an animation draws every frame until its end state is drawn") {
    FrameSchedule schedule = settled(1, {.animating_until = 10.5});
    CHECK(schedule.sleep(at(10.1), {}) == 0);
    CHECK(schedule.call(at(10.1)).draw);
    schedule.drawn(at(10.4), 10.4, {.animating_until = 10.5});
    CHECK(schedule.call(at(10.45)).draw);                       // the pace allows it
    schedule.drawn(at(10.5), 10.5, {.animating_until = 10.5});  // the end state
    CHECK_FALSE(schedule.due(at(10.6)));
    CHECK(schedule.sleep(at(10.6), {}) == doctest::Approx(5));
}

TEST_CASE("frame_schedule: a scheduled redraw of one area draws only that area, at its time") {
    const Rect bar{100, 1000, 800, 8};
    FrameSchedule schedule = settled(1, {.redraw_at = 12, .redraw_area = bar});
    CHECK_FALSE(schedule.due(at(11.9)));
    CHECK(schedule.sleep(at(11), {}) == doctest::Approx(1));
    const auto call = schedule.call(at(12));
    CHECK(call.draw);
    REQUIRE(call.only);
    CHECK(*call.only == bar);
}

TEST_CASE("frame_schedule: an animation of one area draws that area, and its end state too") {
    const Rect slides{60, 150, 1800, 780};
    FrameSchedule schedule = settled(1, {.animating_until = 10.5, .animating_area = slides});
    auto call = schedule.call(at(10.1));
    CHECK(call.draw);
    REQUIRE(call.only);
    CHECK(*call.only == slides);
    schedule.drawn(at(10.5), 10.5, {.animating_until = 10.5, .animating_area = slides});
    CHECK_FALSE(schedule.due(at(10.6)));  // the end state was that frame
}

TEST_CASE("frame_schedule: an area that is due during an animation of another joins it") {
    const Rect slides{60, 150, 1800, 780}, bar{60, 1000, 1400, 8};
    FrameSchedule schedule = settled(
        1,
        {.redraw_at = 10.2, .redraw_area = bar, .animating_until = 10.5, .animating_area = slides});
    auto call = schedule.call(at(10.1));  // the bar's step is not due yet
    REQUIRE(call.only);
    CHECK(*call.only == slides);
    call = schedule.call(at(10.25));
    REQUIRE(call.only);
    CHECK(*call.only == kiosk::bounding(slides, bar));
}

TEST_CASE("frame_schedule: the whole screen wins over an animation's area") {
    const Rect slides{60, 150, 1800, 780};
    SUBCASE("an animation of the whole screen with a scheduled area") {
        FrameSchedule schedule =
            settled(1, {.redraw_at = 10.2, .redraw_area = slides, .animating_until = 10.5});
        CHECK_FALSE(schedule.call(at(10.25)).only);
    }
    SUBCASE("a scheduled redraw of the whole screen during an animation of one area") {
        FrameSchedule schedule =
            settled(1, {.redraw_at = 10.2, .animating_until = 10.5, .animating_area = slides});
        CHECK(schedule.call(at(10.1)).only);
        CHECK_FALSE(schedule.call(at(10.25)).only);
    }
    SUBCASE("input during an animation of one area") {
        FrameSchedule schedule = settled(1, {.animating_until = 10.5, .animating_area = slides});
        schedule.note(Redraw::input);
        CHECK_FALSE(schedule.call(at(10.1)).only);
    }
}

TEST_CASE("frame_schedule: a scheduled redraw without an area is of the whole screen") {
    FrameSchedule schedule = settled(1, {.redraw_at = 12});
    const auto call = schedule.call(at(12));
    CHECK(call.draw);
    CHECK_FALSE(call.only);
}

TEST_CASE("frame_schedule: scheduled redraws keep a minimum gap of real time") {
    FrameSchedule schedule = settled(1, {.redraw_at = 10});  // due at once, again and again
    CHECK(schedule.sleep(at(10.001), {}) == doctest::Approx(1.0 / 30));
}

TEST_CASE("frame_schedule: app times are converted at the time scale") {
    // At 50x, a flow change 5 app seconds away is 0.1 real seconds away.
    FrameSchedule schedule = settled(50);
    Deadlines d;
    d.flow = 11 * 50 + 5;
    CHECK(schedule.sleep(at(11, 50), d) == doctest::Approx(0.1));
    d.flow = 11 * 50 - 1;  // already passed
    CHECK(schedule.sleep(at(11, 50), d) == 0);
}

TEST_CASE(
    "frame_schedule: the loop wakes for the flow, the autopilot, the content watch, the "
    "staff hold") {
    FrameSchedule schedule = settled();
    CHECK(schedule.sleep(at(11), {.flow = 13}) == doctest::Approx(2));
    CHECK(schedule.sleep(at(11), {.autopilot = 11.7}) == doctest::Approx(0.7));
    CHECK(schedule.sleep(at(11), {.content_look = 11.25}) == doctest::Approx(0.25));
    CHECK(schedule.sleep(at(11), {.staff = 12.5}) == doctest::Approx(1.5));
    const Deadlines all{.flow = 13, .autopilot = 11.7, .content_look = 11.25, .staff = 12.5};
    CHECK(schedule.sleep(at(11), all) == doctest::Approx(0.25));  // the earliest
}

TEST_CASE("frame_schedule: the loop wakes for the health metrics file, on the app's clock") {
    FrameSchedule schedule = settled(10);  // drawn at app time 100, real 10
    CHECK(schedule.sleep(at(11, 10), {.metrics = 130}) == doctest::Approx(2));
    CHECK(schedule.sleep(at(11, 10), {.flow = 200, .metrics = 130}) == doctest::Approx(2));
    // Waking for it is no reason to draw.
    CHECK_FALSE(schedule.due(at(13, 10)));
    CHECK_FALSE(schedule.call(at(13, 10)).draw);
}

TEST_CASE("frame_schedule: content being read and pictures decoding are looked at often") {
    FrameSchedule schedule = settled();
    CHECK(schedule.sleep(at(11), {.content_loading = true}) == doctest::Approx(0.05));
    CHECK(schedule.sleep(at(11), {.pictures_busy = true}) == doctest::Approx(0.1));
}

TEST_CASE("frame_schedule: deadlines in the past mean no sleep, never a negative one") {
    FrameSchedule schedule = settled();
    CHECK(schedule.sleep(at(11), {.content_look = 5, .staff = 9}) == 0);
}

TEST_CASE("frame_schedule: one frame spans the frame period times the time scale") {
    CHECK(kiosk::FrameSchedule(1).one_frame() == doctest::Approx(1.0 / 30));
    CHECK(kiosk::FrameSchedule(300, {.frame_period = 0.02}).one_frame() == doctest::Approx(6));
}
