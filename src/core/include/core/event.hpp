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

// Who the events are of: shoppers at a kiosk, or a run whose sessions are not shoppers'. The
// demo's lines carry "demo": true; the preview's (staff trying their content) carry
// "demo": true and "preview": true, so that every reader that leaves the demo out of the
// figures leaves the preview out too.
enum class EventOrigin { shop, demo, preview };

// One line of the events file (no newline): ts, type, session, demo, preview, then the fields.
[[nodiscard]] std::string event_line(const Event& event, long long unix_ms, EventOrigin origin);

}  // namespace kiosk
