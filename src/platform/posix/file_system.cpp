#include "platform/file_system.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cstdio>
#include <string>
#include <system_error>

namespace kiosk {
namespace {

bool write_all(int fd, std::string_view bytes) {
    size_t done = 0;
    while (done < bytes.size()) {
        ssize_t n = ::write(fd, bytes.data() + done, bytes.size() - done);
        if (n <= 0) return false;
        done += static_cast<size_t>(n);
    }
    return true;
}

}  // namespace

bool write_file_atomically(const std::filesystem::path& path, std::string_view bytes) {
    const std::string temporary = path.string() + ".tmp" + std::to_string(getpid());
    int fd = ::open(temporary.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
    if (fd < 0) return false;
    const bool written = write_all(fd, bytes);
    ::close(fd);
    if (!written || !replace_file(temporary, path)) {
        ::unlink(temporary.c_str());
        return false;
    }
    return true;
}

bool replace_file(const std::filesystem::path& from, const std::filesystem::path& to) {
    return std::rename(from.c_str(), to.c_str()) == 0;
}

std::FILE* open_file(const std::filesystem::path& path, const char* mode) {
    return std::fopen(path.c_str(), mode);
}

FileStamp file_stamp(const std::filesystem::path& path) {
    struct stat st {};
    if (stat(path.c_str(), &st) != 0) return {};  // follows links: a re-pointed link shows
    std::error_code ec;
    const auto modified = std::filesystem::last_write_time(path, ec).time_since_epoch().count();
    return {true, static_cast<unsigned long long>(st.st_size),
            static_cast<unsigned long long>(modified), static_cast<unsigned long long>(st.st_ino)};
}

AppendFile::~AppendFile() {
    close();
}

bool AppendFile::open(const std::filesystem::path& path) {
    close();
    fd_ = ::open(path.c_str(), O_RDWR | O_CREAT | O_APPEND | O_CLOEXEC, 0644);
    return fd_ >= 0;
}

void AppendFile::close() {
    if (fd_ >= 0) ::close(fd_);
    fd_ = -1;
}

bool AppendFile::is_open() const {
    return fd_ >= 0;
}

long long AppendFile::size() const {
    struct stat st {};
    return fd_ >= 0 && fstat(fd_, &st) == 0 ? static_cast<long long>(st.st_size) : -1;
}

char AppendFile::last_byte() const {
    const long long n = size();
    char last = '\n';
    if (n > 0 && pread(fd_, &last, 1, static_cast<off_t>(n - 1)) != 1) last = '\n';
    return last;
}

long long AppendFile::append(std::string_view bytes) {
    if (fd_ < 0) return -1;
    return static_cast<long long>(::write(fd_, bytes.data(), bytes.size()));
}

bool AppendFile::truncate(long long size) {
    return fd_ >= 0 && ::ftruncate(fd_, static_cast<off_t>(size)) == 0;
}

}  // namespace kiosk
