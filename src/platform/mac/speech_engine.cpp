// macOS: the system voice through /usr/bin/say, one child process per utterance, ended when the
// next one comes. Aloud only: the WAV file mode is not offered here.
#include "platform/speech_engine.hpp"

#include <signal.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <vector>

extern char** environ;

namespace kiosk {
namespace {

constexpr const char* say_program = "/usr/bin/say";

// A voice macOS ships for the language; empty: the system's default voice.
std::string voice_for(const std::string& language) {
    if (language == "en") return "Samantha";
    if (language == "id") return "Damayanti";
    if (language == "de") return "Anna";
    return {};
}

class Say final : public SpeechEngine {
  public:
    ~Say() override { silence(); }

    bool start(bool aloud) override {
        if (!aloud) {
            description_ = "say: speech into a WAV file is not offered on macOS";
            return false;
        }
        if (access(say_program, X_OK) != 0) {
            description_ = "no /usr/bin/say";
            return false;
        }
        description_ = "the system voice through /usr/bin/say";
        return true;
    }

    int sample_rate() const override { return 0; }

    void speak(const std::string& words, const std::string& language, const SampleSink&) override {
        silence();
        std::vector<std::string> args{"say"};
        if (const std::string voice = voice_for(language); !voice.empty()) {
            args.push_back("-v");
            args.push_back(voice);
        }
        // Words that begin with a dash are not taken for an option.
        args.push_back(words.starts_with('-') ? " " + words : words);
        std::vector<char*> argv;
        for (std::string& a : args) argv.push_back(a.data());
        argv.push_back(nullptr);
        pid_t pid = 0;
        if (posix_spawn(&pid, say_program, nullptr, nullptr, argv.data(), environ) == 0)
            child_ = pid;
    }

    void silence() override {
        if (child_ <= 0) return;
        kill(child_, SIGTERM);
        waitpid(child_, nullptr, 0);
        child_ = 0;
    }

    std::string description() const override { return description_; }

  private:
    pid_t child_ = 0;
    std::string description_;
};

}  // namespace

std::unique_ptr<SpeechEngine> make_speech_engine() {
    return std::make_unique<Say>();
}

}  // namespace kiosk
