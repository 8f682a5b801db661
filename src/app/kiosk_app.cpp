#include "app/kiosk_app.hpp"

#include <GLFW/glfw3.h>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <future>
#include <random>

#include "app/last_good_content.hpp"
#include "core/fingerprint.hpp"
#include "core/path_text.hpp"
#include "core/pictures_used.hpp"
#include "core/ui_dump.hpp"
#include "platform/file_system.hpp"
#include "platform/log.hpp"
#include "platform/screenshot.hpp"
#include "platform/service_notify.hpp"
#include "platform/signals.hpp"
#include "ui/attract_screen.hpp"
#include "ui/autopilot_finger.hpp"
#include "ui/quiz_screen.hpp"
#include "ui/results_screen.hpp"
#include "ui/still_there_overlay.hpp"

namespace kiosk {
namespace {

// Real seconds from the start of one frame to the start of the next, at the least: fades and
// slide-ins run at an even 30 frames a second. That reads as smooth for a cross-fade and a
// short slide, and costs half the drawing of 60 on a fanless PC that draws in software.
constexpr double frame_period = 1.0 / 30;
constexpr double min_redraw_gap = 1.0 / 30;  // for scheduled redraws such as progress bars

std::string new_session_id() {
    static std::mt19937_64 random{std::random_device{}()};
    char id[17];
    std::snprintf(id, sizeof id, "%016llx", static_cast<unsigned long long>(random()));
    return id;
}

std::vector<std::filesystem::path> content_files(const ContentFolders& f) {
    std::vector<std::filesystem::path> files;
    for (const char* name : content_file_names) files.push_back(f.content / name);
    return files;
}

void log_diagnostics(const ContentLoad& load) {
    for (const Diagnostic& d : load.diagnostics) log::line(d.to_string());
}

}  // namespace

KioskApp::KioskApp(Options options, Folders folders)
    : options_(std::move(options)), folders_(std::move(folders)), clock_(options_.time_scale) {}

KioskApp::~KioskApp() {
    if (loading_.valid()) loading_.wait();
    if (saving_.valid()) saving_.wait();
    pictures_.reset();
    fonts_.reset();
    imgui_.reset();
    window_.reset();
    if (frame_log_) std::fclose(frame_log_);
}

GlyphCheck KioskApp::glyph_check() const {
    return [this](char32_t c) { return regular_glyphs_->has(c) && bold_glyphs_->has(c); };
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
        flow_->stop(clock_.now(), stop_reason_ == "display_lost" ? "display_lost" : "stopped");
        write_events();
    }
    events_->write(Event{"app_stopped", {{"reason", stop_reason_}}, {}}, AppClock::unix_ms());
    log::line("stopped (" + stop_reason_ + ")");
    signals::finished();
}

bool KioskApp::start() {
    std::error_code ec;
    std::filesystem::create_directories(folders_.data, ec);
    log::open(folders_.data / "kiosk.log");
    signals::install(folders_.data);

    font_files_ = find_font_files();
    regular_glyphs_ = std::make_unique<GlyphCoverage>(font_files_.regular);
    bold_glyphs_ = std::make_unique<GlyphCoverage>(font_files_.bold);

    // The content is read and checked while the window and its OpenGL context open: each takes
    // tens of milliseconds, and neither needs the other.
    std::future<ContentLoad> reading = std::async(
        std::launch::async, [this] { return load_content(folders_.content, glyph_check()); });
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
    staff_ =
        std::make_unique<StaffMenu>(options_, folders_.data, utf8_of(folders_.content.content));
    staff_->note_content_check(first, !last_good_assets_, AppClock::unix_ms());
    imgui_ = std::make_unique<ImGuiFrame>(window_->handle());
    fonts_ = std::make_unique<FontAtlas>(font_files_);
    // No picture is ever drawn larger than the screen's short side in either direction (slides
    // take under half the long side, or the short side's width when stacked), so pictures are
    // shrunk to fit that square: a quarter of the memory of fitting the long side, same sharpness.
    const int shortest = std::min(window_->width(), window_->height());
    pictures_ = std::make_unique<PictureLibrary>(shortest, shortest, &Window::wake);

    events_ = std::make_unique<EventLog>(folders_.data / "events.jsonl",
                                         options_.mode == WindowMode::demo,
                                         [](const std::string& text) { log::line(text); });
    watch_ = std::make_unique<ContentWatch>(folders_.content.content, folders_.content.assets);
    if (!options_.frame_log_file.empty())
        frame_log_ = open_file(path_from_utf8(options_.frame_log_file), "ab");

    auto content = std::make_shared<const Content>(std::move(*starting));
    if (last_good_assets_) last_good_content_ = content;
    write_start_events(first, *content);
    flow_ = std::make_unique<KioskFlow>(content, clock_.now(), new_session_id);
    if (options_.mode == WindowMode::demo)
        autopilot_ = std::make_unique<Autopilot>(std::random_device{}());
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
        (font_files_.family.empty() ? "built in" : font_files_.family) +
        (window_->keeps_last_frame() ? ", drawing in software: only changed areas redrawn" : ""));
}

