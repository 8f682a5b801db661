#include "core/command_line.hpp"

#include <algorithm>
#include <charconv>
#include <functional>
#include <map>
#include <set>

namespace kiosk {
namespace {

bool parse_size(const std::string& text, int& w, int& h) {
    auto x = text.find('x');
    if (x == std::string::npos) return false;
    auto read = [](std::string_view s, int& out) {
        auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), out);
        return ec == std::errc() && end == s.data() + s.size() && out >= 200 && out <= 16384;
    };
    std::string_view all(text);
    return read(all.substr(0, x), w) && read(all.substr(x + 1), h);
}

bool parse_number(const std::string& text, double& out) {
    try {
        size_t used = 0;
        out = std::stod(text, &used);
        return used == text.size();
    } catch (...) {
        return false;
    }
}

bool parse_monitor(const std::string& text, int& monitor) {
    double n = 0;
    if (!parse_number(text, n) || n < 0 || n > 16 || n != static_cast<int>(n)) return false;
    monitor = static_cast<int>(n);
    return true;
}

using Flag = std::function<void(Options&)>;
using Valued = std::function<bool(Options&, const std::string&)>;

const std::map<std::string, Flag>& flags() {
    static const std::map<std::string, Flag> all{
        {"--kiosk", [](Options& o) { o.mode = WindowMode::kiosk; }},
        {"--demo", [](Options& o) { o.mode = WindowMode::demo; }},
        {"--validate", [](Options& o) { o.command = Command::validate; }},
        {"--report", [](Options& o) { o.command = Command::report; }},
        {"--version", [](Options& o) { o.command = Command::version; }},
        {"--help", [](Options& o) { o.command = Command::help; }},
        {"-h", [](Options& o) { o.command = Command::help; }},
        {"--include-demo", [](Options& o) { o.include_demo = true; }},
        {"--preview", [](Options& o) { o.preview = true; }},
    };
    return all;
}

// A folder or file name, stored in `member`; it cannot be empty.
Valued name_into(std::string Options::*member) {
    return [member](Options& o, const std::string& v) {
        o.*member = v;
        return !v.empty();
    };
}

bool is_one_of(const std::string& word, const std::vector<std::string>& words) {
    return std::find(words.begin(), words.end(), word) != words.end();
}

// A word stored in `member`; it must be one of `words`.
Valued word_into(std::string Options::*member, std::vector<std::string> words) {
    return [member, words = std::move(words)](Options& o, const std::string& v) {
        o.*member = v;
        return is_one_of(v, words);
    };
}

const std::map<std::string, Valued>& valued() {
    static const std::map<std::string, Valued> all{
        {"--content", name_into(&Options::content_dir)},
        {"--assets", name_into(&Options::assets_dir)},
        {"--data-dir", name_into(&Options::data_dir)},
        {"--ui-dump", name_into(&Options::ui_dump_file)},
        {"--speech-wav", name_into(&Options::speech_wav_file)},
        {"--frame-log", name_into(&Options::frame_log_file)},
        {"--staff-pin-file", name_into(&Options::staff_pin_file)},
        {"--kiosk-id", name_into(&Options::kiosk_id)},
        {"--output", name_into(&Options::report_output)},
        {"--by", word_into(&Options::report_by, {"kiosk", "day", "hour"})},
        {"--windowed",
         [](Options& o, const std::string& v) {
             o.mode = WindowMode::windowed;
             return parse_size(v, o.window_width, o.window_height);
         }},
        {"--monitor", [](Options& o, const std::string& v) { return parse_monitor(v, o.monitor); }},
        {"--time-scale",
         [](Options& o, const std::string& v) {
             return parse_number(v, o.time_scale) && o.time_scale >= 0.01 && o.time_scale <= 1000;
         }},
        {"--frame-rate",
         [](Options& o, const std::string& v) {
             double n = 0;
             if (!parse_number(v, n) || n < 10 || n > 120 || n != static_cast<int>(n)) return false;
             o.frame_rate = static_cast<int>(n);
             return true;
         }},
        {"--since",
         [](Options& o, const std::string& v) {
             o.since = v;
             return v.size() == 10;
         }},
        {"--send",
         [](Options& o, const std::string& v) {
             o.command = Command::send;
             o.send_request = v;
             return is_one_of(v, {"screenshot", "reload", "stop"});
         }},
        {"--format", word_into(&Options::report_format, {"text", "json", "csv", "html"})},
        {"--screen",
         [](Options& o, const std::string& v) {
             o.screen = ScreenSize{};
             return parse_size(v, o.screen->width, o.screen->height);
         }},
    };
    return all;
}

// The options that only go with --report: what is wrong, or nothing.
std::string report_error(const std::set<std::string>& given, const Options& o) {
    const bool report = o.command == Command::report;
    for (const char* option : {"--by", "--output"})
        if (given.count(option) && !report) return std::string(option) + " goes with --report";
    if (report && o.report_format == "html" && o.report_output.empty())
        return "--report --format html needs --output FILE";
    if (given.count("--output") && o.report_format != "html")
        return "--output goes with --report --format html";
    return {};
}

