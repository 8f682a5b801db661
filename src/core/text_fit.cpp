#include "core/text_fit.hpp"

#include <algorithm>
#include <string_view>

#include "core/utf8.hpp"

namespace kiosk {
namespace {

constexpr std::size_t most_quoted_characters = 40;

std::string plural(int n, const char* one, const char* many) {
    return std::to_string(n) + " " + (n == 1 ? one : many);
}

}  // namespace

std::string quoted_words(const std::string& words) {
    std::string out;
    std::size_t characters = 0;
    for (std::size_t i = 0; i < words.size();) {
        const std::size_t length =
            std::max<std::size_t>(1, utf8_sequence_length(std::string_view(words).substr(i)));
        const std::size_t next = i + length;
        if (characters == most_quoted_characters) return out + "\xE2\x80\xA6";  // …
        const std::string one = words.substr(i, next - i);
        out += one == "\n" ? " " : one;
        ++characters;
        i = next;
    }
    return out;
}

std::string misfit_message(const TextPlace& place, const TextMisfit& misfit,
                           const std::string& screen) {
    std::string m = place.owner + " '" + quoted_words(place.words) + "' (" + place.language +
                    ") does not fit " + place.box + " at " + screen + ": ";
    if (!misfit.cut_word.empty() && misfit.cut_word == place.words)
        return m + "one word, wider than " + place.box;
    if (!misfit.cut_word.empty())
        return m + "the word '" + quoted_words(misfit.cut_word) + "' is wider than " + place.box;
    if (misfit.measure == FitMeasure::lines)
        return m + "needs " + plural(misfit.needed, "line", "lines") + ", " +
               std::to_string(misfit.room) + " fit";
    return m + "the words need " + std::to_string(misfit.needed) + " px of height, " +
           std::to_string(misfit.room) + " px fit";
}

}  // namespace kiosk