// The window, in the mode asked for; it calls finish() when the process must end at once.
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
    settings.ending.display_lost = [this] {
        stop_reason_ = "display_lost";
        finish();
    };
    window_ = std::make_unique<Window>(settings);
}

// app_started and the first content_loaded; a copy of the content when it is the folder's.
void KioskApp::write_start_events(const ContentLoad& first, const Content& content) {
    events_->write(Event{"app_started",
                         {{"version", KIOSK_VERSION},
                          {"content", fingerprint(content_files(folders_.content))}},
                         {}},
                   AppClock::unix_ms());
    nlohmann::json loaded{
        {"ok", !last_good_assets_}, {"errors", first.errors()}, {"warnings", first.warnings()}};
    if (last_good_assets_) loaded["fallback"] = "last_good";
    events_->write(Event{"content_loaded", loaded, {}}, AppClock::unix_ms());
    if (!last_good_assets_) save_last_good(content);
}

// The content folder was refused at start: the last content that loaded, from the data folder,
// so that shoppers see what they saw before. None (exit 1, the first error on stderr) when
// there is no such copy either, as on a fresh install with broken content.
std::optional<Content> KioskApp::last_good_content(const ContentLoad& refused) {
    std::string first_error;
    for (const Diagnostic& d : refused.diagnostics)
        if (d.severity == Severity::error && first_error.empty()) first_error = d.to_string();
    const LastGoodContent last_good(folders_.data);
    if (auto saved = last_good.saved()) {
        ContentLoad copy = load_content(*saved, glyph_check());
        if (copy.content) {
            log::line("content refused (" + first_error + "); showing the last good content, " +
                      utf8_of(saved->content.parent_path()));
            last_good_assets_ = saved->assets;
            return std::move(copy.content);
        }
    }
    std::fprintf(stderr, "%s\n", first_error.c_str());
    return std::nullopt;
}

// A copy of content that loaded without an error, made on a thread of its own.
void KioskApp::save_last_good(const Content& content) {
    if (saving_.valid()) saving_.wait();
    saving_ = std::async(
        std::launch::async, [folders = folders_.content, data = folders_.data,
                             pictures = pictures_used(content), ms = AppClock::unix_ms()] {
            const std::string problem = LastGoodContent(data).save(folders, pictures, ms);
            if (!problem.empty()) log::line("last good content not saved: " + problem);
        });
}

// The pictures of the content on screen: the saved copy's while the flow shows it.
std::filesystem::path KioskApp::shown_assets() const {
    if (last_good_assets_ && flow_ && &flow_->content() == last_good_content_.get())
        return *last_good_assets_;
    return folders_.content.assets;
}

// ---------------------------------------------------------------------------------------------
// The frame loop

