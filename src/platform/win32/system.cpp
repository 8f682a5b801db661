#include "platform/system.hpp"

#define WIN32_LEAN_AND_MEAN
#include <windows.h>
// after windows.h
#include <shellapi.h>
#include <shlobj.h>

#include <cstdio>
#include <ctime>

namespace kiosk::os {
namespace fs = std::filesystem;

namespace {

std::string utf8(const wchar_t* text) {
    const int n = WideCharToMultiByte(CP_UTF8, 0, text, -1, nullptr, 0, nullptr, nullptr);
    if (n <= 1) return {};
    std::string out(static_cast<size_t>(n), '\0');
    WideCharToMultiByte(CP_UTF8, 0, text, -1, out.data(), n, nullptr, nullptr);
    out.pop_back();  // the terminating zero
    return out;
}

fs::path known_folder(REFKNOWNFOLDERID id) {
    PWSTR folder = nullptr;
    fs::path out;
    if (SHGetKnownFolderPath(id, 0, nullptr, &folder) == S_OK) out = folder;
    CoTaskMemFree(folder);
    return out;
}

fs::path local_app_data() {
    return known_folder(FOLDERID_LocalAppData);
}

bool valid(DWORD which) {
    HANDLE h = GetStdHandle(which);
    return h && h != INVALID_HANDLE_VALUE;
}

}  // namespace

fs::path default_data_folder() {
    fs::path base = local_app_data();
    return (base.empty() ? fs::temp_directory_path() : base) / "probiotic-kiosk";
}

std::string host_name() {
    wchar_t name[MAX_COMPUTERNAME_LENGTH + 1] = {};
    DWORD size = MAX_COMPUTERNAME_LENGTH + 1;
    if (!GetComputerNameW(name, &size)) return {};
    return utf8(name);
}

fs::path home_folder() {
    return known_folder(FOLDERID_Profile);
}

fs::path executable_path() {
    std::wstring path(MAX_PATH, L'\0');
    for (;;) {
        const DWORD n = GetModuleFileNameW(nullptr, path.data(), static_cast<DWORD>(path.size()));
        if (n == 0) return {};
        if (n < path.size()) return fs::path(path.substr(0, n));
        path.resize(path.size() * 2);
    }
}

// The zip unpacks to a folder holding probiotic-kiosk.exe, content\ and assets\.
std::vector<fs::path> installed_content_folders() {
    const fs::path exe = executable_path();
    if (exe.empty()) return {};
    return {exe.parent_path() / "content"};
}

std::vector<fs::path> font_folders() {
    std::vector<fs::path> folders;
    if (fs::path exe = executable_path(); !exe.empty())
        folders.push_back(exe.parent_path() / "fonts");
    wchar_t windows[MAX_PATH] = {};
    if (UINT n = GetWindowsDirectoryW(windows, MAX_PATH); n > 0 && n < MAX_PATH)
        folders.push_back(fs::path(windows) / "Fonts");
    if (fs::path user = local_app_data(); !user.empty())
        folders.push_back(user / "Microsoft/Windows/Fonts");  // fonts installed for one user
    return folders;
}

std::tm local_calendar_time(long long unix_seconds) {
    const std::time_t t = static_cast<std::time_t>(unix_seconds);
    std::tm local{};
    localtime_s(&local, &t);
    return local;
}

// The wide command line, so that a folder named "Crème" arrives whole whatever the code page.
std::vector<std::string> arguments(int, char**) {
    int count = 0;
    wchar_t** wide = CommandLineToArgvW(GetCommandLineW(), &count);
    std::vector<std::string> out;
    for (int i = 1; wide && i < count; ++i) out.push_back(utf8(wide[i]));
    LocalFree(wide);
    return out;
}

// The kiosk is a GUI program (no console window pops up on a shop PC). Started from a console,
// it prints there, unless its output already goes to a file or a pipe.
void use_parent_console() {
    if (valid(STD_OUTPUT_HANDLE) && valid(STD_ERROR_HANDLE)) return;
    if (!AttachConsole(ATTACH_PARENT_PROCESS)) return;
    if (!valid(STD_OUTPUT_HANDLE)) (void)std::freopen("CONOUT$", "w", stdout);
    if (!valid(STD_ERROR_HANDLE)) (void)std::freopen("CONOUT$", "w", stderr);
}

void tune_memory() {}  // the Windows heap returns big blocks by itself

}  // namespace kiosk::os
