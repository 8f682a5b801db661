// One system's speech engine, used by the speaker (platform/speech.hpp) from its own thread
// only: platform/espeak/speech_engine.cpp (espeak-ng, Linux), platform/win32/speech_engine.cpp
// (SAPI), platform/mac/speech_engine.cpp (`say`), platform/fallback/speech_engine.cpp (none:
// read aloud is not offered).
#pragma once

#include <functional>
#include <memory>
#include <string>

namespace kiosk {

// Samples as the engine makes them (16-bit mono at sample_rate()); returns false to cut the
// utterance off.
using SampleSink = std::function<bool(const short* samples, int count)>;

class SpeechEngine {
  public:
    virtual ~SpeechEngine() = default;
    // Starts the engine, to speak on the sound device (`aloud`) or into samples. False when there
    // is no engine, no voice, or (aloud) no sound device; description() then says why.
    virtual bool start(bool aloud) = 0;
    [[nodiscard]] virtual int sample_rate() const = 0;
    // Says `words` (UTF-8) in `language`, cutting off what is being said. Aloud: starts and
    // returns. Into samples: hands them to `sink` as they come, and returns when done.
    virtual void speak(const std::string& words, const std::string& language,
                       const SampleSink& sink) = 0;
    // Stops what is being said.
    virtual void silence() = 0;
    [[nodiscard]] virtual std::string description() const = 0;
};

// This system's engine.
[[nodiscard]] std::unique_ptr<SpeechEngine> make_speech_engine();

}  // namespace kiosk
