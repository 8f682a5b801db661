// The kiosk's voice for read aloud: the system's own speech engine (platform/speech_engine.hpp:
// espeak-ng on Linux, SAPI on Windows, the system voice through `say` on macOS), on a thread of
// its own so that speaking never holds up a frame. Each say() cuts off what is being said.
// With a WAV file named, everything said goes into that file instead of the sound device
// (16-bit mono at the engine's rate, the file rewritten whole after each utterance), so that
// tests need no sound device.
#pragma once

#include <atomic>
#include <condition_variable>
#include <functional>
#include <memory>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

namespace kiosk {

class Speaker {
  public:
    // `wav_file` (UTF-8): empty to speak aloud. `wake` is called from the speaker's thread once
    // the engine has started or failed to, so that the frame loop looks at can_speak() again.
    Speaker(std::string wav_file, std::function<void()> wake);
    ~Speaker();
    Speaker(const Speaker&) = delete;
    Speaker& operator=(const Speaker&) = delete;

    // The engine has started and has somewhere to speak (a sound device, or the WAV file).
    // False until then, and for good when there is no engine, no voice or no sound device.
    [[nodiscard]] bool can_speak() const { return can_speak_; }
    // Says `words` in `language` (a code such as "en", "id", "de"), cutting off what is being
    // said; empty words: silence. Returns at once.
    void say(const std::string& words, const std::string& language);
    // What the engine is, or why there is none, for the log; empty until it has started.
    [[nodiscard]] std::string description() const;

  private:
    struct Request {
        std::string words, language;
    };
    void run();
    void write_wav();

    std::string wav_file_;
    std::function<void()> wake_;
    std::atomic<bool> can_speak_{false};
    std::atomic<bool> cut_off_{false};  // a newer request, or the end: stop the one being said
    mutable std::mutex mutex_;
    std::condition_variable asked_;
    std::vector<Request> waiting_;  // at most one: the newest request replaces an older one
    bool quitting_ = false;
    std::string description_;
    std::vector<short> samples_;  // everything said, in the WAV file mode
    int sample_rate_ = 0;
    std::thread thread_;
};

}  // namespace kiosk
