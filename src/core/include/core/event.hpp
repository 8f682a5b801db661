// Analytics events (interfaces.md, "Events"): what happened, as the events file records it.
#pragma once

#include <nlohmann/json.hpp>
#include <string>

namespace kiosk {

struct Event {
    std::string type;  // app_started, session_started, quiz_completed, ...
    nlohmann::json fields = nlohmann::json::object();  // everything beyond ts, type, session, demo
    std::string session;                               // empty outside a shopper session
};

// ISO 8601 UTC with milliseconds, e.g. "2026-11-23T19:27:03.120Z", from Unix milliseconds.
[[nodiscard]] std::string iso_utc(long long unix_ms);

// One line of the events file (no newline): ts, type, session, demo, then the fields.
[[nodiscard]] std::string event_line(const Event& event, long long unix_ms, bool demo);

}  // namespace kiosk
