// The kiosk's health for a chain's monitoring (interfaces.md, "Health metrics"): the figures,
// counted from the events the kiosk writes, and DATA_DIR/metrics.prom made of them in the
// Prometheus text format, for node_exporter's textfile collector. When the file is due is
// decided here from the app time passed in; the frame loop wakes for it (Deadlines::metrics)
// without drawing a frame.
#pragma once

#include <limits>
#include <string>
#include <string_view>

#include "core/event.hpp"

namespace kiosk {

struct HealthFigures {
    bool running = true;             // false in the last file, written as the kiosk stops
    double started_at = 0;           // Unix seconds the kiosk started
    double last_frame_at = 0;        // Unix seconds the last frame was drawn; 0: none yet
    bool content_ok = true;          // the content folder's last check loaded it
    long long content_errors = 0;    // errors that check found
    std::string fingerprint;         // the content folder's files (as app_started's "content")
    long long picture_failures = 0;  // pictures that could not be shown, since start
    long long sessions = 0;          // shopper sessions started since start
    long long completions = 0;       // quizzes completed since start
};

// A label value as the text format writes it between quotes: \ " and newline escaped.
[[nodiscard]] std::string prometheus_label_value(std::string_view value);
// A # HELP text: \ and newline escaped.
[[nodiscard]] std::string prometheus_help_text(std::string_view help);

// The whole file: every metric with its # HELP and # TYPE lines. `written_at` is Unix seconds;
// `events_bytes` the size of the events file (-1: none).
[[nodiscard]] std::string health_metrics_text(const HealthFigures& figures, double written_at,
                                              long long events_bytes);

class HealthMetrics {
  public:
    static constexpr double never = std::numeric_limits<double>::infinity();

    // `period`: app seconds between two writes of the file.
    explicit HealthMetrics(double started_at, double period = 30);

    // An event the kiosk wrote: session_started, quiz_completed, picture_failed, content_loaded
    // and app_started (its content fingerprint) change the figures; others do not.
    void note(const Event& event);
    // The content folder's fingerprint after a reload checked it.
    void note_fingerprint(std::string fingerprint);
    // A frame was drawn at `unix_seconds`. Only the first frame makes the file due at once.
    void note_frame(double unix_seconds);
    void note_stopping();

    // Whether the file is to be written at app time `now`: once a period, and at once when a
    // count, the content's state or the running state changed.
    [[nodiscard]] bool due(double now) const { return changed_ || now >= next_; }
    // App time the file is next due when nothing changes (for the loop's sleep).
    [[nodiscard]] double next_due() const { return changed_ ? 0 : next_; }
    // The file's text as of `written_at` (Unix seconds); the next one is due a period after
    // app time `now`.
    [[nodiscard]] std::string write(double now, double written_at, long long events_bytes);

    [[nodiscard]] const HealthFigures& figures() const { return figures_; }

  private:
    HealthFigures figures_;
    double period_;
    double next_ = 0;  // the first file is due at once
    bool changed_ = false;
};

}  // namespace kiosk
