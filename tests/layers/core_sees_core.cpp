// Builds: a core file may include core's own headers (the control for the probes beside it).
#include "core/content.hpp"

int layer_probe_core_sees_core() { return 0; }
