// The app's clock: monotonic seconds since start, running `time_scale` times faster than real
// time (for tests and rehearsals), and the wall clock for event stamps.
#pragma once

#include <chrono>

namespace kiosk {

class AppClock {
  public:
    explicit AppClock(double time_scale = 1.0)
        : scale_(time_scale), start_(std::chrono::steady_clock::now()) {}

    // Seconds on the app's clock.
    [[nodiscard]] double now() const { return real_seconds() * scale_; }
    // Real seconds until app time `t`, never negative.
    [[nodiscard]] double real_seconds_until(double t) const {
        double d = (t - now()) / scale_;
        return d > 0 ? d : 0;
    }
    [[nodiscard]] double real_seconds() const {
        return std::chrono::duration<double>(std::chrono::steady_clock::now() - start_).count();
    }
    [[nodiscard]] double scale() const { return scale_; }

    // Milliseconds since the Unix epoch, for event stamps.
    [[nodiscard]] static long long unix_ms() {
        using namespace std::chrono;
        return duration_cast<milliseconds>(system_clock::now().time_since_epoch()).count();
    }

  private:
    double scale_;
    std::chrono::steady_clock::time_point start_;
};

}  // namespace kiosk
