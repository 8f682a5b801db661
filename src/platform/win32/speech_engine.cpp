// SAPI 5 (ISpVoice through COM): a voice installed for the shopper's language (else the default
// one), speaking on the sound device asynchronously, or into samples through a stream in memory.
// With no voice installed, or one that makes no sound, read aloud is not offered.
#include <windows.h>
// Windows' headers first: sapi.h needs their types.
#include <objidl.h>
#include <sapi.h>

#include <vector>

#include "platform/speech_engine.hpp"

namespace kiosk {
namespace {

// SPDFID_WaveFormatEx (sapi.h's sphelper side, not in MinGW's libsapi.a).
const GUID wave_format_ex = {
    0xC31ADBAE, 0x527F, 0x4ff5, {0xA2, 0x30, 0xF6, 0x2B, 0xB6, 0x1F, 0xF7, 0x0C}};
constexpr int samples_rate = 22050;

std::wstring wide(const std::string& utf8) {
    if (utf8.empty()) return {};
    const int n =
        MultiByteToWideChar(CP_UTF8, 0, utf8.data(), static_cast<int>(utf8.size()), nullptr, 0);
    std::wstring out(static_cast<size_t>(n), L'\0');
    MultiByteToWideChar(CP_UTF8, 0, utf8.data(), static_cast<int>(utf8.size()), out.data(), n);
    return out;
}

// The Language attribute of SAPI's voice tokens: the language's LCID in hex.
std::wstring language_attribute(const std::string& language) {
    if (language == "en") return L"Language=409";
    if (language == "id") return L"Language=421";
    if (language == "de") return L"Language=407";
    return {};
}

template <typename T>
void release(T*& p) {
    if (p) p->Release();
    p = nullptr;
}

// The voices installed, with `attributes` ("Language=409"; empty for all).
IEnumSpObjectTokens* voices(const std::wstring& attributes) {
    ISpObjectTokenCategory* category = nullptr;
    if (FAILED(CoCreateInstance(CLSID_SpObjectTokenCategory, nullptr, CLSCTX_ALL,
                                IID_ISpObjectTokenCategory, reinterpret_cast<void**>(&category))))
        return nullptr;
    IEnumSpObjectTokens* found = nullptr;
    if (FAILED(category->SetId(SPCAT_VOICES, FALSE)) ||
        FAILED(category->EnumTokens(attributes.empty() ? nullptr : attributes.c_str(), nullptr,
                                    &found)))
        found = nullptr;
    release(category);
    return found;
}

class Sapi final : public SpeechEngine {
  public:
    ~Sapi() override {
        silence();
        release(voice_);
        if (com_) CoUninitialize();
    }

    bool start(bool aloud) override {
        com_ = SUCCEEDED(CoInitializeEx(nullptr, COINIT_MULTITHREADED));
        if (!com_) return fail("SAPI: COM did not start");
        IEnumSpObjectTokens* all = voices(L"");
        ULONG count = 0;
        if (all) all->GetCount(&count);
        release(all);
        if (count == 0) return fail("SAPI: no voice installed");
        if (FAILED(CoCreateInstance(CLSID_SpVoice, nullptr, CLSCTX_ALL, IID_ISpVoice,
                                    reinterpret_cast<void**>(&voice_))))
            return fail("SAPI: no voice object");
        // A voice that is there in name only (Wine's) says nothing into a stream either.
        if (into_memory(L"a").empty()) return fail("SAPI: the voice makes no sound");
        aloud_ = aloud;
        description_ = "SAPI, " + std::to_string(count) + " voice(s), " +
                       (aloud ? "on the sound device" : "into samples");
        return true;
    }

    int sample_rate() const override { return samples_rate; }

    void speak(const std::string& words, const std::string& language,
               const SampleSink& sink) override {
        choose_voice(language);
        const std::wstring text = wide(words);
        if (aloud_) {
            voice_->Speak(text.c_str(), SPF_ASYNC | SPF_PURGEBEFORESPEAK | SPF_IS_NOT_XML, nullptr);
            return;
        }
        const std::vector<short> samples = into_memory(text);
        if (!samples.empty()) sink(samples.data(), static_cast<int>(samples.size()));
    }

    void silence() override {
        if (voice_ && aloud_) voice_->Speak(nullptr, SPF_PURGEBEFORESPEAK, nullptr);
    }

    std::string description() const override { return description_; }

  private:
    bool fail(std::string why) {
        description_ = std::move(why);
        return false;
    }

    void choose_voice(const std::string& language) {
        if (language == language_) return;
        language_ = language;
        const std::wstring attributes = language_attribute(language);
        if (attributes.empty()) return;
        IEnumSpObjectTokens* found = voices(attributes);
        ISpObjectToken* token = nullptr;
        if (found && found->Next(1, &token, nullptr) == S_OK) voice_->SetVoice(token);
        release(token);
        release(found);
    }

    // The words said into a stream in memory, as 16-bit mono samples.
    std::vector<short> into_memory(const std::wstring& text) {
        std::vector<short> samples;
        IStream* memory = nullptr;
        ISpStream* stream = nullptr;
        WAVEFORMATEX format{};
        format.wFormatTag = WAVE_FORMAT_PCM;
        format.nChannels = 1;
        format.nSamplesPerSec = samples_rate;
        format.wBitsPerSample = 16;
        format.nBlockAlign = 2;
        format.nAvgBytesPerSec = samples_rate * 2;
        if (SUCCEEDED(CreateStreamOnHGlobal(nullptr, TRUE, &memory)) &&
            SUCCEEDED(CoCreateInstance(CLSID_SpStream, nullptr, CLSCTX_ALL, IID_ISpStream,
                                       reinterpret_cast<void**>(&stream))) &&
            SUCCEEDED(stream->SetBaseStream(memory, wave_format_ex, &format)) &&
            SUCCEEDED(voice_->SetOutput(stream, TRUE)) &&
            SUCCEEDED(voice_->Speak(text.c_str(), SPF_IS_NOT_XML, nullptr))) {
            HGLOBAL whole = nullptr;
            STATSTG stat{};
            if (SUCCEEDED(GetHGlobalFromStream(memory, &whole)) &&
                SUCCEEDED(memory->Stat(&stat, STATFLAG_NONAME))) {
                const auto* bytes = static_cast<const short*>(GlobalLock(whole));
                if (bytes) samples.assign(bytes, bytes + stat.cbSize.QuadPart / 2);
                GlobalUnlock(whole);
            }
        }
        if (voice_) voice_->SetOutput(nullptr, TRUE);
        release(stream);
        release(memory);
        return samples;
    }

    bool com_ = false;
    bool aloud_ = true;
    ISpVoice* voice_ = nullptr;
    std::string language_;
    std::string description_;
};

}  // namespace

std::unique_ptr<SpeechEngine> make_speech_engine() {
    return std::make_unique<Sapi>();
}

}  // namespace kiosk
