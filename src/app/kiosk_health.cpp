// The health metrics file: DATA_DIR/metrics.prom for node_exporter's textfile collector
// (interfaces.md, "Health metrics"). The figures are counted from the events as they are
// written; core/health_metrics.hpp decides when the file is due and what it says.
#include <filesystem>

#include "app/kiosk_app.hpp"
#include "platform/file_system.hpp"
#include "platform/log.hpp"

namespace kiosk {

void KioskApp::write_event(const Event& event, long long unix_ms) {
    events_->write(event, unix_ms);
    health_.note(event);
}

// Written whole under another name and renamed over metrics.prom, so that the collector never
// reads half a file.
void KioskApp::write_health(double now) {
    if (!health_.due(now)) return;
    std::error_code ec;
    const auto bytes = std::filesystem::file_size(folders_.data / "events.jsonl", ec);
    const std::string text = health_.write(now, static_cast<double>(AppClock::unix_ms()) / 1000.0,
                                           ec ? -1 : static_cast<long long>(bytes));
    const bool written = write_file_atomically(folders_.data / "metrics.prom", text);
    if (written != health_written_)
        log::line(written ? "metrics.prom written again" : "metrics.prom cannot be written");
    health_written_ = written;
}

}  // namespace kiosk
