// The preview over the kiosk's screen (--preview): a banner along the bottom with the first of
// the content's problems (terracotta for errors, amber for warnings) or, when there are none,
// a quiet "Content OK" chip; a click on either opens the list of every problem, a page at a
// time. Staff-facing, in plain English; it draws the PreviewView it is given.
#pragma once

#include <string>

#include "core/preview_view.hpp"
#include "ui/canvas.hpp"

namespace kiosk::ui {

void draw_preview(Canvas& canvas, const PreviewView& view);

// Its parts: preview_banner.cpp (the banner and the chip) and preview_list.cpp.
void draw_preview_banner(Canvas& canvas, const PreviewView& view);
void draw_preview_chip(Canvas& canvas, const PreviewView& view);
void draw_preview_list(Canvas& canvas, const PreviewView& view);

// `text` on one line of at most `width` pixels: cut at the end with "…" when it is longer
// (line breaks become spaces).
[[nodiscard]] std::string one_line(ImFont* font, float size, float width, std::string text);

}  // namespace kiosk::ui
