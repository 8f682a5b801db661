// The few OpenGL calls the kiosk makes itself (textures, clearing, blending, reading pixels),
// from the system's header as GLFW includes it: <GL/gl.h> on Linux and Windows, <OpenGL/gl.h>
// on macOS. Dear ImGui's OpenGL 3 backend loads the rest itself.
#pragma once

#ifndef GL_SILENCE_DEPRECATION
#define GL_SILENCE_DEPRECATION  // macOS marks OpenGL deprecated; it is what the kiosk draws with
#endif
#include <GLFW/glfw3.h>

// OpenGL 1.2; the header of Windows stops at 1.1, every driver has it.
#ifndef GL_CLAMP_TO_EDGE
#define GL_CLAMP_TO_EDGE 0x812F
#endif
