// A system without a speech engine the kiosk knows: read aloud is not offered.
#include "platform/speech_engine.hpp"

namespace kiosk {
namespace {

class NoSpeech final : public SpeechEngine {
  public:
    bool start(bool) override { return false; }
    int sample_rate() const override { return 0; }
    void speak(const std::string&, const std::string&, const SampleSink&) override {}
    void silence() override {}
    std::string description() const override { return "no speech engine in this build"; }
};

}  // namespace

std::unique_ptr<SpeechEngine> make_speech_engine() {
    return std::make_unique<NoSpeech>();
}

}  // namespace kiosk
