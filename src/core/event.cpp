#include "core/event.hpp"

#include <chrono>
#include <cstdio>

namespace kiosk {

std::string iso_utc(long long unix_ms) {
    using namespace std::chrono;
    // The civil calendar of std::chrono: the same on every system, no C library time call.
    const sys_time<milliseconds> t{milliseconds(unix_ms)};
    const sys_days day = floor<days>(t);
    const year_month_day date{day};
    const hh_mm_ss<milliseconds> time{t - day};
    char out[64];
    std::snprintf(
        out, sizeof out, "%04d-%02u-%02uT%02d:%02d:%02d.%03dZ", static_cast<int>(date.year()),
        static_cast<unsigned>(date.month()), static_cast<unsigned>(date.day()),
        static_cast<int>(time.hours().count()), static_cast<int>(time.minutes().count()),
        static_cast<int>(time.seconds().count()), static_cast<int>(time.subseconds().count()));
    return out;
}

std::string event_line(const Event& event, long long unix_ms, EventOrigin origin) {
    nlohmann::ordered_json line;
    line["ts"] = iso_utc(unix_ms);
    line["type"] = event.type;
    if (!event.session.empty()) line["session"] = event.session;
    if (origin != EventOrigin::shop) line["demo"] = true;
    if (origin == EventOrigin::preview) line["preview"] = true;
    for (const auto& [key, value] : event.fields.items()) line[key] = value;
    return line.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

}  // namespace kiosk
