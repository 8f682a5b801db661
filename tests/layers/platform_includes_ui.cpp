// Must not build: the platform layer serves the screens and does not know them.
#include "ui/style.hpp"

int layer_probe_platform_includes_ui() { return 0; }
