#include "platform/signals.hpp"

#define WIN32_LEAN_AND_MEAN
#include <windows.h>

#include <atomic>
#include <cwctype>
#include <string>
#include <thread>

#include "core/path_text.hpp"

namespace kiosk::signals {
namespace {

std::atomic<int> cause{0};  // index into causes
constexpr const char* causes[] = {"signal", "console_closed", "session_end"};
HANDLE done = nullptr;  // set by finished()

// One named event per request and data folder, in the user's session: "--send stop" reaches
// the kiosk that writes to the same folder, whichever of several kiosks that is.
std::wstring event_name(Request request, const std::filesystem::path& data_folder) {
    std::error_code ec;
    std::wstring folder = std::filesystem::weakly_canonical(data_folder, ec).wstring();
    if (ec) folder = std::filesystem::absolute(data_folder, ec).wstring();
    unsigned long long hash = 14695981039346656037ull;  // FNV-1a of the folder, case folded
    for (wchar_t c : folder) {
        hash ^= static_cast<unsigned long long>(std::towlower(c == L'/' ? L'\\' : c));
        hash *= 1099511628211ull;
    }
    const wchar_t* what = request == Request::screenshot ? L"screenshot"
                          : request == Request::reload   ? L"reload"
                                                         : L"stop";
    return L"Local\\probiotic-kiosk-" + std::to_wstring(hash) + L"-" + what;
}

void ask_to_stop(int why) {
    int none = 0;
    cause.compare_exchange_strong(none, why);
    request_arrived(Request::stop);
    wake_loop();
}

// Ctrl+C and Ctrl+Break stop the kiosk; so do closing its console, logging off and shutting
// down, for which Windows ends the process once this returns: wait for the last events first.
BOOL WINAPI on_console(DWORD what) {
    if (what == CTRL_C_EVENT || what == CTRL_BREAK_EVENT) {
        ask_to_stop(0);
        return TRUE;
    }
    ask_to_stop(what == CTRL_CLOSE_EVENT ? 1 : 2);
    if (done) WaitForSingleObject(done, 4000);
    return TRUE;
}

void listen(HANDLE events[3]) {
    for (;;) {
        DWORD which = WaitForMultipleObjects(3, events, FALSE, INFINITE);
        if (which >= WAIT_OBJECT_0 + 3) return;
        request_arrived(which == WAIT_OBJECT_0       ? Request::screenshot
                        : which == WAIT_OBJECT_0 + 1 ? Request::reload
                                                     : Request::stop);
        wake_loop();
    }
}

}  // namespace

void install(const std::filesystem::path& data_folder) {
    done = CreateEventW(nullptr, TRUE, FALSE, nullptr);
    SetConsoleCtrlHandler(on_console, TRUE);
    static HANDLE events[3] = {};
    const Request requests[3] = {Request::screenshot, Request::reload, Request::stop};
    for (int i = 0; i < 3; ++i) {
        // Auto-reset: one request, one action.
        events[i] =
            CreateEventW(nullptr, FALSE, FALSE, event_name(requests[i], data_folder).c_str());
        if (!events[i]) return;
    }
    std::thread([] { listen(events); }).detach();
}

std::string stop_reason() {
    return causes[cause.load()];
}

void finished() {
    if (done) SetEvent(done);
}

void session_ending() {
    ask_to_stop(2);
}

std::string send(Request request, const std::filesystem::path& data_folder) {
    HANDLE event = OpenEventW(EVENT_MODIFY_STATE, FALSE, event_name(request, data_folder).c_str());
    if (!event) return "no kiosk is running with data folder " + utf8_of(data_folder);
    const bool sent = SetEvent(event) != 0;
    CloseHandle(event);
    if (!sent) return "cannot reach the kiosk (error " + std::to_string(GetLastError()) + ")";
    return {};
}

}  // namespace kiosk::signals
