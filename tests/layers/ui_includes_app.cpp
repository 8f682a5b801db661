// Must not build: the screens draw what they are given and do not reach into the app's wiring.
#include "app/kiosk_app.hpp"

int layer_probe_ui_includes_app() { return 0; }
