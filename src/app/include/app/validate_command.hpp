// `probiotic-kiosk --validate`: check the content, print every diagnostic and a summary, or
// (--format json) one JSON array of them (core/validate_output.hpp).
#pragma once

#include "app/folders.hpp"
#include "core/command_line.hpp"

namespace kiosk {

// Returns the exit code: 0 without errors, 1 with.
int run_validate_command(const Options& options, const Folders& folders);

}  // namespace kiosk
