// The events file (platform/event_log.hpp) when the disk fills up and frees again: no event is
// glued to a fragment, the ones that could not be written wait and are written later, in order,
// the oldest dropped first when too many wait, and the drop is counted in the file.
#include "platform/event_log.hpp"

#include <doctest/doctest.h>

#include <chrono>
#include <fstream>
#include <iterator>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>
#include <vector>

#ifndef _WIN32
#include <sys/resource.h>

#include <csignal>
#endif

#include "scratch_folder.hpp"

namespace fs = std::filesystem;

namespace {

struct ScratchFolder : kiosk::testing::ScratchFolder {
    ScratchFolder() : kiosk::testing::ScratchFolder("kiosk-events-") {}
};

std::vector<std::string> lines_of(const fs::path& file) {
    std::ifstream in(file, std::ios::binary);
    std::vector<std::string> out;
    for (std::string line; std::getline(in, line);) out.push_back(line);
    return out;
}

kiosk::Event numbered(int n) {
    std::string slide = "s";
    slide.append(std::to_string(n));  // not "s" + ...: GCC 12 warns falsely (-Wrestrict) on it
    return kiosk::Event{"slide_viewed", {{"slide", slide}}, {}};
}

#ifndef _WIN32
// A disk that is full once the file reaches `bytes`: the process's file size limit, which makes
// a write past it stop short (or fail) as ENOSPC does.
struct FullDiskAt {
    rlimit before{};
    explicit FullDiskAt(rlim_t bytes) {
        std::signal(SIGXFSZ, SIG_IGN);
        getrlimit(RLIMIT_FSIZE, &before);
        rlimit limit = before;
        limit.rlim_cur = bytes;
        setrlimit(RLIMIT_FSIZE, &limit);
    }
    ~FullDiskAt() { setrlimit(RLIMIT_FSIZE, &before); }
};
#endif

}  // namespace

TEST_CASE("event_log: events are appended as whole lines, after what the file held") {
    ScratchFolder scratch;
    const fs::path file = scratch.path / "events.jsonl";
    { std::ofstream(file, std::ios::binary) << "{\"type\":\"old\"}\n{\"type\":\"torn"; }
    std::vector<std::string> said;
    {
        kiosk::EventLog log(file, kiosk::EventOrigin::shop,
                            [&](const std::string& s) { said.push_back(s); });
        log.write(numbered(1), 1700000000000LL);
        log.write(numbered(2), 1700000000001LL);
        CHECK(log.waiting() == 0);
    }
    const auto lines = lines_of(file);
    REQUIRE(lines.size() == 4);
    CHECK(lines[0] == "{\"type\":\"old\"}");
    CHECK(lines[1] == "{\"type\":\"torn");  // ended, never glued to the next event
    CHECK(nlohmann::json::parse(lines[2])["slide"] == "s1");
    CHECK(nlohmann::json::parse(lines[3])["slide"] == "s2");
    CHECK(said.empty());
}

#ifndef _WIN32
TEST_CASE("event_log: a full disk cuts no line, keeps the events, and writes them when it frees") {
    ScratchFolder scratch;
    const fs::path file = scratch.path / "events.jsonl";
    std::vector<std::string> said;
    kiosk::EventLog log(
        file, kiosk::EventOrigin::shop, [&](const std::string& s) { said.push_back(s); },
        32LL * 1024 * 1024, 3);
    log.write(numbered(0), 1700000000000LL);
    const auto first_size = fs::file_size(file);
    {
        FullDiskAt full(first_size + 30);  // room for part of one more line only
        for (int n = 1; n <= 5; ++n) log.write(numbered(n), 1700000000000LL + n);
        // The file ends with its last whole line: the short write was cut off again.
        CHECK(fs::file_size(file) == first_size);
        CHECK(log.waiting() == 3);  // 1 and 2 dropped, 3, 4 and 5 wait
        CHECK(log.dropped() == 2);
        REQUIRE(said.size() == 1);
        CHECK(said[0].find("cannot write") != std::string::npos);
    }
    log.write(numbered(6), 1700000000006LL);  // room again
    CHECK(log.waiting() == 0);
    REQUIRE(said.size() == 2);
    CHECK(said[1].find("written again") != std::string::npos);

    const auto lines = lines_of(file);
    std::vector<std::string> order;
    long long dropped = -1;
    for (const std::string& line : lines) {
        const auto e = nlohmann::json::parse(line);  // every line whole
        if (e["type"] == "events_dropped") dropped = e["count"].get<long long>();
        if (e["type"] == "slide_viewed") order.push_back(e["slide"].get<std::string>());
    }
    CHECK(order == std::vector<std::string>{"s0", "s3", "s4", "s5", "s6"});
    CHECK(dropped == 2);
}
#else
TEST_CASE("event_log: a full disk (checked where a file size limit can stand in for one)") {
    MESSAGE(
        "Windows has no per-process file size limit to fill a disk with; the full-disk "
        "check runs on Linux (unit) and on a small tmpfs (e2e_full_disk)");
}
#endif
