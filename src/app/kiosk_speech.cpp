// Read aloud: the speaker starts beside the window (its engine may take a moment to find a
// sound device), the flow offers the aid once it can speak, and each turn of the loop hands
// what the screen now says (core/read_aloud.hpp) to the speaker.
#include "app/kiosk_app.hpp"
#include "platform/log.hpp"

namespace kiosk {

void KioskApp::start_speech() {
    speaker_ = std::make_unique<Speaker>(options_.speech_wav_file, &Window::wake);
}

void KioskApp::speak(const Moment& at) {
    if (!speaker_) return;
    flow_->offer_speech(speaker_->can_speak());
    if (!speech_logged_) {
        const std::string engine = speaker_->description();
        if (!engine.empty()) {
            log::line("read aloud: " + engine + (speaker_->can_speak() ? "" : ": not offered"));
            speech_logged_ = true;
        }
    }
    if (auto said = read_aloud_.next(*flow_, at.now)) speaker_->say(said->words, said->language);
}

}  // namespace kiosk