// The options that only go with one command or mode, checked once every option is read:
// what is wrong, or nothing. Sets what depends on more than one option.
std::string combination_error(const std::set<std::string>& given, Options& o) {
    const bool validate = o.command == Command::validate, report = o.command == Command::report;
    if (given.count("--format")) {
        if (!validate && !report)
            return "--format goes with --report (text, json, csv or html) or --validate (text or "
                   "json)";
        if (validate && (o.report_format == "csv" || o.report_format == "html"))
            return "--validate --format takes text or json, not '" + o.report_format + "'";
        if (validate && o.report_format == "json") o.validate_format = ValidateFormat::json;
        if (validate) o.report_format = "text";
    }
    if (given.count("--screen") && !validate) return "--screen goes with --validate";
    if (std::string error = report_error(given, o); !error.empty()) return error;
    if (!o.preview) return {};
    for (const char* other : {"--kiosk", "--demo", "--validate", "--report", "--send"})
        if (given.count(other)) return std::string("--preview cannot be combined with ") + other;
    if (o.mode == WindowMode::kiosk) o.mode = WindowMode::windowed;  // 1280x800 unless given
    return {};
}

}  // namespace

ParsedCommandLine parse_command_line(const std::vector<std::string>& args) {
    Options options;
    std::set<std::string> given;
    for (size_t i = 0; i < args.size(); ++i) {
        std::string name = args[i], value;
        bool inline_value = false;
        if (auto eq = name.find('='); name.rfind("--", 0) == 0 && eq != std::string::npos) {
            value = name.substr(eq + 1);
            name = name.substr(0, eq);
            inline_value = true;
        }
        if (options.command == Command::report && name.rfind("-", 0) != 0 && !name.empty()) {
            options.report_folders.push_back(args[i]);  // --report DIR...
            continue;
        }
        given.insert(name);
        if (auto f = flags().find(name); f != flags().end() && !inline_value) {
            f->second(options);
            continue;
        }
        auto v = valued().find(name);
        if (v == valued().end()) return {std::nullopt, "unknown option '" + args[i] + "'"};
        if (!inline_value) {
            if (i + 1 >= args.size()) return {std::nullopt, "option '" + name + "' needs a value"};
            value = args[++i];
        }
        if (!v->second(options, value))
            return {std::nullopt, "option '" + name + "' does not accept '" + value + "'"};
    }
    if (std::string error = combination_error(given, options); !error.empty())
        return {std::nullopt, error};
    return {options, {}};
}

std::string usage() {
    return "usage: probiotic-kiosk [options]\n"
           "  --content DIR       content folder (default: ./content, then the installed share "
           "folder)\n"
           "  --assets DIR        assets folder (default: \"assets\" beside the content folder)\n"
           "  --data-dir DIR      events, screenshot and log (default: "
           "$XDG_STATE_HOME/probiotic-kiosk,\n"
           "                      else ~/.local/state/probiotic-kiosk; on Windows\n"
           "                      %LOCALAPPDATA%\\probiotic-kiosk, on macOS\n"
           "                      ~/Library/Application Support/probiotic-kiosk)\n"
           "  --kiosk             fullscreen and locked down (the default)\n"
           "  --demo              windowed, self-running demo for a laptop, keyboard shortcuts on\n"
           "  --windowed WxH      a window of that size instead of fullscreen\n"
           "  --monitor N         which monitor to fill (0 = primary)\n"
           "  --time-scale X      run the app's clock X times faster\n"
           "  --frame-rate N      draw at most N frames a second, 10 to 120 (default 30)\n"
           "  --ui-dump FILE      keep FILE up to date with the current screen and its touch "
           "targets\n"
           "  --speech-wav FILE   read aloud into FILE (a WAV, 16-bit mono) instead of the sound\n"
           "                      device; read aloud is then offered without one\n"
           "  --frame-log FILE    append one line per drawn frame: time and milliseconds spent\n"
           "  --staff-pin-file F  the staff menu's PIN (else $PROBIOTIC_KIOSK_STAFF_PIN)\n"
           "  --preview           a window for staff: the content's problems shown over the\n"
           "                      screen as they are saved, keys that jump to any slide,\n"
           "                      question or results (never with --kiosk)\n"
           "  --validate          check the content, print diagnostics, exit; opens no window\n"
           "      --format text|json  --screen WxH (a panel to check the texts on too)\n"
           "  --report [DIR...]   summarise the events in the data folder, or in the given\n"
           "                      folders (one per kiosk, or a folder of such folders), exit;\n"
           "                      opens no window\n"
           "      --since YYYY-MM-DD  --include-demo  --by kiosk|day|hour\n"
           "      --format text|json|csv|html  (--output FILE for html)\n"
           "  --kiosk-id ID       this kiosk's name in events and reports (default: the host "
           "name)\n"
           "  --send screenshot|reload|stop\n"
           "                      ask the kiosk running with the same data folder to take a\n"
           "                      screenshot, check its content now or stop (as SIGUSR1,\n"
           "                      SIGHUP and SIGTERM do); exit 0 when it was delivered\n"
           "  --version, --help\n";
}

}  // namespace kiosk
