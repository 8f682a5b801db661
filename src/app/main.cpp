// probiotic-kiosk: a touchscreen kiosk that explains the gut–skin axis and suggests products.
// Reads the command line, then runs one of: the kiosk, --validate, --report, --send, --version,
// --help.
#include <cstdio>
#include <string>
#include <vector>

#include "app/folders.hpp"
#include "app/kiosk_app.hpp"
#include "app/report_command.hpp"
#include "app/send_command.hpp"
#include "app/validate_command.hpp"
#include "core/command_line.hpp"
#include "platform/system.hpp"

int main(int argc, char** argv) {
    using namespace kiosk;
    os::use_parent_console();
    const std::vector<std::string> args = os::arguments(argc, argv);
    const ParsedCommandLine parsed = parse_command_line(args);
    if (!parsed.options) {
        std::fprintf(stderr, "probiotic-kiosk: %s\n%s", parsed.error.c_str(), usage().c_str());
        return 2;
    }
    const Options& options = *parsed.options;
    switch (options.command) {
        case Command::help:
            std::printf("%s", usage().c_str());
            return 0;
        case Command::version:
            std::printf("probiotic-kiosk %s\n", KIOSK_VERSION);
            return 0;
        case Command::validate:
            return run_validate_command(options, find_folders(options));
        case Command::report:
            return run_report_command(options, find_folders(options));
        case Command::send:
            return run_send_command(options, find_folders(options));
        case Command::run:
            break;
    }
    os::tune_memory();
    Folders folders = find_folders(options);
    if (!folders.error.empty()) {
        std::fprintf(stderr, "probiotic-kiosk: %s\n", folders.error.c_str());
        return 1;
    }
    KioskApp app(options, std::move(folders));
    return app.run();
}
