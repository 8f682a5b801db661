// espeak-ng (Debian's libespeak-ng1 and espeak-ng-data): aloud through its own asynchronous
// playback on the sound device, or synchronously into samples through its synth callback.
#include "platform/speech_engine.hpp"

#include <espeak-ng/espeak_ng.h>
#include <unistd.h>

#include <cstdlib>
#include <filesystem>

namespace kiosk {
namespace {

std::string message(espeak_ng_STATUS status) {
    char text[256] = {};
    espeak_ng_GetStatusCodeMessage(status, text, sizeof text);
    return text;
}

// Somewhere to play sound: a PulseAudio (or PipeWire) server, or an ALSA playback device this
// user may open. espeak-ng's output starts without one and fails only when it plays (ALSA
// then fills stderr), so the kiosk looks first.
bool sound_device_present() {
    if (std::getenv("PULSE_SERVER")) return true;
    namespace fs = std::filesystem;
    std::error_code ec;
    if (const char* runtime = std::getenv("XDG_RUNTIME_DIR");
        runtime && fs::exists(fs::path(runtime) / "pulse" / "native", ec))
        return true;
    for (const fs::directory_entry& e : fs::directory_iterator("/dev/snd", ec)) {
        const std::string name = e.path().filename().string();
        if (name.starts_with("pcmC") && name.ends_with("p") &&
            access(e.path().c_str(), R_OK | W_OK) == 0)
            return true;
    }
    return false;
}

// The synth callback of the samples mode: the sink rides along as the utterance's user data.
int collect(short* samples, int count, espeak_EVENT* events) {
    if (!samples || !events || !events->user_data) return 0;
    const auto& sink = *static_cast<const SampleSink*>(events->user_data);
    return sink(samples, count) ? 0 : 1;
}

class Espeak final : public SpeechEngine {
  public:
    ~Espeak() override {
        if (started_) espeak_ng_Terminate();
    }

    bool start(bool aloud) override {
        espeak_ng_InitializePath(nullptr);
        espeak_ng_ERROR_CONTEXT context = nullptr;
        const espeak_ng_STATUS status = espeak_ng_Initialize(&context);
        espeak_ng_ClearErrorContext(&context);
        if (status != ENS_OK) {
            description_ = "espeak-ng: " + message(status);
            return false;
        }
        started_ = true;
        if (aloud && !sound_device_present()) {
            description_ =
                "espeak-ng: no sound device (no PulseAudio or PipeWire server, no ALSA "
                "playback device this user may open)";
            return false;
        }
        const espeak_ng_STATUS output = espeak_ng_InitializeOutput(
            aloud ? ENOUTPUT_MODE_SPEAK_AUDIO : ENOUTPUT_MODE_SYNCHRONOUS, 0, nullptr);
        if (output != ENS_OK) {
            description_ =
                std::string("espeak-ng: ") + (aloud ? "no sound device: " : "") + message(output);
            return false;
        }
        if (!aloud) espeak_SetSynthCallback(&collect);
        description_ = std::string("espeak-ng ") + (aloud ? "on the sound device" : "into samples");
        return true;
    }

    int sample_rate() const override { return started_ ? espeak_ng_GetSampleRate() : 0; }

    void speak(const std::string& words, const std::string& language,
               const SampleSink& sink) override {
        espeak_ng_Cancel();
        if (language != voice_ && espeak_ng_SetVoiceByName(language.c_str()) == ENS_OK)
            voice_ = language;
        // The sink is only called before Synthesize returns (samples mode), so a pointer to the
        // caller's is enough.
        (void)espeak_ng_Synthesize(words.c_str(), words.size() + 1, 0, POS_CHARACTER, 0,
                                   espeakCHARS_UTF8, nullptr, const_cast<SampleSink*>(&sink));
    }

    void silence() override {
        if (started_) espeak_ng_Cancel();
    }

    std::string description() const override { return description_; }

  private:
    bool started_ = false;
    std::string voice_;
    std::string description_;
};

}  // namespace

std::unique_ptr<SpeechEngine> make_speech_engine() {
    return std::make_unique<Espeak>();
}

}  // namespace kiosk
