// The parts of platform/system.hpp that Linux and macOS share.
#include <unistd.h>

#include <cstdlib>
#include <ctime>

#include "platform/system.hpp"

namespace kiosk::os {

std::filesystem::path home_folder() {
    const char* home = std::getenv("HOME");
    return home && *home ? std::filesystem::path(home) : std::filesystem::path();
}

std::tm local_calendar_time(long long unix_seconds) {
    const std::time_t t = static_cast<std::time_t>(unix_seconds);
    std::tm local{};
    localtime_r(&t, &local);
    return local;
}

std::string host_name() {
    char name[256] = {};
    if (gethostname(name, sizeof name - 1) != 0) return {};
    return name;
}

std::vector<std::string> arguments(int argc, char** argv) {
    return {argv + (argc > 0 ? 1 : 0), argv + argc};  // already UTF-8 in a UTF-8 locale
}

void use_parent_console() {}  // a terminal program has its terminal already

}  // namespace kiosk::os
