// The command line of interfaces.md, parsed into plain settings. No side effects.
#pragma once

#include <optional>
#include <string>
#include <vector>

namespace kiosk {

enum class WindowMode {
    kiosk,     // fullscreen on the chosen monitor, locked down (the default)
    demo,      // a window, keyboard shortcuts on, self-running when nobody touches it
    windowed,  // a window of a given size, otherwise like kiosk
};

enum class Command {
    run,       // start the kiosk
    validate,  // check the content, print diagnostics, exit
    report,    // summarise the events, exit
    send,      // hand a request to the kiosk running with the same data folder, exit
    version,   // print the version, exit
    help,      // print the usage, exit
};

// How --validate prints its diagnostics.
enum class ValidateFormat {
    text,  // one line per diagnostic, then a summary line (the default)
    json,  // one JSON array of {file, line, column, pointer, severity, message}
};

// A screen's size in pixels, e.g. a shop's own panel for --validate --screen 1366x768.
struct ScreenSize {
    int width = 0;
    int height = 0;
    friend bool operator==(const ScreenSize&, const ScreenSize&) = default;
};

struct Options {
    Command command = Command::run;
    WindowMode mode = WindowMode::kiosk;
    std::string content_dir;  // empty: ./content, then the installed share folder
    std::string assets_dir;   // empty: "assets" beside the content folder
    std::string data_dir;     // empty: the system's folder for app data (platform/system.hpp)
    int window_width = 1280;  // for --windowed and --demo
    int window_height = 800;
    int monitor = 0;              // 0 = primary
    double time_scale = 1.0;      // the app's clock runs this many times faster
    int frame_rate = 30;          // frames a second at most, of real time (--frame-rate)
    std::string ui_dump_file;     // empty: no dump
    std::string speech_wav_file;  // read aloud into this WAV file; empty: on the sound device
    std::string frame_log_file;   // empty: no frame-time log
    std::string staff_pin_file;   // the staff PIN; else $PROBIOTIC_KIOSK_STAFF_PIN; else no menu
    std::string kiosk_id;         // this kiosk's name in its events; empty: the host name
    // --preview: a window (1280x800, or --windowed's size) for staff, the content's diagnostics
    // over the screen, keys that jump to any slide, question or results; never with --kiosk
    bool preview = false;
    // --validate
    ValidateFormat validate_format = ValidateFormat::text;
    std::optional<ScreenSize> screen;  // --screen WxH: a panel to check the texts' fit on too
    // --report
    std::string since;                   // YYYY-MM-DD, empty for all
    std::string report_format = "text";  // text, json, csv or html
    bool include_demo = false;
    std::vector<std::string> report_folders;  // data folders, or folders of them; empty: --data-dir
    std::string report_by;                    // "kiosk", "day", "hour"; empty: totals only
    std::string report_output;                // --output FILE (html only)
    // --send: "screenshot", "reload" or "stop" (the signals' actions, on every system)
    std::string send_request;
};

struct ParsedCommandLine {
    std::optional<Options> options;  // empty when the command line is wrong
    std::string error;               // what is wrong, for stderr
};

[[nodiscard]] ParsedCommandLine parse_command_line(const std::vector<std::string>& args);
[[nodiscard]] std::string usage();

}  // namespace kiosk
