// The command line of interfaces.md, "Command line".
#include "core/command_line.hpp"

#include <doctest/doctest.h>

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <map>
#include <regex>
#include <sstream>
#include <string>
#include <vector>

using kiosk::Command;
using kiosk::Options;
using kiosk::WindowMode;

namespace {

Options parsed(const std::vector<std::string>& args) {
    const auto result = kiosk::parse_command_line(args);
    INFO("error: " << result.error);
    REQUIRE(result.options.has_value());
    CHECK(result.error.empty());
    return *result.options;
}

std::string error_of(const std::vector<std::string>& args) {
    const auto result = kiosk::parse_command_line(args);
    CHECK_FALSE(result.options.has_value());
    CHECK_FALSE(result.error.empty());
    return result.error;
}

bool contains(const std::string& text, const std::string& part) {
    return text.find(part) != std::string::npos;
}

bool is_option_char(char c) {
    return std::isalnum(static_cast<unsigned char>(c)) || c == '-';
}

// `option` appears in `text` as a word of its own ("--kiosk" is not in "--kiosk-id").
bool mentions(const std::string& text, const std::string& option) {
    for (auto at = text.find(option); at != std::string::npos; at = text.find(option, at + 1)) {
        const auto end = at + option.size();
        if ((at == 0 || !is_option_char(text[at - 1])) &&
            (end == text.size() || !is_option_char(text[end])))
            return true;
    }
    return false;
}

// Every option README.md's "Command line" lists, and -h.
const std::string documented_options[] = {
    "--content",  "--assets",         "--data-dir",   "--kiosk",      "--demo",
    "--windowed", "--monitor",        "--time-scale", "--ui-dump",    "--frame-log",
    "--validate", "--report",         "--since",      "--format",     "--include-demo",
    "--send",     "--staff-pin-file", "--version",    "--help",       "-h",
    "--preview",  "--screen",         "--frame-rate", "--speech-wav", "--kiosk-id",
    "--by",       "--output"};

// Short forms, listed in the usage under their long name.
const std::map<std::string, std::string> aliases = {{"-h", "--help"}};

// Every option the parser accepts, read from its own tables in src/core/command_line.cpp
// (flags() and valued(), whose entries start {"--name", ...): an option added there is
// covered here without a change to this test.
std::vector<std::string> parser_options() {
    const auto source =
        std::filesystem::path(KIOSK_SOURCE_DIR) / "src" / "core" / "command_line.cpp";
    std::ifstream in(source);
    INFO("reading ", source.string());
    REQUIRE(in);
    std::stringstream text;
    text << in.rdbuf();
    const std::string code = text.str();
    std::vector<std::string> options;
    const std::regex entry(R"re(\{"(--?[A-Za-z][A-Za-z0-9-]*)",)re");
    for (auto it = std::sregex_iterator(code.begin(), code.end(), entry);
         it != std::sregex_iterator(); ++it)
        options.push_back((*it)[1].str());
    REQUIRE_FALSE(options.empty());
    return options;
}

// The parser knows `option`: alone it is taken (a flag) or wants its value, never "unknown".
bool is_accepted(const std::string& option) {
    const auto result = kiosk::parse_command_line({option});
    return result.options.has_value() || !contains(result.error, "unknown option");
}

}  // namespace

TEST_CASE("command_line: no options gives the defaults") {
    const Options o = parsed({});
    CHECK(o.command == Command::run);
    CHECK(o.mode == WindowMode::kiosk);  // --kiosk is the default
    CHECK(o.content_dir.empty());
    CHECK(o.assets_dir.empty());
    CHECK(o.data_dir.empty());
    CHECK(o.monitor == 0);
    CHECK(o.time_scale == 1.0);
    CHECK(o.ui_dump_file.empty());
    CHECK(o.since.empty());
    CHECK(o.report_format == "text");
    CHECK_FALSE(o.include_demo);
    CHECK(o.validate_format == kiosk::ValidateFormat::text);
    CHECK_FALSE(o.screen.has_value());
    CHECK_FALSE(o.preview);
}