void KioskApp::loop() {
    while (!stop_) {
        const double now_before = clock_.now();
        const double sleep = dirty_ ? 0 : clock_.real_seconds_until(wake_time(now_before));
        window_->wait(std::min(sleep, 5.0));
        service::alive(clock_.real_seconds());

        const double now = clock_.now();
        if (signals::stop_requested() && !stop_) {
            stop_reason_ = signals::stop_reason();
            stop_ = true;
        }
        if (signals::take_screenshot_request()) {
            screenshot_wanted_ = true;
            redraw_all();
        }
        if (signals::take_reload_request()) watch_->force();
        if (window_->close_requested() && options_.mode == WindowMode::demo) {
            stop_reason_ = "window_closed";
            stop_ = true;
        }

        read_input(now);
        watch_staff_corner();
        read_keys(now);
        staff_->access().advance(glfwGetTime());
        flow_->advance(now);
        run_autopilot(now);
        watch_content(now);
        write_events();

        if (pictures_->upload_finished()) redraw_all();
        if (window_->needs_redraw()) redraw_all();
        const std::string signature = state_signature();
        if (signature != last_signature_) redraw_all();
        if (drawn_at_ < animating_until_) redraw_all();
        if (now >= next_redraw_) {  // a change scheduled by the last frame, perhaps of one area
            dirty_ = true;
            if (!next_redraw_area_) whole_frame_ = true;
        }
        if (dirty_ && !stop_ && !first_pictures_ready()) continue;
        if (dirty_ && !stop_) {
            const double since_last = clock_.real_seconds() - frame_started_real_;
            if (since_last < frame_period && !screenshot_wanted_) {
                window_->wait(frame_period - since_last);
                continue;
            }
            last_signature_ = signature;
            draw_frame(clock_.now());
        }
    }
    write_events();
}

void KioskApp::redraw_all() {
    dirty_ = true;
    whole_frame_ = true;
}

bool KioskApp::first_pictures_ready() {
    // The first frame waits (a moment at most) for the first slide's picture and the logo, so
    // the screen comes up whole instead of filling in.
    if (last_frame_real_ > 0 || clock_.real_seconds() > 1.5) return true;
    const Content& content = flow_->content();
    bool ready = true;
    for (const std::string& image : {flow_->slide().image, content.kiosk.brand.logo})
        if (!image.empty() && !pictures_->get(shown_assets() / path_from_utf8(image)))
            ready = false;
    if (!ready) window_->wait(0.01);
    return ready;
}

double KioskApp::wake_time(double now) const {
    // A fade or slide-in runs, or its end state is not drawn yet: the next frame at once.
    if (drawn_at_ < animating_until_) return now;
    double wake = std::min(flow_->next_change(), next_redraw_);
    // Scheduled redraws never come faster than min_redraw_gap of real time.
    if (wake == next_redraw_) wake = std::max(wake, now + min_redraw_gap * clock_.scale());
    const double real_now = clock_.real_seconds();
    const double look = watch_->next_look(real_now);
    wake = std::min(wake, now + std::max(0.0, look - real_now) * clock_.scale());
    if (loading_.valid()) wake = std::min(wake, now + 0.05 * clock_.scale());
    if (pictures_->busy()) wake = std::min(wake, now + 0.1 * clock_.scale());
    if (autopilot_) wake = std::min(wake, autopilot_->next_change(now));
    const double real = glfwGetTime();
    if (gestures_.may_tap())  // a press might become the staff gesture
        wake =
            std::min(wake, now + std::max(0.0, gestures_.press_time() +
                                                   staff_->access().rules().hold_seconds - real) *
                                     clock_.scale());
    if (staff_->showing())  // once a second: the lockout countdown, closing when left alone
        wake = std::min(
            wake, now + std::max(0.0, std::min(staff_->access().next_change(), real + 1.0) - real) *
                            clock_.scale());
    return wake;
}

std::string KioskApp::state_signature() const {
    const KioskFlow& f = *flow_;
    std::string s = std::to_string(static_cast<int>(f.screen())) + "|" +
                    std::to_string(static_cast<int>(f.overlay())) + "|" + f.language() + "|" +
                    std::to_string(f.slide_index()) + "|" + f.session() + "|" +
                    std::to_string(f.confirming()) + "|" + std::to_string(f.paused()) + "|" +
                    staff_->signature(glfwGetTime());
    if (f.screen() == Screen::quiz) {
        s += "|" + f.question().id;
        for (const auto& [q, answers] : f.choices())
            for (const auto& a : answers) s += "," + q + ":" + a;
    }
    if (f.content_ptr() != drawn_content_) s += "|new content";
    return s;
}

// ---------------------------------------------------------------------------------------------
// Input

void KioskApp::read_input(double now) {
    for (const PointerSample& sample : window_->take_pointer_samples()) {
        if (autopilot_) autopilot_->human_input(now);
        if (sample.down && !gestures_.pressing()) flow_->touched(now);
        if (auto g = gestures_.read(sample)) on_gesture(*g, now);
        redraw_all();  // press feedback shows at once
    }
}

