#include "platform/speech.hpp"

#include <cstdint>

#include "core/path_text.hpp"
#include "platform/file_system.hpp"
#include "platform/speech_engine.hpp"

namespace kiosk {
namespace {

void put(std::string& out, std::uint32_t value, int bytes) {
    for (int i = 0; i < bytes; ++i) out.push_back(static_cast<char>((value >> (8 * i)) & 0xFF));
}

// A RIFF WAVE file of 16-bit mono PCM.
std::string wav_bytes(const std::vector<short>& samples, int rate) {
    const auto data = static_cast<std::uint32_t>(samples.size() * 2);
    std::string out = "RIFF";
    put(out, 36 + data, 4);
    out += "WAVEfmt ";
    put(out, 16, 4);
    put(out, 1, 2);  // PCM
    put(out, 1, 2);  // mono
    put(out, static_cast<std::uint32_t>(rate), 4);
    put(out, static_cast<std::uint32_t>(rate) * 2, 4);
    put(out, 2, 2);
    put(out, 16, 2);
    out += "data";
    put(out, data, 4);
    for (short s : samples) put(out, static_cast<std::uint16_t>(s), 2);
    return out;
}

}  // namespace

Speaker::Speaker(std::string wav_file, std::function<void()> wake)
    : wav_file_(std::move(wav_file)), wake_(std::move(wake)) {
    thread_ = std::thread([this] { run(); });
}

Speaker::~Speaker() {
    {
        std::lock_guard lock(mutex_);
        quitting_ = true;
    }
    cut_off_ = true;
    asked_.notify_one();
    thread_.join();
}

void Speaker::say(const std::string& words, const std::string& language) {
    if (!can_speak_) return;
    {
        std::lock_guard lock(mutex_);
        waiting_.assign(1, Request{words, language});
    }
    cut_off_ = true;
    asked_.notify_one();
}

std::string Speaker::description() const {
    std::lock_guard lock(mutex_);
    return description_;
}

void Speaker::run() {
    std::unique_ptr<SpeechEngine> engine = make_speech_engine();
    const bool aloud = wav_file_.empty();
    const bool started = engine->start(aloud);
    sample_rate_ = engine->sample_rate();
    can_speak_ = started;
    {
        std::lock_guard lock(mutex_);
        description_ = engine->description();
    }
    if (wake_) wake_();
    if (!started) return;
    for (;;) {
        Request r;
        {
            std::unique_lock lock(mutex_);
            asked_.wait(lock, [&] { return quitting_ || !waiting_.empty(); });
            if (quitting_) break;
            r = std::move(waiting_.front());
            waiting_.clear();
            cut_off_ = false;
        }
        if (r.words.empty()) {
            engine->silence();
            continue;
        }
        engine->speak(r.words, r.language, [this](const short* samples, int count) {
            samples_.insert(samples_.end(), samples, samples + count);
            return !cut_off_;
        });
        if (!aloud) write_wav();
    }
    engine->silence();
}

void Speaker::write_wav() {
    (void)write_file_atomically(path_from_utf8(wav_file_), wav_bytes(samples_, sample_rate_));
}

}  // namespace kiosk
