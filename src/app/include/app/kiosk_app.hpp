// The running kiosk: wires the window, the content, the flow, the screens and the events
// together, and runs the frame loop. The loop draws only when something changed and otherwise
// sleeps in the window system until the next scheduled change; those decisions are the frame
// schedule's (core/frame_schedule.hpp). Its parts: kiosk_app.cpp (start, stop, the loop and
// drawing), kiosk_input.cpp (touches, keys, the autopilot), kiosk_content.cpp (content, the
// last good copy, events), kiosk_preview.cpp (the preview's banner, list and keys),
// kiosk_speech.cpp (read aloud), kiosk_health.cpp (the health metrics file).
#pragma once

#include <future>
#include <memory>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "app/folders.hpp"
#include "app/staff_menu.hpp"
#include "core/autopilot.hpp"
#include "core/command_line.hpp"
#include "core/frame_schedule.hpp"
#include "core/gesture.hpp"
#include "core/health_metrics.hpp"
#include "core/key.hpp"
#include "core/kiosk_flow.hpp"
#include "core/preview.hpp"
#include "core/preview_view.hpp"
#include "core/quiz_view.hpp"
#include "core/read_aloud.hpp"
#include "core/touch_target.hpp"
#include "platform/clock.hpp"
#include "platform/content_watch.hpp"
#include "platform/decoded_pictures.hpp"
#include "platform/event_log.hpp"
#include "platform/font_atlas.hpp"
#include "platform/font_lookup.hpp"
#include "platform/imgui_frame.hpp"
#include "platform/picture_library.hpp"
#include "platform/speech.hpp"
#include "platform/window.hpp"
#include "ui/canvas.hpp"
#include "ui/style.hpp"

namespace kiosk {

class KioskApp {
  public:
    KioskApp(Options options, Folders folders);
    ~KioskApp();

    // Starts the kiosk and runs until it is told to stop. Returns the exit code.
    int run();

  private:
    // Start and stop (kiosk_app.cpp)
    bool start();
    void open_window();
    void log_started() const;
    void finish();
    // The frame loop (kiosk_app.cpp)
    void loop();
    void take_requests();
    void stop(std::string reason);  // the loop ends after this turn
    void note_changes(const Moment& at);
    [[nodiscard]] Deadlines deadlines(const Moment& at) const;
    void draw_if_due(const Moment& at);
    [[nodiscard]] bool first_pictures_ready(const Moment& at);
    void draw_frame(const Moment& at, std::optional<Rect> only);
    [[nodiscard]] std::pair<int, int> shopper_band(int w, int h) const;
    void draw_screens(ui::Canvas& canvas, const Moment& at);
    void save_screenshot_of(int w, int h);
    // The fonts at the sizes for a w x h screen, with the glyphs of the content on screen.
    const std::vector<ImFont*>& fonts_for(int w, int h);
    [[nodiscard]] float text_scale() const;
    void draw_autopilot(ui::Canvas& canvas, double now);
    void write_ui_dump();
    // What people do (kiosk_input.cpp)
    void read_input(const Moment& at);
    void on_gesture(const Gesture& g, const Moment& at);
    [[nodiscard]] const TouchTarget* tapped_target(const Gesture& g) const;
    void watch_staff_corner(const Moment& at);
    void on_staff_tap(const StaffAction& action, const Moment& at);
    void read_keys(const Moment& at);
    void on_demo_key(Key key, const Moment& at);
    void run_autopilot(const Moment& at);
    // Content and events (kiosk_content.cpp)
    [[nodiscard]] GlyphCheck glyph_check() const;
    [[nodiscard]] ContentLoad load_at_start() const;
    void write_start_events(const ContentLoad& first, const Content& content);
    [[nodiscard]] std::string kiosk_id() const;
    [[nodiscard]] std::optional<Content> last_good_content(const ContentLoad& refused);
    void save_last_good(const Content& content);
    [[nodiscard]] std::filesystem::path shown_assets() const;
    void watch_content(const Moment& at);
    void take_loaded_content(ContentLoad load, double now);
    void write_events();
    void report_picture_failures();
    // The preview (kiosk_preview.cpp)
    [[nodiscard]] EventOrigin event_origin() const;
    void note_preview_check(const ContentLoad& load, bool in_use);
    void on_preview_key(Key key, const Moment& at);
    void on_preview_tap(const PreviewAction& action);
    void draw_preview(ui::Canvas& canvas);
    // Read aloud (kiosk_speech.cpp)
    void start_speech();
    void speak(const Moment& at);
    // The health metrics file (kiosk_health.cpp)
    void write_event(const Event& event, long long unix_ms);  // to the events file and the figures
    void write_health(double now);

    Options options_;
    Folders folders_;
    AppClock clock_;
    std::unique_ptr<const FontLookup> installed_fonts_;

    std::unique_ptr<Window> window_;
    std::unique_ptr<ImGuiFrame> imgui_;
    std::unique_ptr<FontAtlas> fonts_;
    std::unique_ptr<PictureLibrary> pictures_;
    std::unique_ptr<KioskFlow> flow_;
    std::unique_ptr<EventLog> events_;
    std::unique_ptr<ContentWatch> watch_;
    std::future<ContentLoad> loading_;
    // The pictures that decoded, by file, size and time: a reload decodes only those that changed.
    std::shared_ptr<DecodedPictures> decoded_ = std::make_shared<DecodedPictures>();
    std::future<void> saving_;  // a copy of the last good content being made
    // Started on the saved last good content (the content folder was refused): its pictures.
    std::optional<std::filesystem::path> last_good_assets_;
    std::shared_ptr<const Content> last_good_content_;
    GestureReader gestures_;
    std::unique_ptr<Autopilot> autopilot_;  // --demo only
    std::unique_ptr<StaffMenu> staff_;
    std::unique_ptr<Speaker> speaker_;
    ReadAloud read_aloud_;
    bool speech_logged_ = false;               // the speech engine named in the log
    std::unique_ptr<Preview> preview_;         // --preview only
    std::optional<PreviewView> preview_view_;  // what the preview showed in the last frame
    unsigned long preview_revision_ = 0;       // of what the preview showed when last looked at

    ui::Style style_;
    DrawnScreen drawn_;  // as last drawn: taps are read against its targets; the UI dump
    std::shared_ptr<const Content> drawn_content_;
    std::string glyph_text_;  // every character the drawn content uses, for the font atlas
    std::string last_dump_;
    std::string logged_fallbacks_;  // the fallback fonts the log named last
    FrameSchedule schedule_;
    PicturesAhead pictures_ahead_;  // the quiz's pictures to ask for ahead, kept between frames
    StaffLook staff_look_;          // what the staff menu showed when last looked at
    double last_frame_real_ = 0;    // real time the last frame ended
    bool screenshot_wanted_ = false;
    bool stop_ = false;
    bool finished_ = false;  // app_stopped written
    std::string stop_reason_ = "signal";
    std::FILE* frame_log_ = nullptr;
    HealthMetrics health_;
    bool health_written_ = true;  // the last metrics.prom could be written (for the log)
};

}  // namespace kiosk
