// The floor of the kiosk's stack: a fullscreen GLFW window with an OpenGL 3.3 core context, as
// the kiosk opens it, whose first frame is two flat colours (enough for measure.py to count it
// as content). No fonts, pictures or Dear ImGui. bench/measure.py times its launch beside the
// kiosk's and Chromium's: no program on this stack can show anything sooner.
#include <GLFW/glfw3.h>

int main() {
    if (!glfwInit()) return 1;
    glfwWindowHint(GLFW_CONTEXT_VERSION_MAJOR, 3);
    glfwWindowHint(GLFW_CONTEXT_VERSION_MINOR, 3);
    glfwWindowHint(GLFW_OPENGL_PROFILE, GLFW_OPENGL_CORE_PROFILE);
    GLFWmonitor* monitor = glfwGetPrimaryMonitor();
    const GLFWvidmode* mode = glfwGetVideoMode(monitor);
    GLFWwindow* window = glfwCreateWindow(mode->width, mode->height, "floor", monitor, nullptr);
    if (!window) return 1;
    glfwMakeContextCurrent(window);
    glClearColor(0.92f, 0.95f, 0.93f, 1);
    glClear(GL_COLOR_BUFFER_BIT);
    glEnable(GL_SCISSOR_TEST);
    glScissor(0, 0, mode->width * 2 / 5, mode->height);
    glClearColor(0.18f, 0.42f, 0.31f, 1);
    glClear(GL_COLOR_BUFFER_BIT);
    glfwSwapBuffers(window);
    while (!glfwWindowShouldClose(window)) glfwWaitEvents();
    glfwTerminate();
    return 0;
}
