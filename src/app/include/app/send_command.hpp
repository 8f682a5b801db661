// `probiotic-kiosk --send screenshot|reload|stop`: the signals' actions, on every system, for
// the kiosk running with the same data folder (platform/signals.hpp says how they travel).
#pragma once

#include "app/folders.hpp"
#include "core/command_line.hpp"

namespace kiosk {

// 0 when the running kiosk got the request; 1, with one line on stderr, when none got it.
int run_send_command(const Options& options, const Folders& folders);

}  // namespace kiosk
