// What a screen draws with: the draw list, the style, pictures, the time, where a finger is
// pressing, and the touch targets the screen lays out (the same list answers taps and feeds
// the UI dump, so the two can never disagree).
#pragma once

#include <imgui.h>

#include <filesystem>
#include <limits>
#include <optional>
#include <string>
#include <vector>

#include "core/text_block.hpp"
#include "core/text_fit.hpp"
#include "core/touch_target.hpp"
#include "platform/picture_shelf.hpp"
#include "ui/style.hpp"

namespace kiosk::ui {

struct Press {
    bool active = false;  // a finger is down and can still become a tap
    float x = 0, y = 0;   // where it went down
    float drag_x = 0;     // how far a finger that is down has moved sideways (may be a swipe)
};

enum class ButtonLook {
    primary,        // filled with the accent colour
    secondary,      // a white card with a thin line
    quiet,          // text with a thin outline, for Back and Home
    danger,         // a white card outlined in a deep terracotta, its words too: Exit the kiosk
    danger_filled,  // filled with that terracotta: the confirmation that ends the kiosk
};

enum class Align { left, centre };

// A box height text never overflows: for words placed by their top and left alone.
inline constexpr float open_height = 1e6f;

class Canvas {
  public:
    Canvas(ImDrawList* draw, const Style& style, PictureShelf& pictures,
           std::filesystem::path assets, double now, Press press)
        : draw_(draw),
          style_(style),
          pictures_(pictures),
          assets_(std::move(assets)),
          now_(now),
          press_(press) {}

    [[nodiscard]] const Style& style() const { return style_; }
    [[nodiscard]] double now() const { return now_; }
    [[nodiscard]] ImDrawList* draw() const { return draw_; }

    // The screen changes by itself at app time `t` (or keeps moving until then).
    void redraw_at(double t) { redraw_at(t, std::nullopt); }
    // ... and at `t`, only `area` of it changes: the rest may stay as it was drawn.
    void redraw_at(double t, const std::optional<Rect>& area);
    void animate_until(double t) { animate_until(t, std::nullopt); }
    // ... and until then, only `area` of it moves: the rest may stay as it was drawn.
    void animate_until(double t, const std::optional<Rect>& area);
    [[nodiscard]] double next_redraw() const { return redraw_at_; }
    // What changes at next_redraw(), when every change due then named its area.
    [[nodiscard]] const std::optional<Rect>& next_redraw_area() const { return redraw_area_; }
    [[nodiscard]] double animating_until() const { return animating_until_; }
    // What moves until animating_until(), when every animation named its area.
    [[nodiscard]] std::optional<Rect> animating_area() const {
        return animating_whole_ ? std::nullopt : animating_area_;
    }

    // Touch targets, in drawing order (the last drawn is on top).
    void add_target(TouchTarget target) { drawn_.targets.push_back(std::move(target)); }
    [[nodiscard]] const std::vector<TouchTarget>& targets() const { return drawn_.targets; }
    // The blocks of words drawn so far, for the UI dump.
    [[nodiscard]] const std::vector<TextBlock>& texts() const { return drawn_.texts; }
    // The pictures drawn so far and where, for the UI dump.
    [[nodiscard]] const std::vector<PictureBlock>& pictures() const { return drawn_.pictures; }
    // Words drawn without `text` (a single line placed by hand): noted for the UI dump.
    void note_text(TextRole role, float size, const Rect& box, ImU32 colour, std::string words);
    // What is drawn next covers the screen so far: nothing below takes a tap or is read.
    void cover_below() { drawn_ = {}; }
    // An overlay over the screen so far: it covers what is below and dims it with the text
    // colour at `dim` as it appears (`appear` 0..1, whole at `appear_ends`). Returns how far it
    // has appeared, eased.
    float open_overlay(float appear, double appear_ends, float dim);
    // What the frame laid out, handed over once it is drawn (for taps and the UI dump).
    [[nodiscard]] DrawnScreen take_drawn() { return std::move(drawn_); }
    [[nodiscard]] bool pressed(const Rect& r) const {
        return press_.active && r.contains(press_.x, press_.y);
    }
    [[nodiscard]] float drag_x() const { return press_.drag_x; }

