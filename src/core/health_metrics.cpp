#include "core/health_metrics.hpp"

#include <cstdio>

namespace kiosk {
namespace {

std::string escaped(std::string_view text, bool quotes) {
    std::string out;
    out.reserve(text.size());
    for (char c : text) {
        if (c == '\\')
            out += "\\\\";
        else if (c == '\n')
            out += "\\n";
        else if (c == '"' && quotes)
            out += "\\\"";
        else
            out += c;
    }
    return out;
}

std::string seconds_text(double seconds) {
    char text[32];
    std::snprintf(text, sizeof text, "%.3f", seconds);
    return text;
}

// One metric with one sample: # HELP, # TYPE and the sample line. `labels` as written between
// the braces (already escaped), or empty.
void add_metric(std::string& out, std::string_view name, std::string_view type,
                std::string_view help, const std::string& value, const std::string& labels = {}) {
    const std::string full = "probiotic_kiosk_" + std::string(name);
    out += "# HELP " + full + " " + prometheus_help_text(help) + "\n";
    out += "# TYPE " + full + " " + std::string(type) + "\n";
    out += full + (labels.empty() ? "" : "{" + labels + "}") + " " + value + "\n";
}

}  // namespace

std::string prometheus_label_value(std::string_view value) {
    return escaped(value, true);
}

std::string prometheus_help_text(std::string_view help) {
    return escaped(help, false);
}

std::string health_metrics_text(const HealthFigures& f, double written_at, long long events_bytes) {
    const double since_frame = written_at - (f.last_frame_at > 0 ? f.last_frame_at : f.started_at);
    std::string out;
    add_metric(out, "running", "gauge",
               "1 while the kiosk runs, 0 in the file it leaves as it stops",
               f.running ? "1" : "0");
    add_metric(out, "start_timestamp_seconds", "gauge", "Unix time the kiosk started",
               seconds_text(f.started_at));
    add_metric(out, "metrics_written_timestamp_seconds", "gauge",
               "Unix time the kiosk wrote this file (every 30 s while it runs)",
               seconds_text(written_at));
    add_metric(out, "last_frame_timestamp_seconds", "gauge",
               "Unix time the kiosk last drew a frame (0: none yet)",
               seconds_text(f.last_frame_at));
    add_metric(
        out, "seconds_since_last_frame", "gauge",
        "Seconds from the last frame (or the start, before the first) to this file's writing",
        seconds_text(since_frame > 0 ? since_frame : 0));
    add_metric(out, "content_ok", "gauge",
               "1 when the last check of the content folder loaded it, 0 when it was refused",
               f.content_ok ? "1" : "0");
    add_metric(out, "content_info", "gauge",
               "The content folder's fingerprint, as the app_started event names it", "1",
               "fingerprint=\"" + prometheus_label_value(f.fingerprint) + "\"");
    add_metric(out, "content_errors", "gauge", "Errors the last check of the content folder found",
               std::to_string(f.content_errors));
    add_metric(out, "picture_failures_total", "counter",
               "Pictures that could not be shown since the kiosk started",
               std::to_string(f.picture_failures));
    add_metric(out, "sessions_total", "counter", "Shopper sessions started since the kiosk started",
               std::to_string(f.sessions));
    add_metric(out, "completions_total", "counter",
               "Quizzes completed (results shown) since the kiosk started",
               std::to_string(f.completions));
    add_metric(out, "events_file_bytes", "gauge", "Size of the events file events.jsonl in bytes",
               std::to_string(events_bytes > 0 ? events_bytes : 0));
    return out;
}

HealthMetrics::HealthMetrics(double started_at, double period) : period_(period) {
    figures_.started_at = started_at;
}

void HealthMetrics::note(const Event& event) {
    const nlohmann::json& fields = event.fields;
    if (event.type == "session_started") {
        ++figures_.sessions;
    } else if (event.type == "quiz_completed") {
        ++figures_.completions;
    } else if (event.type == "picture_failed") {
        ++figures_.picture_failures;
    } else if (event.type == "app_started") {
        figures_.fingerprint = fields.value("content", figures_.fingerprint);
    } else if (event.type == "content_loaded") {
        figures_.content_ok = fields.value("ok", false);
        figures_.content_errors = fields.value("errors", 0LL);
    } else {
        return;
    }
    changed_ = true;
}

void HealthMetrics::note_fingerprint(std::string fingerprint) {
    if (fingerprint == figures_.fingerprint) return;
    figures_.fingerprint = std::move(fingerprint);
    changed_ = true;
}

void HealthMetrics::note_frame(double unix_seconds) {
    if (figures_.last_frame_at <= 0) changed_ = true;
    figures_.last_frame_at = unix_seconds;
}

void HealthMetrics::note_stopping() {
    figures_.running = false;
    changed_ = true;
}

std::string HealthMetrics::write(double now, double written_at, long long events_bytes) {
    changed_ = false;
    next_ = now + period_;
    return health_metrics_text(figures_, written_at, events_bytes);
}

}  // namespace kiosk
