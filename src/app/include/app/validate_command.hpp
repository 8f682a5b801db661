// `probiotic-kiosk --validate`: check the content, print every diagnostic and a summary.
#pragma once

#include "app/folders.hpp"

namespace kiosk {

// Returns the exit code: 0 without errors, 1 with.
int run_validate_command(const Folders& folders);

}  // namespace kiosk
