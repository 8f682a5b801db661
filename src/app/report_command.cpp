#include "app/report_command.hpp"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <fstream>

#include "core/content_loader.hpp"
#include "core/path_text.hpp"
#include "core/report.hpp"
#include "core/report_html.hpp"
#include "platform/file_system.hpp"
#include "platform/system.hpp"

namespace kiosk {
namespace {

namespace fs = std::filesystem;

// The events of one data folder, the rotated older file first; false when it has none.
bool read_events(const fs::path& folder, std::vector<std::string>& lines) {
    int files = 0;
    for (const char* name : {"events.1.jsonl", "events.jsonl"}) {
        std::ifstream in(folder / name, std::ios::binary);
        if (!in) continue;
        ++files;
        for (std::string line; std::getline(in, line);) lines.push_back(line);
    }
    return files > 0;
}

std::string folder_name(const fs::path& folder) {
    const fs::path whole = folder.lexically_normal();
    const fs::path name = whole.has_filename() ? whole.filename() : whole.parent_path().filename();
    return utf8_of(name.empty() ? whole : name);
}

// A data folder, or a folder of them (one per kiosk, as scripts/collect-events.sh leaves
// them): its sources, added to `sources`; false when there are no events in it at all.
bool add_folder(const fs::path& folder, std::vector<EventSource>& sources) {
    EventSource own{folder_name(folder), {}};
    if (read_events(folder, own.lines)) {
        sources.push_back(std::move(own));
        return true;
    }
    std::error_code error;
    std::vector<fs::path> kiosks;
    for (const auto& entry : fs::directory_iterator(folder, error))
        if (entry.is_directory(error)) kiosks.push_back(entry.path());
    std::sort(kiosks.begin(), kiosks.end());
    bool found = false;
    for (const fs::path& kiosk : kiosks) {
        EventSource source{folder_name(kiosk), {}};
        if (!read_events(kiosk, source.lines)) continue;
        sources.push_back(std::move(source));
        found = true;
    }
    return found;
}

ReportBy report_by(const std::string& word) {
    if (word == "kiosk") return ReportBy::kiosk;
    if (word == "day") return ReportBy::day;
    if (word == "hour") return ReportBy::hour;
    return ReportBy::total;
}

std::string utc_now() {
    using namespace std::chrono;
    const auto now = floor<minutes>(system_clock::now());
    const auto day = floor<days>(now);
    const year_month_day ymd(day);
    const hh_mm_ss<minutes> time(now - day);
    char out[40];
    std::snprintf(out, sizeof out, "%04d-%02u-%02u %02ld:%02ld UTC", static_cast<int>(ymd.year()),
                  static_cast<unsigned>(ymd.month()), static_cast<unsigned>(ymd.day()),
                  static_cast<long>(time.hours().count()),
                  static_cast<long>(time.minutes().count()));
    return out;
}

// The page's colours and names from the content folder, as the kiosk reads it; the default
// colours and the bare ids when there is no content that loads.
ReportPage page_of(const Folders& folders) {
    ReportPage page;
    page.made = utc_now();
    if (!folders.error.empty()) return page;
    const ContentLoad load = load_content(folders.content);
    if (!load.content) return page;
    page.theme = load.content->kiosk.theme;
    page.names = report_names(*load.content);
    page.brand = load.content->kiosk.brand.name;
    return page;
}

int write_html(const Options& options, const Folders& folders, const FleetReport& report) {
    const std::string page = report_as_html(report, page_of(folders));
    const fs::path out = path_from_utf8(options.report_output);
    if (!write_file_atomically(out, page)) {
        std::fprintf(stderr, "probiotic-kiosk: cannot write %s\n", options.report_output.c_str());
        return 1;
    }
    std::printf("probiotic-kiosk: report of %d session(s) at %d kiosk(s) written to %s\n",
                report.total.sessions, static_cast<int>(report.total.sessions_by_kiosk.size()),
                options.report_output.c_str());
    return 0;
}

}  // namespace

int run_report_command(const Options& options, const Folders& folders) {
    std::vector<EventSource> sources;
    if (options.report_folders.empty()) {
        EventSource own{options.kiosk_id.empty() ? os::host_name() : options.kiosk_id, {}};
        if (!read_events(folders.data, own.lines)) {
            std::fprintf(stderr, "probiotic-kiosk: no events file in %s\n",
                         utf8_of(folders.data).c_str());
            return 1;
        }
        sources.push_back(std::move(own));
    }
    for (const std::string& folder : options.report_folders)
        if (!add_folder(path_from_utf8(folder), sources)) {
            std::fprintf(stderr, "probiotic-kiosk: no events file in %s, nor in its folders\n",
                         folder.c_str());
            return 1;
        }
    ReportBy by = report_by(options.report_by);
    if (options.report_format == "html" && by == ReportBy::total) by = ReportBy::kiosk;
    const FleetReport report = summarise_fleet(sources, {options.since, options.include_demo}, by);
    if (report.total.skipped_lines)
        std::fprintf(stderr, "probiotic-kiosk: skipped %d damaged line(s)\n",
                     report.total.skipped_lines);
    if (options.report_format == "html") return write_html(options, folders, report);
    std::string out = options.report_format == "json"  ? report_as_json(report)
                      : options.report_format == "csv" ? report_as_csv(report)
                                                       : report_as_text(report);
    std::fwrite(out.data(), 1, out.size(), stdout);
    return 0;
}

}  // namespace kiosk
