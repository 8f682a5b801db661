// Without libsystemd: nobody to tell (platform/service_notify.hpp).
#include "platform/service_notify.hpp"

namespace kiosk::service {

void ready() {}
void alive(double) {}
void stopping() {}
double watchdog_period() {
    return 0;
}

}  // namespace kiosk::service
