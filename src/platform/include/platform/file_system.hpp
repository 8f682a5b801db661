// Files as the kiosk writes them, the same on every system: a file replaced so that a reader
// sees the old or the new whole file, never half of one; a file appended to one whole line at a
// time; and C files opened by any path (UTF-8 names included). One source per system:
// platform/posix/file_system.cpp, platform/win32/file_system.cpp.
#pragma once

#include <cstdio>
#include <filesystem>
#include <string_view>

namespace kiosk {

// Writes to a temporary file beside `path`, flushes it, then moves it over `path` in one step.
bool write_file_atomically(const std::filesystem::path& path, std::string_view bytes);

// Moves `from` over `to`, replacing `to` if it exists (what POSIX rename does; on Windows,
// MoveFileExW with replace-existing and write-through).
bool replace_file(const std::filesystem::path& from, const std::filesystem::path& to);

// std::fopen for a path of any name (on Windows, _wfopen). Null when it cannot be opened.
[[nodiscard]] std::FILE* open_file(const std::filesystem::path& path, const char* mode);

// What tells one version of a file from another without reading it, following links: size,
// modification time and the file's identity on its disk (inode, file index).
struct FileStamp {
    bool exists = false;
    unsigned long long size = 0;
    unsigned long long modified = 0;  // in the system's own ticks
    unsigned long long id = 0;
};
[[nodiscard]] FileStamp file_stamp(const std::filesystem::path& path);

// A file opened for appending: every write goes to the end, in one system call, so that a
// process cut off mid-write leaves at most one torn last line.
class AppendFile {
  public:
    AppendFile() = default;
    ~AppendFile();
    AppendFile(const AppendFile&) = delete;
    AppendFile& operator=(const AppendFile&) = delete;

    // Opens (creating) the file; false when it cannot be written.
    bool open(const std::filesystem::path& path);
    void close();
    [[nodiscard]] bool is_open() const;
    // The file's size now, -1 when not open.
    [[nodiscard]] long long size() const;
    // The file's last byte, or '\n' when it is empty or cannot be read.
    [[nodiscard]] char last_byte() const;
    // Appends the bytes; returns how many were written (fewer when the disk is full), -1 on error.
    long long append(std::string_view bytes);
    // Cuts the file back to `size` bytes (to drop a torn last line before the next append).
    bool truncate(long long size);

  private:
#ifdef _WIN32
    void* handle_ = nullptr;  // HANDLE, INVALID_HANDLE_VALUE kept as null
    std::filesystem::path path_;
#else
    int fd_ = -1;
#endif
};

}  // namespace kiosk
