#include "core/picture_decoding.hpp"

#include <algorithm>
#include <atomic>
#include <exception>
#include <map>
#include <system_error>
#include <thread>

#include "core/content_file.hpp"
#include "core/path_text.hpp"

namespace kiosk {
namespace {

// The check's answer; an exception (out of memory) is an answer too, never the end of a thread.
std::optional<std::string> checked(const PictureCheck& check, const std::filesystem::path& file) {
    try {
        return check(file);
    } catch (const std::exception& e) {
        return std::string("cannot be decoded (") + e.what() + ")";
    }
}

// Runs `work` on `count` threads, this one included; fewer when no more threads can be started.
template <typename Work>
void run_on_threads(const Work& work, unsigned count) {
    std::vector<std::thread> others;
    for (unsigned i = 1; i < count; ++i) {
        try {
            others.emplace_back(work);
        } catch (const std::system_error&) {
            break;
        }
    }
    work();
    for (std::thread& t : others) t.join();
}

}  // namespace

unsigned picture_workers(unsigned asked, unsigned cores, std::size_t pictures) {
    const unsigned usable = std::max(1u, cores);
    const unsigned wanted = asked == 0 ? usable : std::min(asked, usable);
    const std::size_t bounded = std::min<std::size_t>(wanted, pictures);
    return static_cast<unsigned>(std::max<std::size_t>(1, bounded));
}

void decode_pictures(const std::vector<PictureUse>& uses, const std::filesystem::path& assets,
                     const PictureCheck& check, unsigned workers) {
    if (!check || uses.empty()) return;
    std::map<std::string, std::size_t, std::less<>> index;  // picture -> its place in `pictures`
    std::vector<std::string> pictures;                      // each once, in the order first used
    for (const PictureUse& use : uses)
        if (index.try_emplace(use.image, pictures.size()).second) pictures.push_back(use.image);

    std::vector<std::optional<std::string>> problems(pictures.size());
    std::atomic<std::size_t> next{0};
    const auto work = [&] {
        for (std::size_t i = next++; i < pictures.size(); i = next++)
            problems[i] = checked(check, assets / path_from_utf8(pictures[i]));
    };
    run_on_threads(work,
                   picture_workers(workers, std::thread::hardware_concurrency(), pictures.size()));

    for (const PictureUse& use : uses)
        if (const auto& problem = problems[index.find(use.image)->second])
            use.file->error(use.pointer, "image '" + use.image + "': " + *problem);
}

}  // namespace kiosk
