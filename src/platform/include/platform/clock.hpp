// The app's clock: monotonic seconds since start, running `time_scale` times faster than real
// time (for tests and rehearsals), and the wall clock for event stamps.
#pragma once

#include <chrono>

#include "core/moment.hpp"

namespace kiosk {

class AppClock {
  public:
    explicit AppClock(double time_scale = 1.0)
        : scale_(time_scale), start_(std::chrono::steady_clock::now()) {}

    // The app's time and the real time, read together: what the frame loop passes on.
    [[nodiscard]] Moment moment() const {
        const double real = real_seconds();
        return {real * scale_, real};
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