    // --- drawing ---
    // The whole screen in one colour, under everything else. Done by clearing the frame rather
    // than by drawing a rectangle: in software rendering, shading every pixel once more is a
    // large share of a frame's cost. Only a first call, before anything is drawn, clears.
    void fill_screen(ImU32 colour);
    [[nodiscard]] ImU32 screen_colour() const { return screen_colour_; }
    void fill(const Rect& r, ImU32 colour, float radius = 0);
    void outline(const Rect& r, ImU32 colour, float radius, float thickness);
    void card(const Rect& r, ImU32 colour, float alpha = 1);  // rounded, with a soft shadow
    void circle(ImVec2 centre, float radius, ImU32 colour);

    // Height of `text` wrapped at `wrap` pixels.
    [[nodiscard]] static float text_height(ImFont* font, float size, float wrap,
                                           const std::string& text);
    [[nodiscard]] static float text_width(ImFont* font, float size, const std::string& text);
    // Draws `text` wrapped into the box's width; shrinks the size down to `min_size` until it
    // fits the box's height. Returns the height used.
    // `role`: what part the words play, for the UI dump.
    float text(TextRole role, ImFont* font, float size, float min_size, const Rect& box,
               ImU32 colour, const std::string& text, Align align = Align::left);
    // The size `text` gets to fit the box (as `text` would choose it).
    [[nodiscard]] static float fitting_size(ImFont* font, float size, float min_size,
                                            const Rect& box, const std::string& text);
    // The same, noting the box when the words do not fit it even at `min_size`.
    [[nodiscard]] float fit_text(ImFont* font, float size, float min_size, const Rect& box,
                                 const std::string& text);
    // A block of texts shrunk together needs `needed` pixels of height and has `room`: noted
    // when it does not fit.
    void note_block(std::vector<std::string> texts, float needed, float room);
    // Where boxes whose words do not fit are noted (the fit check); none by default.
    void note_misfits_in(std::vector<TextMisfit>* misfits) { misfits_ = misfits; }

    // A picture from the assets folder, fitted inside the box and centred. Draws nothing while
    // it is still loading (it comes a frame or a few later) or when it failed; says which.
    // When it is drawn, the last of pictures() is where it stands (a canvas without pictures
    // says ready and draws nothing).
    PictureState picture(const std::string& image, const Rect& box, float alpha = 1);
    // Whether a picture can be drawn, is still coming or failed (asks for nothing): a screen
    // lays out a failed picture's place for something else. An empty name is ready.
    [[nodiscard]] PictureState picture_state(const std::string& image) const;
    // Asks for a picture before it is drawn; `box`: where it will be drawn (none: the largest
    // size, for a picture whose box is not known yet).
    void prefetch(const std::string& image, const Rect& box = {});

    // A button that is also a touch target.
    void button(TouchTarget target, ButtonLook look, float alpha = 1);

  private:
    void draw_label(const std::string& label, const Rect& r, ImU32 colour);  // a button's words

    ImDrawList* draw_;
    const Style& style_;
    static int fit_for(const Rect& box);  // the size to decode a picture drawn in `box` at

    PictureShelf& pictures_;
    std::filesystem::path assets_;
    double now_;
    Press press_;
    DrawnScreen drawn_;  // targets, words and pictures, in drawing order
    std::vector<TextMisfit>* misfits_ = nullptr;
    double redraw_at_ = std::numeric_limits<double>::infinity();
    std::optional<Rect> redraw_area_;
    ImU32 screen_colour_ = IM_COL32(0, 0, 0, 255);
    double animating_until_ = 0;
    std::optional<Rect> animating_area_;
    bool animating_whole_ = false;  // an animation that named no area: all of the screen moves
};

// Ease-in-out over 0..1 (smoothstep), and ease-out.
[[nodiscard]] float ease_in_out(float t);
[[nodiscard]] float ease_out(float t);
// Progress of an animation that started at `since` and lasts `seconds`, 0..1.
[[nodiscard]] float progress(double now, double since, double seconds);

}  // namespace kiosk::ui
