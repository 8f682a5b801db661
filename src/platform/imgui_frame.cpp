#include "platform/imgui_frame.hpp"

#include <GL/gl.h>
#include <imgui.h>
#include <imgui_impl_glfw.h>
#include <imgui_impl_opengl3.h>

namespace kiosk {

ImGuiFrame::ImGuiFrame(GLFWwindow* window) {
    IMGUI_CHECKVERSION();
    ImGui::CreateContext();
    ImGuiIO& io = ImGui::GetIO();
    io.IniFilename = nullptr;  // nothing of the kiosk's state is kept between runs
    io.LogFilename = nullptr;
    io.ConfigFlags |= ImGuiConfigFlags_NoMouseCursorChange;
    // The kiosk reads touches itself (see GestureReader); Dear ImGui gets no input callbacks,
    // so nothing on screen can ever look hovered.
    ImGui_ImplGlfw_InitForOpenGL(window, false);
    ImGui_ImplOpenGL3_Init("#version 330 core");
    // Shaders and buffers now, while the atlas is still empty: left to the first NewFrame, the
    // backend would make its own font texture from the kiosk's atlas, building the whole atlas a
    // second time and replacing FontAtlas's texture.
    ImGui_ImplOpenGL3_CreateDeviceObjects();
}

ImGuiFrame::~ImGuiFrame() {
    ImGui_ImplOpenGL3_Shutdown();
    ImGui_ImplGlfw_Shutdown();
    ImGui::DestroyContext();
}

ImDrawList* ImGuiFrame::begin(int width, int height, float seconds_since_last) {
    ImGui_ImplOpenGL3_NewFrame();
    ImGui_ImplGlfw_NewFrame();
    ImGuiIO& io = ImGui::GetIO();
    io.DisplaySize = ImVec2(static_cast<float>(width), static_cast<float>(height));
    io.DisplayFramebufferScale = ImVec2(1, 1);
    io.DeltaTime = seconds_since_last > 0 ? seconds_since_last : 1.f / 60;
    io.MousePos = ImVec2(-FLT_MAX, -FLT_MAX);
    ImGui::NewFrame();
    return ImGui::GetBackgroundDrawList();
}

void ImGuiFrame::end(int width, int height, unsigned int background) {
    ImGui::Render();
    glViewport(0, 0, width, height);
    const ImVec4 c = ImGui::ColorConvertU32ToFloat4(background);
    glClearColor(c.x, c.y, c.z, 1);
    glClear(GL_COLOR_BUFFER_BIT);
    ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());
}

}  // namespace kiosk
