#include "platform/log.hpp"

#include <cstdio>
#include <mutex>

#include "core/event.hpp"
#include "platform/clock.hpp"
#include "platform/file_system.hpp"

namespace kiosk::log {
namespace {

std::mutex mutex;
std::FILE* file = nullptr;
constexpr long cap_bytes = 4L * 1024 * 1024;

}  // namespace

void open(const std::filesystem::path& path) {
    std::lock_guard lock(mutex);
    std::error_code ec;
    if (std::filesystem::file_size(path, ec) > static_cast<std::uintmax_t>(cap_bytes) && !ec)
        replace_file(path, std::filesystem::path(path).replace_extension(".1.log"));
    file = open_file(path, "ab");  // "b": lines end in \n on every system
}

void line(const std::string& text) {
    std::fprintf(stderr, "probiotic-kiosk: %s\n", text.c_str());
    to_file(text);
}

void to_file(const std::string& text) {
    std::lock_guard lock(mutex);
    if (file) {
        std::fprintf(file, "%s %s\n", iso_utc(AppClock::unix_ms()).c_str(), text.c_str());
        std::fflush(file);
    }
}

}  // namespace kiosk::log
