#include "platform/imgui_frame.hpp"

#include <imgui.h>
#include <imgui_impl_glfw.h>
#include <imgui_impl_opengl3.h>

#include <algorithm>
#include <cstdint>

#include "platform/gl.hpp"

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

void premultiplied_blend(const ImDrawList*, const ImDrawCmd*) {
    glBlendFunc(GL_ONE, GL_ONE_MINUS_SRC_ALPHA);
}

void ImGuiFrame::warm_up() {
    GLuint texture = 0;
    glGenTextures(1, &texture);
    glBindTexture(GL_TEXTURE_2D, texture);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MIN_FILTER, GL_LINEAR);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MAG_FILTER, GL_LINEAR);
    const unsigned char white[4] = {255, 255, 255, 255};
    glTexImage2D(GL_TEXTURE_2D, 0, GL_RGBA, 1, 1, 0, GL_RGBA, GL_UNSIGNED_BYTE, white);
    void* id = reinterpret_cast<void*>(static_cast<intptr_t>(texture));

    // Dear ImGui's blend (words, shapes), then the pictures' premultiplied one.
    ImDrawList list(ImGui::GetDrawListSharedData());
    list._ResetForNewFrame();
    list.PushTextureID(id);
    list.PushClipRect({0, 0}, {2, 1});
    list.AddImage(id, {0, 0}, {1, 1});
    list.AddCallback(premultiplied_blend, nullptr);
    list.AddImage(id, {1, 0}, {2, 1});
    list.AddCallback(ImDrawCallback_ResetRenderState, nullptr);
    ImDrawList* lists[] = {&list};
    ImDrawData data;
    data.Valid = true;
    data.CmdLists = lists;
    data.CmdListsCount = 1;
    data.TotalVtxCount = list.VtxBuffer.Size;
    data.TotalIdxCount = list.IdxBuffer.Size;
    data.DisplayPos = {0, 0};
    data.DisplaySize = {2, 1};
    data.FramebufferScale = {1, 1};
    ImGui_ImplOpenGL3_RenderDrawData(&data);
    glFinish();  // the drawing (and so its compiling) done now, not on the first frame
    glDeleteTextures(1, &texture);
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

void ImGuiFrame::end(int width, int height, unsigned int background,
                     const std::optional<Rect>& only) {
    ImGui::Render();
    glViewport(0, 0, width, height);
    const ImVec4 c = ImGui::ColorConvertU32ToFloat4(background);
    glClearColor(c.x, c.y, c.z, 1);
    if (only) {
        // The clear is scissored to the area, and every draw command clipped to it.
        const float x1 = only->x + only->w, y1 = only->y + only->h;
        ImDrawData* data = ImGui::GetDrawData();
        for (int i = 0; i < data->CmdListsCount; ++i)
            for (ImDrawCmd& cmd : data->CmdLists[i]->CmdBuffer) {
                ImVec4& r = cmd.ClipRect;
                r = {std::max(r.x, only->x), std::max(r.y, only->y), std::min(r.z, x1),
                     std::min(r.w, y1)};
            }
        glEnable(GL_SCISSOR_TEST);
        glScissor(static_cast<int>(only->x), height - static_cast<int>(y1),
                  static_cast<int>(only->w), static_cast<int>(only->h));
    } else {
        glDisable(GL_SCISSOR_TEST);
    }
    glClear(GL_COLOR_BUFFER_BIT);
    ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());
}

}  // namespace kiosk
