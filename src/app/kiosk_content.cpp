// The kiosk's content: the start events and the last good copy, the content watch and the
// reload, and the flow's events to the events file.
#include <algorithm>
#include <chrono>
#include <thread>

#include "app/kiosk_app.hpp"
#include "app/last_good_content.hpp"
#include "core/fingerprint.hpp"
#include "core/path_text.hpp"
#include "core/pictures_used.hpp"
#include "platform/decoded_pictures.hpp"
#include "platform/log.hpp"
#include "platform/picture_check.hpp"
#include "platform/system.hpp"

namespace kiosk {
namespace {

std::vector<std::filesystem::path> content_files(const ContentFolders& f) {
    std::vector<std::filesystem::path> files;
    for (const char* name : content_file_names) files.push_back(f.content / name);
    return files;
}

void log_diagnostics(const ContentLoad& load) {
    for (const Diagnostic& d : load.diagnostics) log::line(d.to_string());
}

// A reload decodes its pictures on every core but one, which the frame loop keeps.
unsigned reload_picture_workers() {
    const unsigned cores = std::thread::hardware_concurrency();
    return cores > 1 ? cores - 1 : 1;
}

}  // namespace

GlyphCheck KioskApp::glyph_check() const {
    return [this](char32_t c) { return installed_fonts_->can_draw(c); };
}

// The content folder as the start reads it, its pictures decoded too (at the largest size a
// reference screen draws them), so that one cut short leads to the last good content like any
// other error. Pictures unchanged since the last good copy was made decoded then: not again.
ContentLoad KioskApp::load_at_start() const {
    for (const auto& saved : LastGoodContent(folders_.data).saved_pictures())
        decoded_->note(folders_.content.assets / path_from_utf8(saved.picture), saved.size,
                       saved.modified);
    return load_content(folders_.content, glyph_check(),
                        skipping_decoded(decoded_, picture_decode_check(reference_picture_side)));
}

// This kiosk's name in its events: --kiosk-id, else the host name.
std::string KioskApp::kiosk_id() const {
    if (!options_.kiosk_id.empty()) return options_.kiosk_id;
    std::string host = os::host_name();
    return host.empty() ? "kiosk" : host;
}

// app_started and the first content_loaded; a copy of the content when it is the folder's.
void KioskApp::write_start_events(const ContentLoad& first, const Content& content) {
    nlohmann::json started{{"version", KIOSK_VERSION},
                           {"content", fingerprint(content_files(folders_.content))},
                           {"kiosk", kiosk_id()}};
    if (!content.kiosk.shop.empty()) started["shop"] = content.kiosk.shop;
    write_event(Event{"app_started", started, {}}, AppClock::unix_ms());
    nlohmann::json loaded{
        {"ok", !last_good_assets_}, {"errors", first.errors()}, {"warnings", first.warnings()}};
    if (last_good_assets_) loaded["fallback"] = "last_good";
    write_event(Event{"content_loaded", loaded, {}}, AppClock::unix_ms());
    if (!last_good_assets_) save_last_good(content);
}

// The content folder was refused at start: the last content that loaded, from the data folder,
// so that shoppers see what they saw before. None (exit 1, the first error on stderr) when
// there is no such copy either, as on a fresh install with broken content. The copy's pictures
// are not decoded again: they decoded before it was saved, and a picture that broke since is
// better a text-only slide than no kiosk.
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

void KioskApp::watch_content(const Moment& at) {
    if (!loading_.valid() && watch_->settled_change(at.real)) {
        ContentFolders folders = folders_.content;
        GlyphCheck check = glyph_check();
        PictureCheck pictures = skipping_decoded(
            decoded_, picture_decode_check(std::min(window_->width(), window_->height())));
        loading_ = std::async(std::launch::async, [folders, check, pictures] {
            return load_content(folders, check, pictures, reload_picture_workers());
        });
    }
    if (loading_.valid() && loading_.wait_for(std::chrono::seconds(0)) == std::future_status::ready)
        take_loaded_content(loading_.get(), at.now);
}

void KioskApp::take_loaded_content(ContentLoad load, double now) {
    log_diagnostics(load);
    staff_->note_content_check(load, load.content.has_value(), AppClock::unix_ms());
    note_preview_check(load, load.content.has_value());
    const bool ok = load.content.has_value();
    log::line(std::string("content check: ") +
              (ok ? "loaded" : "refused, keeping the last good content") + " (" +
              std::to_string(load.errors()) + " errors, " + std::to_string(load.warnings()) +
              " warnings)");
    write_event(Event{"content_loaded",
                      {{"ok", ok}, {"errors", load.errors()}, {"warnings", load.warnings()}},
                      {}},
                AppClock::unix_ms());
    health_.note_fingerprint(fingerprint(content_files(folders_.content)));
    if (!ok) return;
    auto content = std::make_shared<const Content>(std::move(*load.content));
    save_last_good(*content);
    if (preview_)  // staff see their change at once, on the screen they were looking at
        flow_->replace_content(std::move(content), now);
    else
        flow_->offer_content(std::move(content), now);
}

void KioskApp::write_events() {
    const long long ms = AppClock::unix_ms();
    for (const Event& e : flow_->take_events()) write_event(e, ms);
}

// Pictures that could not be decoded while the kiosk runs (a file replaced by a broken one):
// the screens lay out without them; staff find them in the log, the events and the staff menu.
void KioskApp::report_picture_failures() {
    for (const PictureFailure& failure : pictures_->take_failures()) {
        const std::string file = generic_utf8_of(failure.file.lexically_relative(shown_assets()));
        log::line("picture " + file + " cannot be shown: " + failure.reason);
        write_event(Event{"picture_failed", {{"file", file}, {"reason", failure.reason}}, {}},
                    AppClock::unix_ms());
        staff_->note_picture_failure(file, failure.reason);
        if (preview_) preview_->note_picture_failure(file, failure.reason);
    }
}

}  // namespace kiosk
