// "did you mean ...?": the known key closest to a mistyped one.
#pragma once

#include <optional>
#include <span>
#include <string_view>

namespace kiosk {

// The number of single-character insertions, deletions, substitutions and swaps of two
// neighbouring characters that turn `a` into `b`.
[[nodiscard]] int edit_distance(std::string_view a, std::string_view b);

// The known key closest to `key`, when one is close enough to be a likely typo
// (at most 1 edit for keys up to 4 characters, at most 2 for longer ones).
[[nodiscard]] std::optional<std::string_view> closest_key(std::string_view key,
                                                          std::span<const std::string_view> known);

}  // namespace kiosk
