#include "app/send_command.hpp"

#include <cstdio>

#include "platform/signals.hpp"

namespace kiosk {

int run_send_command(const Options& options, const Folders& folders) {
    using signals::Request;
    const Request request = options.send_request == "screenshot" ? Request::screenshot
                            : options.send_request == "reload"   ? Request::reload
                                                                 : Request::stop;
    const std::string problem = signals::send(request, folders.data);
    if (problem.empty()) return 0;
    std::fprintf(stderr, "probiotic-kiosk: %s\n", problem.c_str());
    return 1;
}

}  // namespace kiosk
