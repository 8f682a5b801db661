// The parts of platform/system.hpp that are the same on every system.
#include "platform/system.hpp"

namespace kiosk::os {

std::string local_time_of_day(long long unix_ms) {
    const std::tm local = local_calendar_time(unix_ms / 1000);
    char out[32];
    std::strftime(out, sizeof out, "%H:%M:%S", &local);
    return out;
}

}  // namespace kiosk::os
