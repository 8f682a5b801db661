#include "app/kiosk_app.hpp"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <future>
#include <random>

#include "core/path_text.hpp"
#include "core/quiz_view.hpp"
#include "core/reach.hpp"
#include "core/ui_dump.hpp"
#include "platform/file_system.hpp"
#include "platform/log.hpp"
#include "platform/screenshot.hpp"
#include "platform/service_notify.hpp"
#include "platform/signals.hpp"
#include "ui/autopilot_finger.hpp"
#include "ui/moved_down.hpp"
#include "ui/shopper_screen.hpp"

namespace kiosk {
namespace {

std::string new_session_id() {
    static std::mt19937_64 random{std::random_device{}()};
    char id[17];
    std::snprintf(id, sizeof id, "%016llx", static_cast<unsigned long long>(random()));
    return id;
}

}  // namespace

KioskApp::KioskApp(Options options, Folders folders)
    : options_(std::move(options)),
      folders_(std::move(folders)),
      clock_(options_.time_scale),
      schedule_(options_.time_scale, FrameRules{.frame_period = 1.0 / options_.frame_rate,
                                                .min_redraw_gap = 1.0 / options_.frame_rate}),
      health_(static_cast<double>(AppClock::unix_ms()) / 1000.0) {}

KioskApp::~KioskApp() {
    if (loading_.valid()) loading_.wait();
    if (saving_.valid()) saving_.wait();
    pictures_.reset();
    fonts_.reset();
    imgui_.reset();
    window_.reset();
    if (frame_log_) std::fclose(frame_log_);
}

// ---------------------------------------------------------------------------------------------
// Start and stop

int KioskApp::run() {
    if (!start()) return 1;
    loop();
    finish();
    return 0;
}

// Once, at the end of the loop or, on Windows, when the user logs off (the window calls it).
void KioskApp::finish() {
    if (finished_ || !events_) return;
    finished_ = true;
    service::stopping();
    if (flow_) {
        flow_->stop(clock_.moment().now,
                    stop_reason_ == "display_lost" ? "display_lost" : "stopped");
        write_events();
    }
    events_->write(Event{"app_stopped", {{"reason", stop_reason_}}, {}}, AppClock::unix_ms());
    health_.note_stopping();
    write_health(clock_.moment().now);
    log::line("stopped (" + stop_reason_ + ")");
    signals::finished();
}

bool KioskApp::start() {
    std::error_code ec;
    std::filesystem::create_directories(folders_.data, ec);
    log::open(folders_.data / "kiosk.log");
    signals::install(folders_.data);

    installed_fonts_ = std::make_unique<const FontLookup>();

    // The content is read and checked while the window and its OpenGL context open: each takes
    // tens of milliseconds, and neither needs the other.
    std::future<ContentLoad> reading =
        std::async(std::launch::async, [this] { return load_at_start(); });
    open_window();
    ContentLoad first = reading.get();
    for (const Diagnostic& d : first.diagnostics) log::to_file(d.to_string());
    std::optional<Content> starting = std::move(first.content);
    if (!starting) starting = last_good_content(first);
    if (!starting) return false;
    if (!window_->ok()) {
        std::fprintf(stderr, "probiotic-kiosk: %s\n", window_->error().c_str());
        return false;
    }
    if (!starting->kiosk.brand.name.empty()) window_->set_title(starting->kiosk.brand.name);
    signals::set_waker(&Window::wake);
    staff_ = std::make_unique<StaffMenu>(
        options_, folders_.data,
        folder_as_staff_know_it(folders_.content.content, folder_places()));
    staff_->note_content_check(first, !last_good_assets_, AppClock::unix_ms());
    if (options_.preview) preview_ = std::make_unique<Preview>();
    note_preview_check(first, !last_good_assets_);
    fonts_ = std::make_unique<FontAtlas>(*installed_fonts_);
    // No picture is ever drawn larger than the screen's short side in either direction (slides
    // take under half the long side, or the short side's width when stacked), so pictures are
    // shrunk to fit that square: a quarter of the memory of fitting the long side, same sharpness.
    const int shortest = std::min(window_->width(), window_->height());
    pictures_ = std::make_unique<PictureLibrary>(shortest, shortest, &Window::wake);

    events_ = std::make_unique<EventLog>(folders_.data / "events.jsonl", event_origin(),
                                         [](const std::string& text) { log::line(text); });
    watch_ = std::make_unique<ContentWatch>(folders_.content.content, folders_.content.assets);
    if (!options_.frame_log_file.empty())
        frame_log_ = open_file(path_from_utf8(options_.frame_log_file), "ab");

    auto content = std::make_shared<const Content>(std::move(*starting));
    if (last_good_assets_) last_good_content_ = content;
    write_start_events(first, *content);
    flow_ = std::make_unique<KioskFlow>(content, clock_.moment().now, new_session_id);
    if (options_.mode == WindowMode::demo)
        autopilot_ = std::make_unique<Autopilot>(std::random_device{}());
    start_speech();
    log_started();

    // The first slide's picture and the logo decode on the worker threads while the font atlas
    // is built here, so the first frame waits for neither for long.
    for (const std::string& image : {flow_->slide().image, content->kiosk.brand.logo})
        if (!image.empty()) pictures_->prefetch(shown_assets() / path_from_utf8(image));
    (void)fonts_for(window_->width(), window_->height());
    return true;
}

void KioskApp::log_started() const {
    log::line(
        "started: content " + utf8_of(folders_.content.content) + ", " +
        std::to_string(window_->width()) + "x" + std::to_string(window_->height()) + ", fonts " +
        (installed_fonts_->main().family.empty() ? "built in" : installed_fonts_->main().family) +
        (window_->keeps_last_frame() ? ", drawing in software: only changed areas redrawn" : ""));
}

// The window, in the mode asked for, and Dear ImGui in it; the window calls finish() when the
// process must end at once.
void KioskApp::open_window() {
    WindowSettings settings;
    settings.mode = options_.mode;
    settings.width = options_.window_width;
    settings.height = options_.window_height;
    settings.monitor = options_.monitor;
    settings.ending.session_end = [this] {
        stop_reason_ = "session_end";
        finish();
    };
    settings.clock = &clock_;
    settings.ending.display_lost = [this] {
        stop_reason_ = "display_lost";
        finish();
    };
    window_ = std::make_unique<Window>(settings);
    // While the content is still being read: Dear ImGui, and a renderer ready to draw.
    if (window_->ok()) {
        imgui_ = std::make_unique<ImGuiFrame>(window_->handle());
        imgui_->warm_up();
    }
}

// ---------------------------------------------------------------------------------------------
// The frame loop: one reading of the clock per turn, passed to everything that needs the time;
// what to draw and how long to sleep are the schedule's decisions (core/frame_schedule.hpp).

void KioskApp::loop() {
    while (!stop_) {
        window_->wait(schedule_.sleep(clock_.moment(), deadlines(clock_.moment())));
        const Moment at = clock_.moment();
        service::alive(at.real);
        take_requests();
        read_input(at);
        watch_staff_corner(at);
        read_keys(at);
        staff_->access().advance(at.real);
        flow_->advance(at.now);
        run_autopilot(at);
        speak(at);
        watch_content(at);
        report_picture_failures();
        write_events();
        note_changes(at);
        if (!stop_) draw_if_due(clock_.moment());
        write_health(clock_.moment().now);
    }
    write_events();
}

void KioskApp::stop(std::string reason) {
    stop_reason_ = std::move(reason);
    stop_ = true;
}

// Signals (or --send on Windows) and the window's close button.
void KioskApp::take_requests() {
    if (signals::stop_requested() && !stop_) stop(signals::stop_reason());
    if (signals::take_screenshot_request()) screenshot_wanted_ = true;
    if (signals::take_reload_request()) watch_->force();
    if (window_->close_requested() && (options_.mode == WindowMode::demo || preview_))
        stop("window_closed");
}

// What changed this turn that the screen must show.
void KioskApp::note_changes(const Moment& at) {
    schedule_.note_flow(flow_->revision());
    if (const StaffLook look = staff_->look(at.real); look != staff_look_) {
        staff_look_ = look;
        schedule_.note(Redraw::staff);
    }
    if (pictures_->upload_finished()) schedule_.note(Redraw::picture_upload);
    if (window_->needs_redraw()) schedule_.note(Redraw::window);
    if (screenshot_wanted_) schedule_.note(Redraw::screenshot);
    if (preview_ && preview_->revision() != preview_revision_) {
        preview_revision_ = preview_->revision();
        schedule_.note(Redraw::preview);
    }
}

void KioskApp::draw_if_due(const Moment& at) {
    const FrameCall call = schedule_.call(at);
    if (!call.draw) {
        if (call.wait > 0) window_->wait(call.wait);
        return;
    }
    if (first_pictures_ready(at)) draw_frame(at, call.only);
}

bool KioskApp::first_pictures_ready(const Moment& at) {
    // The first frame waits (a moment at most) for the first slide's picture and the logo, so
    // the screen comes up whole instead of filling in.
    if (schedule_.drawn_once() || at.real > 1.5) return true;
    const Content& content = flow_->content();
    bool ready = true;
    for (const std::string& image : {flow_->slide().image, content.kiosk.brand.logo})
        if (!image.empty() && !pictures_->get(shown_assets() / path_from_utf8(image)))
            ready = false;
    if (!ready) window_->wait(0.01);
    return ready;
}

// When things outside the frames change by themselves, for the schedule's sleep.
Deadlines KioskApp::deadlines(const Moment& at) const {
    Deadlines d;
    d.flow = flow_->next_change();
    if (autopilot_) d.autopilot = autopilot_->next_change(*flow_, at.now, schedule_.one_frame());
    d.metrics = health_.next_due();
    d.content_look = watch_->next_look(at.real);
    d.content_loading = loading_.valid();
    d.pictures_busy = pictures_->busy();
    if (gestures_.may_tap())  // a press might become the staff gesture
        d.staff = gestures_.press_time() + staff_->access().rules().hold_seconds;
    if (staff_->showing())  // once a second: the lockout countdown, closing when left alone
        d.staff = std::min(d.staff, std::min(staff_->access().next_change(), at.real + 1.0));
    return d;
}

// ---------------------------------------------------------------------------------------------
// Drawing

void KioskApp::draw_frame(const Moment& at, std::optional<Rect> only) {
    const double started = at.real;
    const int w = window_->width(), h = window_->height();
    if (w <= 0 || h <= 0) return schedule_.drawn(at, started, {});  // minimised: nothing to draw
    // With the reach mode on, the screens are laid out in the band in reach, then moved onto it.
    const auto [band_top, band_h] = shopper_band(w, h);
    style_ = ui::make_style(w, band_h, flow_->content().kiosk.theme, fonts_for(w, h),
                            flow_->aids().has(Aid::high_contrast), text_scale(),
                            static_cast<float>(std::min(w, h)));
    gestures_.set_limits(limits_for_screen(w, h));

    ImDrawList* draw = imgui_->begin(w, h, static_cast<float>(started - last_frame_real_));
    ui::Press press{gestures_.may_tap(), gestures_.press_x(), gestures_.press_y() - band_top,
                    gestures_.drag_x()};
    ui::Canvas canvas(draw, style_, *pictures_, shown_assets(), at.now, press);
    std::vector<TextMisfit> misfits;  // for the UI dump, which lists words that do not fit
    if (!options_.ui_dump_file.empty()) canvas.note_misfits_in(&misfits);
    draw_screens(canvas, at);
    if (band_top > 0) ui::move_down(draw, static_cast<float>(band_top));
    // Only the area the last frame scheduled a change of, when the window keeps its last
    // frame whole (partial redraws in software rendering).
    if (only && window_->keeps_last_frame())
        only = whole_pixels(*only, w, h);
    else
        only.reset();
    imgui_->end(w, h, canvas.screen_colour(), only);
    if (screenshot_wanted_) save_screenshot_of(w, h);
    window_->present(only);

    drawn_ = canvas.take_drawn();
    drawn_.misfits = std::move(misfits);
    ui::move_down(drawn_, static_cast<float>(band_top));
    schedule_.drawn(at, started,
                    {canvas.next_redraw(), ui::moved_down(canvas.next_redraw_area(), band_top),
                     canvas.animating_until(), ui::moved_down(canvas.animating_area(), band_top)});
    const bool first_frame = last_frame_real_ == 0;
    last_frame_real_ = clock_.real_seconds();
    health_.note_frame(static_cast<double>(AppClock::unix_ms()) / 1000.0);
    if (frame_log_)
        std::fprintf(frame_log_, "%.3f %.3f\n", started * 1000.0,
                     (last_frame_real_ - started) * 1000.0);
    write_ui_dump();
    if (first_frame) service::ready();
}

// Where the screens are drawn: the whole window, or with the reach mode the band in reach
// (core/reach.hpp): its top and height in pixels.
std::pair<int, int> KioskApp::shopper_band(int w, int h) const {
    if (!flow_->aids().has(Aid::reach)) return {0, h};
    const ReachPixels band = reach_pixels(flow_->content().kiosk.panel, w, h, text_scale());
    return {band.top, band.height};
}

// The shopper's screen, the overlay, the demo's finger and the staff menu over them.
void KioskApp::draw_screens(ui::Canvas& canvas, const Moment& at) {
    ui::draw_shopper_screen(canvas, *flow_, at.now, pictures_ahead_);
    if (autopilot_) draw_autopilot(canvas, at.now);
    draw_preview(canvas);
    ui::draw_staff_screen(canvas, staff_->view(at.real));
}

void KioskApp::save_screenshot_of(int w, int h) {
    screenshot_wanted_ = false;
    const std::filesystem::path file = folders_.data / "screenshot.png";
    if (!save_screenshot(file, w, h)) log::line("screenshot: cannot write " + utf8_of(file));
}

// Larger text's factor while a shopper has it on; the atlas is built again for it.
float KioskApp::text_scale() const {
    return flow_->aids().text_scale();
}

const std::vector<ImFont*>& KioskApp::fonts_for(int w, int h) {
    if (flow_->content_ptr() != drawn_content_) {
        if (drawn_content_) pictures_->clear();  // files may have changed under the same names
        drawn_content_ = flow_->content_ptr();
        glyph_text_ = every_character(*drawn_content_);
    }
    // The preview's messages may quote characters the content on screen does not have.
    const auto& fonts =
        fonts_->build(ui::font_requests(static_cast<float>(std::min(w, h)), text_scale()),
                      preview_ ? glyph_text_ + preview_->characters() : glyph_text_);
    if (std::string named = fallback_summary(fonts_->fallbacks()); named != logged_fallbacks_) {
        log::line("fallback fonts: " + named);
        logged_fallbacks_ = std::move(named);
    }
    return fonts;
}

void KioskApp::draw_autopilot(ui::Canvas& canvas, double now) {
    const auto& planned = autopilot_->planned();
    if (!planned) return;
    const AutopilotTiming timing;
    const double shown_from = planned->at - timing.reach_seconds;
    if (now < shown_from) return;
    for (const TouchTarget& t : canvas.targets())
        if (t.action == TargetAction{planned->action}) {
            ui::draw_autopilot_finger(canvas, t.area,
                                      ui::progress(now, shown_from, timing.reach_seconds));
            canvas.animate_until(planned->at);
        }
}

void KioskApp::write_ui_dump() {
    if (options_.ui_dump_file.empty()) return;
    std::string dump = ui_dump_text(*flow_, window_->width(), window_->height(), drawn_,
                                    staff_->stage_name(), preview_view_ ? &*preview_view_ : nullptr,
                                    read_aloud_.last() ? &*read_aloud_.last() : nullptr);
    if (dump == last_dump_) return;
    if (write_file_atomically(path_from_utf8(options_.ui_dump_file), dump))
        last_dump_ = std::move(dump);
}

}  // namespace kiosk