void KioskApp::watch_staff_corner() {
    // A press held still in the top-left corner, where no target ever is (it lies in the margin).
    if (!gestures_.may_tap() || staff_->showing()) return;
    const float corner = style_.margin > 0 ? style_.margin : 40;
    if (gestures_.press_x() >= corner || gestures_.press_y() >= corner) return;
    const double real = glfwGetTime();
    if (real - gestures_.press_time() < staff_->access().rules().hold_seconds) return;
    gestures_.cancel();
    staff_->access().corner_held(real);
    if (staff_->showing()) log::line("staff: PIN asked");
    redraw_all();
}

void KioskApp::on_staff_tap(const StaffAction& action) {
    switch (staff_->tap(action, glfwGetTime())) {
        case StaffCommand::none:
            break;
        case StaffCommand::check_content:
            watch_->force();
            break;
        case StaffCommand::take_screenshot:
            screenshot_wanted_ = true;
            break;
        case StaffCommand::exit_kiosk:
            stop_reason_ = "staff_exit";
            stop_ = true;
            break;
        case StaffCommand::menu_opened:
            events_->write(Event{"staff_opened", nlohmann::json::object(), {}},
                           AppClock::unix_ms());
            break;
    }
}

void KioskApp::run_autopilot(double now) {
    if (!autopilot_ || staff_->showing()) return;
    if (auto action = autopilot_->tap_due(*flow_, now)) {
        flow_->act(*action, now);
        redraw_all();
    }
}

void KioskApp::on_gesture(const Gesture& g, double now) {
    if (staff_->showing()) {
        const TouchTarget* down = target_at(targets_, g.start_x, g.start_y);
        const StaffAction* action = down ? std::get_if<StaffAction>(&down->action) : nullptr;
        if (g.kind == GestureKind::tap && action && down == target_at(targets_, g.end_x, g.end_y) &&
            down->enabled)
            on_staff_tap(*action);
        else
            staff_->access().touched(glfwGetTime());
        return;
    }
    if (flow_->overlay() != Overlay::none && g.kind == GestureKind::tap) {
        flow_->act(shopper::KeepGoing{}, now);  // any tap means "still here"
        return;
    }
    if (g.kind == GestureKind::swipe_left || g.kind == GestureKind::swipe_right) {
        if (flow_->screen() == Screen::attract)
            flow_->act(g.kind == GestureKind::swipe_left ? ShopperAction{shopper::NextSlide{}}
                                                         : ShopperAction{shopper::PreviousSlide{}},
                       now);
        else
            flow_->touched(now);
        return;
    }
    const TouchTarget* down = target_at(targets_, g.start_x, g.start_y);
    const TouchTarget* up = target_at(targets_, g.end_x, g.end_y);
    if (!down || down != up || !down->enabled) return;
    if (const auto* action = std::get_if<ShopperAction>(&down->action)) flow_->act(*action, now);
}

void KioskApp::read_keys(double now) {
    for (const KeyPress& k : window_->take_keys()) {
        if (autopilot_) autopilot_->human_input(now);
        // A kiosk answers no key at all: only the staff menu can end it.
        if (options_.mode != WindowMode::demo) continue;
        switch (k.key) {
            case GLFW_KEY_ESCAPE:
                stop_reason_ = "quit";
                stop_ = true;
                break;
            case GLFW_KEY_LEFT:
                flow_->act(shopper::PreviousSlide{}, now);
                break;
            case GLFW_KEY_RIGHT:
                flow_->act(shopper::NextSlide{}, now);
                break;
            case GLFW_KEY_SPACE:
                flow_->act(shopper::TogglePause{}, now);
                break;
            case GLFW_KEY_F11:
                window_->toggle_fullscreen();
                break;
            case GLFW_KEY_F12:
                screenshot_wanted_ = true;
                break;
            case GLFW_KEY_R:
                watch_->force();
                break;
            default:
                break;
        }
        redraw_all();
    }
}

// ---------------------------------------------------------------------------------------------
// Content and events

void KioskApp::watch_content(double now) {
    if (!loading_.valid() && watch_->settled_change(clock_.real_seconds())) {
        ContentFolders folders = folders_.content;
        GlyphCheck check = glyph_check();
        loading_ = std::async(std::launch::async,
                              [folders, check] { return load_content(folders, check); });
    }
    if (loading_.valid() && loading_.wait_for(std::chrono::seconds(0)) == std::future_status::ready)
        take_loaded_content(loading_.get(), now);
}

