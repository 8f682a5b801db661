#include "app/report_command.hpp"

#include <cstdio>
#include <fstream>

#include "core/path_text.hpp"
#include "core/report.hpp"

namespace kiosk {

int run_report_command(const Options& options, const Folders& folders) {
    std::vector<std::string> lines;
    int files = 0;
    // The rotated older file first, then the current one.
    for (const char* name : {"events.1.jsonl", "events.jsonl"}) {
        std::ifstream in(folders.data / name, std::ios::binary);
        if (!in) continue;
        ++files;
        for (std::string line; std::getline(in, line);) lines.push_back(line);
    }
    if (files == 0) {
        std::fprintf(stderr, "probiotic-kiosk: no events file in %s\n",
                     utf8_of(folders.data).c_str());
        return 1;
    }
    Report report = summarise_events(lines, {options.since, options.include_demo});
    std::string out = options.report_format == "json"  ? report_as_json(report)
                      : options.report_format == "csv" ? report_as_csv(report)
                                                       : report_as_text(report);
    std::fwrite(out.data(), 1, out.size(), stdout);
    if (report.skipped_lines)
        std::fprintf(stderr, "probiotic-kiosk: skipped %d damaged line(s)\n", report.skipped_lines);
    return 0;
}

}  // namespace kiosk
