#include "platform/layout_frame.hpp"

#include <imgui.h>

namespace kiosk {

LayoutFrame::LayoutFrame() : context_(nullptr), previous_(ImGui::GetCurrentContext()) {
    context_ = ImGui::CreateContext();
    ImGui::SetCurrentContext(context_);
    ImGuiIO& io = ImGui::GetIO();
    io.IniFilename = nullptr;
    io.LogFilename = nullptr;
}

LayoutFrame::~LayoutFrame() {
    ImGui::DestroyContext(context_);
    ImGui::SetCurrentContext(previous_);
}

ImDrawList* LayoutFrame::begin(int width, int height) {
    ImGuiIO& io = ImGui::GetIO();
    io.DisplaySize = ImVec2(static_cast<float>(width), static_cast<float>(height));
    io.DeltaTime = 1.f / 60;
    io.MousePos = ImVec2(-FLT_MAX, -FLT_MAX);
    ImGui::NewFrame();
    return ImGui::GetBackgroundDrawList();
}

void LayoutFrame::end() {
    ImGui::EndFrame();
}

}  // namespace kiosk
