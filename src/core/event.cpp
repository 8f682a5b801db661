#include "core/event.hpp"

#include <cstdio>
#include <ctime>

namespace kiosk {

std::string iso_utc(long long unix_ms) {
    std::time_t seconds = static_cast<std::time_t>(unix_ms / 1000);
    std::tm utc{};
    gmtime_r(&seconds, &utc);
    char out[64];
    std::snprintf(out, sizeof out, "%04d-%02d-%02dT%02d:%02d:%02d.%03dZ", utc.tm_year + 1900,
                  utc.tm_mon + 1, utc.tm_mday, utc.tm_hour, utc.tm_min, utc.tm_sec,
                  static_cast<int>(unix_ms % 1000));
    return out;
}

std::string event_line(const Event& event, long long unix_ms, bool demo) {
    nlohmann::ordered_json line;
    line["ts"] = iso_utc(unix_ms);
    line["type"] = event.type;
    if (!event.session.empty()) line["session"] = event.session;
    if (demo) line["demo"] = true;
    for (const auto& [key, value] : event.fields.items()) line[key] = value;
    return line.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

}  // namespace kiosk
