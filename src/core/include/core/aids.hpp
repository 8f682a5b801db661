// What a shopper can turn on from the accessibility button, for their own visit: each aid lasts
// until the session ends (or, set on the slides, until the kiosk is left alone), and then the
// kiosk is back to its defaults.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace kiosk {

enum class Aid {
    larger_text,    // every text size (and the least each may shrink to) `larger_text_factor`
                    // times as large, the screens laid out again for it
    high_contrast,  // a theme derived from the shop's, every text at 7:1 or better
    more_time,   // the idle and results timeouts, and the warning, last `more_time_factor` times as
                 // long
    read_aloud,  // the screen's words spoken in the shopper's language (core/read_aloud.hpp);
                 // offered only where the kiosk can speak
    reach,       // everything in the band a seated shopper reaches (core/reach.hpp)
};

// Every aid, in the order the accessibility panel lists them.
inline constexpr Aid every_aid[] = {Aid::larger_text, Aid::high_contrast, Aid::more_time,
                                    Aid::reach, Aid::read_aloud};

// How much larger the words are with larger text.
inline constexpr float larger_text_factor = 1.4f;

// How much longer the timeouts last with more time.
inline constexpr double more_time_factor = 3;

// The aid's name in the UI dump, the events and target ids: "larger_text", "high_contrast",
// "more_time", "read_aloud".
[[nodiscard]] std::string_view aid_name(Aid aid);
[[nodiscard]] std::optional<Aid> aid_named(std::string_view name);

// The aids that are on.
class Aids {
  public:
    [[nodiscard]] bool has(Aid aid) const { return (bits_ & bit(aid)) != 0; }
    [[nodiscard]] bool any() const { return bits_ != 0; }
    // How large the words are: `larger_text_factor` with larger text on, else 1.
    [[nodiscard]] float text_scale() const {
        return has(Aid::larger_text) ? larger_text_factor : 1.f;
    }
    void toggle(Aid aid) { bits_ ^= bit(aid); }
    void add(const Aids& other) { bits_ |= other.bits_; }
    void clear() { bits_ = 0; }
    // Their names, in panel order.
    [[nodiscard]] std::vector<std::string> names() const;
    friend bool operator==(const Aids&, const Aids&) = default;

  private:
    static unsigned bit(Aid aid) { return 1u << static_cast<unsigned>(aid); }
    unsigned bits_ = 0;
};

}  // namespace kiosk