TEST_CASE("command_line: folders and files") {
    const Options o = parsed({"--content", "/srv/content", "--assets", "/srv/assets", "--data-dir",
                              "/var/lib/kiosk", "--ui-dump", "/tmp/ui.json", "--frame-log",
                              "/tmp/frames", "--speech-wav", "/tmp/said.wav"});
    CHECK(o.content_dir == "/srv/content");
    CHECK(o.assets_dir == "/srv/assets");
    CHECK(o.data_dir == "/var/lib/kiosk");
    CHECK(o.ui_dump_file == "/tmp/ui.json");
    CHECK(o.frame_log_file == "/tmp/frames");
    CHECK(o.speech_wav_file == "/tmp/said.wav");
    CHECK(o.command == Command::run);
}

TEST_CASE("command_line: window modes") {
    CHECK(parsed({"--kiosk"}).mode == WindowMode::kiosk);
    CHECK(parsed({"--demo"}).mode == WindowMode::demo);
    const Options w = parsed({"--windowed", "1024x768"});
    CHECK(w.mode == WindowMode::windowed);
    CHECK(w.window_width == 1024);
    CHECK(w.window_height == 768);
    const Options portrait = parsed({"--windowed", "1080x1920"});
    CHECK(portrait.window_width == 1080);
    CHECK(portrait.window_height == 1920);
    CHECK(parsed({"--monitor", "2"}).monitor == 2);
    CHECK(parsed({"--monitor", "0"}).monitor == 0);
}

TEST_CASE("command_line: --time-scale") {
    CHECK(parsed({"--time-scale", "10"}).time_scale == doctest::Approx(10));
    CHECK(parsed({"--time-scale", "0.5"}).time_scale == doctest::Approx(0.5));
    CHECK(parsed({"--time-scale", "60"}).time_scale == doctest::Approx(60));
}

TEST_CASE("command_line: commands") {
    CHECK(parsed({"--validate"}).command == Command::validate);
    CHECK(parsed({"--report"}).command == Command::report);
    CHECK(parsed({"--version"}).command == Command::version);
    CHECK(parsed({"--help"}).command == Command::help);
    CHECK(parsed({"--validate", "--content", "c"}).content_dir == "c");
}

TEST_CASE("command_line: report options") {
    const Options o =
        parsed({"--report", "--since", "2026-03-01", "--format", "json", "--include-demo"});
    CHECK(o.command == Command::report);
    CHECK(o.since == "2026-03-01");
    CHECK(o.report_format == "json");
    CHECK(o.include_demo);
    CHECK(parsed({"--report", "--format", "csv"}).report_format == "csv");
    CHECK(parsed({"--report", "--format", "text"}).report_format == "text");
}

TEST_CASE("command_line: the --option=value form") {
    const Options o = parsed({"--content=/srv/content", "--windowed=1280x720", "--time-scale=2.5",
                              "--monitor=1", "--data-dir=/d", "--ui-dump=/u.json"});
    CHECK(o.content_dir == "/srv/content");
    CHECK(o.mode == WindowMode::windowed);
    CHECK(o.window_width == 1280);
    CHECK(o.window_height == 720);
    CHECK(o.time_scale == doctest::Approx(2.5));
    CHECK(o.monitor == 1);
    CHECK(o.data_dir == "/d");
    CHECK(o.ui_dump_file == "/u.json");
    // A value may itself hold '=': everything after the first one is the value.
    CHECK(parsed({"--content=/a=b"}).content_dir == "/a=b");
}

TEST_CASE("command_line: an unknown option is an error naming it") {
    CHECK(contains(error_of({"--fullscreen"}), "--fullscreen"));
    CHECK(contains(error_of({"--content", "c", "-x"}), "-x"));
    CHECK(contains(error_of({"content"}), "content"));    // a stray word
    CHECK(contains(error_of({"--demo=yes"}), "--demo"));  // a flag takes no value
}

TEST_CASE("command_line: an option without its value is an error") {
    for (const char* option : {"--content", "--assets", "--data-dir", "--windowed", "--monitor",
                               "--time-scale", "--ui-dump", "--since", "--format", "--send"}) {
        CAPTURE(option);
        CHECK(contains(error_of({option}), option));
    }
    CHECK(contains(error_of({"--demo", "--content"}), "--content"));
}

TEST_CASE("command_line: a bad --windowed size is an error") {
    for (const char* size : {"1920", "1920x", "x1080", "widexhigh", "1920*1080", "-800x600", "0x0",
                             "1920x1080x2", ""}) {
        CAPTURE(size);
        CHECK(contains(error_of({"--windowed", size}), "--windowed"));
        CHECK_FALSE(kiosk::parse_command_line({std::string("--windowed=") + size}).options);
    }
}