void KioskApp::take_loaded_content(ContentLoad load, double now) {
    log_diagnostics(load);
    staff_->note_content_check(load, load.content.has_value(), AppClock::unix_ms());
    const bool ok = load.content.has_value();
    log::line(std::string("content check: ") +
              (ok ? "loaded" : "refused, keeping the last good content") + " (" +
              std::to_string(load.errors()) + " errors, " + std::to_string(load.warnings()) +
              " warnings)");
    events_->write(Event{"content_loaded",
                         {{"ok", ok}, {"errors", load.errors()}, {"warnings", load.warnings()}},
                         {}},
                   AppClock::unix_ms());
    if (!ok) return;
    auto content = std::make_shared<const Content>(std::move(*load.content));
    save_last_good(*content);
    flow_->offer_content(std::move(content), now);
}

void KioskApp::write_events() {
    const long long ms = AppClock::unix_ms();
    for (const Event& e : flow_->take_events()) events_->write(e, ms);
}

// ---------------------------------------------------------------------------------------------
// Drawing

void KioskApp::draw_frame(double now) {
    const double started = clock_.real_seconds();
    const bool first_frame = last_frame_real_ == 0;
    frame_started_real_ = started;
    const int w = window_->width(), h = window_->height();
    if (w <= 0 || h <= 0) return;
    const Content& content = flow_->content();
    style_ = ui::make_style(w, h, content.kiosk.theme, fonts_for(w, h));
    gestures_.set_limits(limits_for_screen(w, h));

    ImDrawList* draw = imgui_->begin(w, h, static_cast<float>(started - last_frame_real_));
    ui::Press press{gestures_.may_tap(), gestures_.press_x(), gestures_.press_y(),
                    gestures_.drag_x()};
    ui::Canvas canvas(draw, style_, *pictures_, shown_assets(), now, press);
    switch (flow_->screen()) {
        case Screen::attract:
            ui::draw_attract_screen(canvas, *flow_);
            break;
        case Screen::quiz:
            ui::draw_quiz_screen(canvas, *flow_);
            break;
        case Screen::results:
            ui::draw_results_screen(canvas, *flow_);
            break;
    }
    if (flow_->overlay() == Overlay::still_there) ui::draw_still_there_overlay(canvas, *flow_);
    if (autopilot_) draw_autopilot(canvas, now);
    ui::draw_staff_screen(canvas, staff_->view(glfwGetTime()));
    // Only the area the last frame scheduled a change of, when nothing else asked for a frame
    // (a new size asks, through the window) and the window keeps the last frame whole.
    std::optional<Rect> only;
    if (!whole_frame_ && next_redraw_area_ && window_->keeps_last_frame())
        only = whole_pixels(*next_redraw_area_, w, h);
    imgui_->end(w, h, canvas.screen_colour(), only);

    if (screenshot_wanted_) {
        screenshot_wanted_ = false;
        if (!save_screenshot(folders_.data / "screenshot.png", w, h))
            log::line("screenshot: cannot write " + utf8_of(folders_.data / "screenshot.png"));
    }
    window_->present(only);

    targets_ = canvas.targets();
    next_redraw_ = canvas.next_redraw();
    next_redraw_area_ = canvas.next_redraw_area();
    whole_frame_ = false;
    animating_until_ = canvas.animating_until();
    drawn_at_ = now;
    dirty_ = false;
    last_frame_real_ = clock_.real_seconds();
    if (frame_log_)
        std::fprintf(frame_log_, "%.3f %.3f\n", started * 1000.0,
                     (last_frame_real_ - started) * 1000.0);
    write_ui_dump();
    if (first_frame) service::ready();
}

const std::vector<ImFont*>& KioskApp::fonts_for(int w, int h) {
    if (flow_->content_ptr() != drawn_content_) {
        if (drawn_content_) pictures_->clear();  // files may have changed under the same names
        drawn_content_ = flow_->content_ptr();
        glyph_text_ = every_character(*drawn_content_);
    }
    return fonts_->build(ui::font_requests(static_cast<float>(std::min(w, h))), glyph_text_);
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
    std::string dump =
        ui_dump_text(*flow_, window_->width(), window_->height(), targets_, staff_->stage_name());
    if (dump == last_dump_) return;
    if (write_file_atomically(path_from_utf8(options_.ui_dump_file), dump))
        last_dump_ = std::move(dump);
}

}  // namespace kiosk
