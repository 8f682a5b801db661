// `probiotic-kiosk --report`: summarise the events in the data folder.
#pragma once

#include "app/folders.hpp"
#include "core/command_line.hpp"

namespace kiosk {

int run_report_command(const Options& options, const Folders& folders);

}  // namespace kiosk