TEST_CASE("command_line: a bad --time-scale is an error") {
    for (const char* scale : {"fast", "", "2x", "0", "-3", "nan"}) {
        CAPTURE(scale);
        CHECK(contains(error_of({"--time-scale", scale}), "--time-scale"));
    }
}

TEST_CASE("command_line: --frame-rate sets the frame pace, whole frames from 10 to 120") {
    CHECK(parsed({}).frame_rate == 30);
    CHECK(parsed({"--frame-rate", "60"}).frame_rate == 60);
    CHECK(parsed({"--frame-rate=10"}).frame_rate == 10);
    CHECK(parsed({"--frame-rate", "120"}).frame_rate == 120);
    for (const char* rate : {"9", "121", "59.5", "fast", "", "-30"}) {
        CAPTURE(rate);
        CHECK(contains(error_of({"--frame-rate", rate}), "--frame-rate"));
    }
}

TEST_CASE("command_line: a bad --monitor or --format is an error") {
    CHECK(contains(error_of({"--monitor", "one"}), "--monitor"));
    CHECK(contains(error_of({"--monitor", "-1"}), "--monitor"));
    CHECK(contains(error_of({"--monitor", "1.5"}), "--monitor"));
    CHECK(contains(error_of({"--report", "--format", "xml"}), "--format"));
}

TEST_CASE("command_line: the parser's tables hold every documented option, and only options") {
    const std::vector<std::string> accepted = parser_options();
    for (const std::string& option : documented_options) {
        CAPTURE(option);
        CHECK(std::find(accepted.begin(), accepted.end(), option) != accepted.end());
    }
    for (const std::string& option : accepted) {
        CAPTURE(option);
        CHECK(is_accepted(option));
    }
    CHECK_FALSE(is_accepted("--no-such-option"));  // is_accepted tells them apart
}

TEST_CASE("command_line: usage lists every option the parser accepts") {
    const std::string text = kiosk::usage();
    std::vector<std::string> options = parser_options();
    options.insert(options.end(), std::begin(documented_options), std::end(documented_options));
    for (const std::string& option : options) {
        CAPTURE(option);
        if (const auto alias = aliases.find(option); alias != aliases.end()) {
            // "-h" is --help's short form: the same command, and --help is listed
            CHECK(parsed({option}).command == parsed({alias->second}).command);
            CHECK(mentions(text, alias->second));
        } else {
            CHECK(mentions(text, option));
        }
    }
}

TEST_CASE("command_line: usage lists no option the parser refuses") {
    const std::string text = kiosk::usage();
    const std::regex option(R"(--[a-z][a-z0-9-]*)");
    int listed = 0;
    for (auto it = std::sregex_iterator(text.begin(), text.end(), option);
         it != std::sregex_iterator(); ++it, ++listed) {
        CAPTURE(it->str());
        CHECK(is_accepted(it->str()));
    }
    CHECK(listed > 0);
}

TEST_CASE("command_line: --send names one of the signals' actions") {
    for (const char* request : {"screenshot", "reload", "stop"}) {
        CAPTURE(request);
        const kiosk::Options o = parsed({"--send", request, "--data-dir", "/d"});
        CHECK(o.command == Command::send);
        CHECK(o.send_request == request);
        CHECK(o.data_dir == "/d");
    }
    CHECK(parsed({"--send=reload"}).send_request == "reload");
    for (const char* wrong : {"", "Stop", "kill", "usr1"}) {
        CAPTURE(wrong);
        CHECK(contains(error_of({"--send", wrong}), "--send"));
    }
}

TEST_CASE("command_line: --validate --format text|json") {
    CHECK(parsed({"--validate"}).validate_format == kiosk::ValidateFormat::text);
    CHECK(parsed({"--validate", "--format", "json"}).validate_format ==
          kiosk::ValidateFormat::json);
    CHECK(parsed({"--format=json", "--validate"}).validate_format == kiosk::ValidateFormat::json);
    CHECK(parsed({"--validate", "--format", "text"}).validate_format ==
          kiosk::ValidateFormat::text);
    // The report's format is its own: --format json for --validate leaves it alone.
    CHECK(parsed({"--validate", "--format", "json"}).report_format == "text");
    CHECK(parsed({"--report", "--format", "json"}).validate_format == kiosk::ValidateFormat::text);
}

