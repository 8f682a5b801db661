#include "core/fingerprint.hpp"

#include <cstdint>
#include <cstdio>
#include <fstream>

#include "core/path_text.hpp"

namespace kiosk {

std::string fingerprint(const std::vector<std::filesystem::path>& files) {
    std::uint64_t hash = 14695981039346656037ull;
    auto add = [&](unsigned char byte) {
        hash ^= byte;
        hash *= 1099511628211ull;
    };
    for (const auto& file : files) {
        for (char ch : utf8_of(file.filename())) add(static_cast<unsigned char>(ch));
        std::ifstream in(file, std::ios::binary);
        char buffer[8192];
        while (in.read(buffer, sizeof buffer) || in.gcount() > 0) {
            for (std::streamsize i = 0; i < in.gcount(); ++i)
                add(static_cast<unsigned char>(buffer[i]));
            if (!in) break;
        }
    }
    char out[17];
    std::snprintf(out, sizeof out, "%016llx", static_cast<unsigned long long>(hash));
    return out;
}

}  // namespace kiosk
