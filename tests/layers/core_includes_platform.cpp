// Must not build: core decides and knows nothing of files, windows or pictures on a system.
#include "platform/file_system.hpp"

int layer_probe_core_includes_platform() { return 0; }
