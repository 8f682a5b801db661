// What the kiosk asks of the operating system beyond files and windows: where its data and
// its installed content live, where fonts are, the local time of day, the command line as
// UTF-8, a console for --validate and --report, and the memory allocator's settings. One
// source per system: platform/linux/system.cpp, platform/mac/system.cpp,
// platform/win32/system.cpp.
#pragma once

#include <ctime>
#include <filesystem>
#include <string>
#include <vector>

namespace kiosk::os {

// The folder for events, screenshots and the log when --data-dir is not given:
//   Linux   $XDG_STATE_HOME/probiotic-kiosk, else ~/.local/state/probiotic-kiosk
//   Windows %LOCALAPPDATA%\probiotic-kiosk
//   macOS   ~/Library/Application Support/probiotic-kiosk
[[nodiscard]] std::filesystem::path default_data_folder();

// The user's home folder ($HOME; on Windows the profile folder), empty when the system does
// not say.
[[nodiscard]] std::filesystem::path home_folder();

// The running program's own file, empty when the system does not say.
[[nodiscard]] std::filesystem::path executable_path();

// Where an installed kiosk keeps its content, in the order to try, found from where the
// executable is: <prefix>/share/probiotic-kiosk/content on Linux, content\ beside the .exe
// on Windows, Contents/Resources/content inside the .app on macOS.
[[nodiscard]] std::vector<std::filesystem::path> installed_content_folders();

// Folders that hold font files, in the order to look (for systems without fontconfig); the
// folder "fonts" beside the executable comes first everywhere.
[[nodiscard]] std::vector<std::filesystem::path> font_folders();

// "14:05:09": the local time of day at `unix_ms` (platform/system.cpp), from the calendar
// time in the system's time zone (localtime_r, localtime_s).
[[nodiscard]] std::string local_time_of_day(long long unix_ms);
[[nodiscard]] std::tm local_calendar_time(long long unix_seconds);

// This computer's name on the network (gethostname; GetComputerNameW on Windows), the kiosk's
// name in its events unless --kiosk-id gives one; empty when the system does not say.
[[nodiscard]] std::string host_name();

// The command line's arguments after the program's name, as UTF-8.
[[nodiscard]] std::vector<std::string> arguments(int argc, char** argv);

// Lets a program without a console of its own (a Windows GUI program) print to the console
// it was started from, so --validate and --report answer there. Nothing elsewhere.
void use_parent_console();

// Settings of the memory allocator for a long-running kiosk (glibc: big picture buffers go back
// to the system when freed). Nothing where the system's allocator needs none.
void tune_memory();

}  // namespace kiosk::os
