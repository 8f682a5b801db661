#include "platform/file_system.hpp"

#define WIN32_LEAN_AND_MEAN
#include <windows.h>

#include <algorithm>
#include <string>

namespace kiosk {
namespace {

HANDLE handle_of(void* h) {
    return h ? static_cast<HANDLE>(h) : INVALID_HANDLE_VALUE;
}

bool write_all(HANDLE file, std::string_view bytes) {
    size_t done = 0;
    while (done < bytes.size()) {
        DWORD chunk = static_cast<DWORD>(std::min<size_t>(bytes.size() - done, 1u << 30));
        DWORD written = 0;
        if (!WriteFile(file, bytes.data() + done, chunk, &written, nullptr) || written == 0)
            return false;
        done += written;
    }
    return true;
}

std::wstring wide(const char* text) {
    std::wstring out;
    while (*text) out.push_back(static_cast<wchar_t>(static_cast<unsigned char>(*text++)));
    return out;
}

}  // namespace

bool write_file_atomically(const std::filesystem::path& path, std::string_view bytes) {
    std::filesystem::path temporary = path;
    temporary += L".tmp" + std::to_wstring(GetCurrentProcessId());
    HANDLE file = CreateFileW(temporary.c_str(), GENERIC_WRITE, 0, nullptr, CREATE_ALWAYS,
                              FILE_ATTRIBUTE_NORMAL, nullptr);
    if (file == INVALID_HANDLE_VALUE) return false;
    // Flushed before the move, so that after a power cut the name points at whole contents.
    const bool written = write_all(file, bytes) && FlushFileBuffers(file);
    CloseHandle(file);
    if (!written || !replace_file(temporary, path)) {
        DeleteFileW(temporary.c_str());
        return false;
    }
    return true;
}

bool replace_file(const std::filesystem::path& from, const std::filesystem::path& to) {
    return MoveFileExW(from.c_str(), to.c_str(),
                       MOVEFILE_REPLACE_EXISTING | MOVEFILE_WRITE_THROUGH) != 0;
}

std::FILE* open_file(const std::filesystem::path& path, const char* mode) {
    return _wfopen(path.c_str(), wide(mode).c_str());
}

FileStamp file_stamp(const std::filesystem::path& path) {
    // Opening (not the name's own attributes) follows links to the file they point at.
    HANDLE file = CreateFileW(path.c_str(), FILE_READ_ATTRIBUTES,
                              FILE_SHARE_READ | FILE_SHARE_WRITE | FILE_SHARE_DELETE, nullptr,
                              OPEN_EXISTING, FILE_FLAG_BACKUP_SEMANTICS, nullptr);
    if (file == INVALID_HANDLE_VALUE) return {};
    BY_HANDLE_FILE_INFORMATION info{};
    const bool ok = GetFileInformationByHandle(file, &info) != 0;
    CloseHandle(file);
    if (!ok) return {};
    auto join = [](DWORD high, DWORD low) {
        return (static_cast<unsigned long long>(high) << 32) | low;
    };
    return {true, join(info.nFileSizeHigh, info.nFileSizeLow),
            join(info.ftLastWriteTime.dwHighDateTime, info.ftLastWriteTime.dwLowDateTime),
            join(info.nFileIndexHigh, info.nFileIndexLow)};
}

AppendFile::~AppendFile() {
    close();
}

bool AppendFile::open(const std::filesystem::path& path) {
    close();
    // FILE_APPEND_DATA without FILE_WRITE_DATA: every write goes to the end of the file, as
    // O_APPEND does; other processes (a report, a copy) may read it meanwhile.
    HANDLE file = CreateFileW(path.c_str(), FILE_APPEND_DATA | GENERIC_READ,
                              FILE_SHARE_READ | FILE_SHARE_WRITE | FILE_SHARE_DELETE, nullptr,
                              OPEN_ALWAYS, FILE_ATTRIBUTE_NORMAL, nullptr);
    if (file == INVALID_HANDLE_VALUE) return false;
    handle_ = file;
    path_ = path;
    return true;
}

void AppendFile::close() {
    if (handle_) CloseHandle(handle_of(handle_));
    handle_ = nullptr;
}

bool AppendFile::is_open() const {
    return handle_ != nullptr;
}

long long AppendFile::size() const {
    LARGE_INTEGER size{};
    return handle_ && GetFileSizeEx(handle_of(handle_), &size) ? size.QuadPart : -1;
}

char AppendFile::last_byte() const {
    const long long n = size();
    char last = '\n';
    if (n <= 0) return last;
    OVERLAPPED at{};
    at.Offset = static_cast<DWORD>(n - 1);
    at.OffsetHigh = static_cast<DWORD>((n - 1) >> 32);
    DWORD read = 0;
    if (!ReadFile(handle_of(handle_), &last, 1, &read, &at) || read != 1) last = '\n';
    return last;
}

long long AppendFile::append(std::string_view bytes) {
    if (!handle_) return -1;
    DWORD written = 0;
    if (!WriteFile(handle_of(handle_), bytes.data(), static_cast<DWORD>(bytes.size()), &written,
                   nullptr))
        return written > 0 ? static_cast<long long>(written) : -1;
    return static_cast<long long>(written);
}

bool AppendFile::truncate(long long size) {
    if (!handle_) return false;
    // The append-only handle cannot move the end of the file: a second, writing handle does.
    HANDLE writer = CreateFileW(path_.c_str(), GENERIC_WRITE,
                                FILE_SHARE_READ | FILE_SHARE_WRITE | FILE_SHARE_DELETE, nullptr,
                                OPEN_EXISTING, FILE_ATTRIBUTE_NORMAL, nullptr);
    if (writer == INVALID_HANDLE_VALUE) return false;
    LARGE_INTEGER end{};
    end.QuadPart = size;
    const bool ok = SetFilePointerEx(writer, end, nullptr, FILE_BEGIN) && SetEndOfFile(writer);
    CloseHandle(writer);
    return ok;
}

}  // namespace kiosk