TEST_CASE("command_line: --format goes with --validate or --report, in the formats of each") {
    const std::string csv = error_of({"--validate", "--format", "csv"});
    CHECK(contains(csv, "--validate --format takes text or json"));
    CHECK(contains(csv, "'csv'"));
    CHECK(contains(error_of({"--format", "csv", "--validate"}), "text or json"));
    for (const char* alone : {"json", "text", "csv"}) {
        CAPTURE(alone);
        CHECK(contains(error_of({"--format", alone}), "--format goes with --report"));
        CHECK(contains(error_of({"--demo", "--format", alone}), "--validate"));
    }
    CHECK(contains(error_of({"--validate", "--format", "xml"}), "--format"));
}

TEST_CASE("command_line: --screen WxH is kept for --validate") {
    const Options o = parsed({"--validate", "--screen", "1366x768"});
    REQUIRE(o.screen.has_value());
    CHECK(*o.screen == kiosk::ScreenSize{1366, 768});
    CHECK(parsed({"--screen=768x1366", "--validate"}).screen == kiosk::ScreenSize{768, 1366});
    CHECK(parsed({"--validate", "--format", "json", "--screen", "1280x800"}).screen ==
          kiosk::ScreenSize{1280, 800});
    for (const char* size : {"1366", "1366x", "x768", "0x768", "1366x0", "-1366x768", "1366x-768",
                             "1366.5x768", "1366x768x2", "bigxsmall", "1366X768", ""}) {
        CAPTURE(size);
        CHECK(contains(error_of({"--validate", "--screen", size}), "--screen"));
    }
    CHECK(contains(error_of({"--screen", "1366x768"}), "--screen goes with --validate"));
    CHECK(contains(error_of({"--report", "--screen", "1366x768"}), "--screen goes with"));
}

TEST_CASE("command_line: --preview is a window, never with --kiosk") {
    const Options o = parsed({"--preview"});
    CHECK(o.preview);
    CHECK(o.command == Command::run);
    CHECK(o.mode == WindowMode::windowed);
    CHECK(o.window_width == 1280);
    CHECK(o.window_height == 800);
    for (const auto& args : {std::vector<std::string>{"--preview", "--windowed", "1080x1920"},
                             std::vector<std::string>{"--windowed", "1080x1920", "--preview"}}) {
        const Options portrait = parsed(args);
        CHECK(portrait.preview);
        CHECK(portrait.mode == WindowMode::windowed);
        CHECK(portrait.window_width == 1080);
        CHECK(portrait.window_height == 1920);
    }
    CHECK(error_of({"--preview", "--kiosk"}) == "--preview cannot be combined with --kiosk");
    CHECK(error_of({"--kiosk", "--preview"}) == "--preview cannot be combined with --kiosk");
    for (const char* other : {"--demo", "--validate", "--report"}) {
        CAPTURE(other);
        CHECK(error_of({"--preview", other}) ==
              std::string("--preview cannot be combined with ") + other);
    }
    CHECK(contains(error_of({"--preview", "--send", "reload"}), "--send"));
    CHECK(contains(error_of({"--preview=yes"}), "--preview"));  // a flag takes no value
}

TEST_CASE("command_line: --report over folders, --by, --format html --output, --kiosk-id") {
    const Options o = parsed({"--report", "fleet/", "shop-b", "--by", "day", "--format", "html",
                              "--output", "report.html"});
    CHECK(o.command == Command::report);
    CHECK(o.report_folders == std::vector<std::string>{"fleet/", "shop-b"});
    CHECK(o.report_by == "day");
    CHECK(o.report_format == "html");
    CHECK(o.report_output == "report.html");
    CHECK(parsed({"--report"}).report_folders.empty());
    CHECK(parsed({"--kiosk-id", "leeds-1"}).kiosk_id == "leeds-1");
    CHECK(contains(error_of({"--report", "--format", "html"}), "--output"));
    CHECK(contains(error_of({"--report", "--output", "r.html"}), "--format html"));
    CHECK(contains(error_of({"--report", "--by", "week"}), "--by"));
    CHECK(contains(error_of({"--by", "day"}), "--report"));
    CHECK(contains(error_of({"--validate", "--format", "html"}), "html"));
    CHECK(contains(error_of({"--kiosk-id", ""}), "--kiosk-id"));
    CHECK(contains(error_of({"fleet/", "--report"}), "fleet/"));  // the folders follow --report
}
