// The look, computed once per frame from the screen and the content's theme: colours, type
// sizes (a share of the screen's short side, as the design brief asks), spacing, and the named
// sizes and proportions of every piece the screens draw. The screens take their numbers from
// here; a look is changed in style.cpp, in one place.
#pragma once

#include <imgui.h>

#include <vector>

#include "core/content.hpp"
#include "platform/font_atlas.hpp"

namespace kiosk::ui {

struct Palette {
    ImU32 background = 0, surface = 0, text = 0, muted_text = 0, accent = 0, accent_text = 0,
          highlight = 0, shadow = 0, line = 0;
    // Words in the highlight colour (a price, a warning): the highlight, darkened where it is
    // too light to read at 4.5:1 on the background or a card.
    ImU32 highlight_text = 0;
    ImU32 track = 0;  // the empty part of a progress bar: quiet, yet seen on any ground
    // Mixed from those once:
    ImU32 accent_pressed = 0;      // a primary button under a finger
    ImU32 surface_pressed = 0;     // a secondary button under a finger
    ImU32 background_pressed = 0;  // a quiet button under a finger
    ImU32 tile_chosen = 0;         // an answer tile that is chosen
    ImU32 tile_pressed = 0;        // an answer tile under a finger
    ImU32 tile_chosen_pressed = 0;
    ImU32 tip = 0;                 // a tip card, a blush of the highlight
    ImU32 placeholder = 0;         // the soft disc behind a picture drawn in place of a broken one
    ImU32 placeholder_shape = 0;   // the drawn product itself
    ImU32 placeholder_detail = 0;  // its label
    // The preview's banner and list (staff-facing): errors in a deep terracotta, warnings amber
    ImU32 problem = 0, on_problem = 0;  // an error's fill, and words on it
    ImU32 caution = 0, on_caution = 0;  // a warning's fill, and words on it
    // The staff menu's Exit in that terracotta, under a finger: outlined, and filled
    ImU32 surface_problem_pressed = 0, problem_pressed = 0;
};

struct TypeScale {
    ImFont* title = nullptr;    // slide and screen titles, about 6% of the short side
    ImFont* heading = nullptr;  // question text and card names
    ImFont* body = nullptr;     // about 3%
    ImFont* body_bold = nullptr;
    ImFont* small = nullptr;      // the smallest thing a shopper reads, 2.2%
    ImFont* button = nullptr;     // labels on buttons and tiles
    ImFont* countdown = nullptr;  // the big number on "Still there?"
};

// Text sizes in pixels: the fonts' own, and how far text may shrink to fit.
struct TypeSizes {
    float title = 0, heading = 0, body = 0, body_bold = 0, small = 0, button = 0;
    float smallest = 0;           // nothing a shopper must read is smaller: 2.2% of the short side
    float body_smallest = 0;      // running text shrinks no further: 2.7%
    float title_smallest = 0;     // a title shrinks no further: 5%
    float question_smallest = 0;  // a question's words, a title: 5%
};

// How the screens' buttons are sized.
struct ButtonSizes {
    float height = 0;            // the bottom row's buttons (Back, Next, Home, Start over)
    float primary_min_w = 0;     // Next and Start over are at least this wide ...
    float primary_pad = 0;       // ... or their words and this much room beside them
    float press_inset = 0;       // share of a pressed target's shorter side it shrinks by per side
    float label_pad = 0;         // share of the height kept free left and right of the label
    float label_height = 0;      // share of the height the label may fill
    float quiet_fill_alpha = 0;  // a quiet button's fill: the surface, this opaque
    float quiet_line_alpha = 0;  // its outline: the line colour, this much stronger
    float disabled_alpha = 0;    // a disabled button's label
    float danger_line = 0;       // an outlined danger button's outline
};

// The brand mark and the language buttons along the top.
struct ChromeLook {
    float logo_gap = 0;           // between the logo and the shop's name
    float language_pad = 0;       // room beside a language's name
    float language_min_w = 0;     // the narrowest language button
    float language_smallest = 0;  // the current language's name shrinks no further
    float current_outline = 0;    // the current language's outline
};

// A dot before a line of a list, in shares of the line's text size.
struct BulletShape {
    float indent = 0;  // the line starts this far right of the dot's column
    float x = 0;       // the dot's centre, as a share of the indent
    float y = 0;       // ... and of the text size below the line's top
    float radius = 0;  // share of the text size
};

// A slide: its picture and its words, and how the two share the slide's area.
struct SlideLook {
    float picture_gap = 0;      // between the picture and the words
    float words_only_w = 0;     // the widest the words get on a slide without a picture
    float stacked_words_w = 0;  // the widest the words get under a picture
    float stacked_picture = 0;  // share of the height a picture above the words takes
    float side_picture = 0;     // share of the width a picture beside the words takes
    float least_scale = 0;      // the words shrink together down to this share of their size
    float after_title = 0;      // below the title, in paragraph steps
    float after_point = 0;      // below each point, in paragraph steps
    float rule_drop = 0;        // the accent rule under the title, in paragraph steps
    float rule_length = 0, rule_thickness = 0, rule_radius = 0;
    BulletShape bullet{};
    float drag_follow = 0;  // share of a sideways drag the slide follows
    float rise = 0;         // how far a slide rises as it fades in
    float words_rise = 0;   // share of that the words rise
};

// The attract loop's rows: the start button, the slide progress and the hint.
struct AttractLook {
    float start_h = 0;           // the start button's height
    float start_min_w = 0;       // its narrowest (landscape); portrait: the width inside margins
    float start_label = 0;       // its words' size: 4.6% of the short side
    float arrow = 0;             // the arrow after them: its length ...
    float arrow_gap = 0;         // ... the room before it, a share of that length ...
    float arrow_width = 0;       // ... and its line
    float hint_h = 0;            // the line with the button ("About a minute"), right above it
    float segment_space = 0;     // between two segments of the progress
    float shortest_segment = 0;  // in bar thicknesses: shorter, and the progress is one bar
    float step_pixels = 0;       // the progress grows by at least this many pixels at a time
    float bar_above_start = 0;   // portrait: the progress above the start button
    float bar_to_start = 0;      // landscape: the progress ends this far left of the button
    float slide_top_gap = 0;     // between the top row and the slide
    float slide_bottom_gap = 0;  // between the slide and the row below it
};

// A question and its answer tiles.
struct QuizLook {
    float home_min_w = 0, home_pad = 0;  // Home in the top row
    float back_min_w = 0, back_pad = 0;  // Back in the bottom row
    float progress_w = 0;                // the widest the progress bar gets
    float column_w = 0;                  // the question and its tiles
    float question_top_gap = 0;          // between the top row and the question
    float question_h = 0;                // the most height the question's words take
    float hint_h = 0;                    // ... and the hint's
    float tiles_top_gap = 0;             // between the hint and the tiles
    float tiles_bottom_gap = 0;          // between the tiles and the bottom row
    float tile_gap = 0;
    float tile_max_h = 0;      // tiles no taller than this
    float tiles_centring = 0;  // share of the free height above the tiles (the rest below)
    float slide_in = 0;        // how far a question slides in from the side, share of short side
    float arriving_alpha = 0;  // how opaque a question is as it starts to slide in
    float tile_pad = 0;        // share of a tile's shorter side kept around its contents
    float icon_share = 0;      // the most of a tile's width its icon takes
    float icon_inset = 0;      // share of the icon's disc left around the picture ...
    float icon_picture = 0;    // ... and the share the picture takes
    float icon_gap = 0;        // between the icon and the words, in tile pads
    float initial_share = 0;   // a failed icon's stand-in letter: this share of the disc, at most
    float full_alpha = 0;      // a tile out of reach (the question has its most answers)
    float chosen_outline = 0;  // a chosen tile's outline
    float mark = 0;            // the round check mark at a tile's right
    float mark_inset = 0;      // its right edge from the tile's, in tile pads
    float tick = 0;            // the tick in a chosen mark, a share of the mark
    float tick_width = 0;      // the tick's line
    float ring_width = 0;      // an empty check box's line
    float box_alpha = 0;       // the empty check box: the text colour at this alpha
    float box_radius = 0;      // a check box's corners, share of its side
};

// A product card on the results.
struct CardLook {
    float pad = 0;             // inside the card
    float side_picture = 0;    // a picture beside the words: the most of the card's width
    float top_picture = 0;     // a picture above the words: the most of the card's height
    float top_pad = 0;         // above and below a picture on top, in pads
    float name = 0, body = 0;  // text sizes before shrinking
    float para = 0;            // the step between blocks
    float after_summary = 0, after_why_title = 0, after_why = 0;  // in paragraph steps
    float least_scale = 0;  // the words shrink together down to this share
    BulletShape bullet{};
    float mark_h = 0, mark_pad = 0;  // the "Best match" pill: its height, room beside its words
    bool summary = true;             // crowded: the summary is left to the product sheet (a tap)
};

// A tip card beside or below the products.
struct TipLook {
    float pad = 0;              // inside the card
    float text_x = 0;           // the words' left edge from the card's
    float text_sides = 0;       // the card's width the words do not take
    float heading_h = 0;        // the most height the tips' heading takes
    float after_heading = 0;    // between the heading and the first card
    float title = 0, body = 0;  // text sizes before shrinking
    float after_title = 0;
    float between = 0;  // between two cards
    float least_scale = 0;
    float stripe = 0;  // the highlight stripe at a card's left edge
    float stripe_radius = 0;
};

// The results screen as a whole.
struct ResultsLook {
    float top = 0;                       // where the title starts
    float title_h = 0;                   // the most height the title takes
    float intro_gap = 0;                 // between the title and the intro
    float intro_h = 0;                   // the most height the intro takes
    float below_intro = 0;               // between the intro and the cards
    float done_min_w = 0, done_pad = 0;  // Done, the one way out
    float card_gap = 0;                  // between cards side by side
    float tips_gap = 0;          // portrait: between the cards and the tips, the tips and the code
    float disclaimer_gap = 0;    // landscape: between the disclaimer and Home
    float above_bottom = 0;      // between the cards and the disclaimer or buttons
    float rise = 0;              // how far the cards rise as they appear, share of the short side
    float side_column = 0;       // landscape: the tips' and code's column, share of the width
    float column_gap = 0;        // landscape: between the cards and that column
    float tips_share = 0;        // portrait: share of the height below the title for the tips
    float card_max_h = 0;        // portrait: a card no taller than this
    float code_share = 0;        // portrait: share of the width the QR code's box takes
    bool cards_in_rows = false;  // landscape but not wide: three cards in rows, not columns
    bool code_beside_title = false;  // crowded: the code at the top right, the tips below
    bool two_pages = false;          // crowded: the products, and the tips on a page of their
                                     // own (a button in the bottom row turns between them)
    float top_code_share = 0;        // ... in a box this share of the width
    bool code_with_tips = false;     // crowded and narrow (the reach mode's band on a portrait
                                     // screen): the code beside the tips' title, not the products'
};

// "Still there?"
struct OverlayLook {
    float dim = 0;   // the screen below: the text colour at this alpha
    float w = 0;     // the card's width
    float pad = 0;   // inside it
    float ring = 0;  // the countdown ring's radius
    float ring_thickness = 0;
    float ring_track_alpha = 0;  // its empty track: the line colour, this much stronger
    float button_h = 0;          // Continue
    float countdown_gap = 0;     // between the ring and the line below it
    float returning_h = 0;       // the room "Back to the start in ..." takes, in its lines
    float rise = 0;              // how far the card rises as it appears
};

// The accessibility button (bottom left on every shopper screen) and its panel.
struct AidsLook {
    float icon = 0;       // the symbol's diameter on the button
    float pad = 0;        // inside the button, either side
    float icon_gap = 0;   // between the symbol and the word
    float least_w = 0;    // the button's least width
    float panel_w = 0;    // the panel (landscape; across the screen in portrait)
    float panel_pad = 0;  // inside it
    float row_h = 0;      // one aid: its name, what it does, its switch
    float switch_w = 0;   // the switch's track
    float switch_h = 0;
    float row_gap = 0;  // between two aids
    int columns = 1;    // landscape: the aids in two columns, so that the panel stays low
};

// The staff keypad and menu.
struct StaffLook {
    float key = 0;              // a keypad key's side
    float prompt_smallest = 0;  // the keypad's prompt shrinks no further
    float prompt_line = 0;      // the height the prompt's line takes
    float field_h = 0;          // the PIN field: a slot for each digit, filled as it is typed
    float dot = 0;              // a slot's radius
    float slot_pitch = 0;       // from one slot's centre to the next
    float slot_ring = 0;        // an empty slot's ring
    float slot_ring_alpha = 0;  // ... in the text colour at this alpha
    float cancel_h = 0;
    float button_w = 0;     // the menu's actions, on a landscape screen
    float line_gap = 0;     // between the menu's lines
    float actions_top = 0;  // landscape: the actions start this far below the top margin
    // Exit sits apart, at the bottom of the actions; a tap on it asks "Exit the kiosk?" above
    // it, with "Exit now" below the question and Cancel where Exit was.
    float exit_question_h = 0;  // the question's line
    float exit_apart = 0;       // between the other actions and Exit: room for the question
};

// The preview's banner along the bottom, its "Content OK" chip and its list of problems.
struct PreviewLook {
    float banner_h = 0;    // the banner along the bottom edge: two lines and its padding
    float banner_pad = 0;  // inside it
    float line = 0;        // a line of its words (and of the list's), the text size ...
    float line_h = 0;      // ... and the height it takes
    float mark = 0;        // the round "!" at the banner's left: its radius
    float open_h = 0;      // the banner's "Show all": its height
    float chip_h = 0;      // the chip's height, its words and its dot
    float chip_text = 0, chip_dot = 0;
    float chip_pad = 0;            // left and right of its words
    float list_w = 0, list_h = 0;  // the list's card: its width, and its height at most
    float list_pad = 0;
    float head_h = 0;    // its title, summary and answers line
    float row_h = 0;     // one problem: its place, then two lines of message
    float kind_w = 0;    // the "Error"/"Warning" label's width ...
    float kind_h = 0;    // ... and height
    float foot_h = 0;    // the buttons and the keys at the list's foot
    float button_w = 0;  // Previous, Next, Close
    float button_h = 0;
    int rows = 1;   // problems a page
    float dim = 0;  // the screen below the list: the text colour at this alpha
};

// A product's sheet over the results.
struct SheetLook {
    float inset = 0;  // the card from the screen's edges
    float pad = 0;    // inside the card
    float dim = 0;    // the results below: the text colour at this alpha
    float rise = 0;   // how far the card rises as it opens
    float close_min_w = 0, close_pad = 0;
    float column_gap = 0;
    float side_column = 0;    // landscape: the picture's and the map's column, share of the width
    float words_a_share = 0;  // the product's words: share of the two columns of words (landscape)
                              // or of the height below the top band (portrait)
    float picture_share = 0;  // landscape: the picture's side, share of the height
    float band_share = 0;     // portrait: the picture and the map along the top, share of height
    float code_share = 0;     // portrait: the QR code's box, share of the width
    // The ring around the product's place on the store map: its radius and line as shares of
    // the map's drawn width, and the white edge on each side of the line, in pixels.
    float marker = 0, marker_line = 0, marker_edge = 0;
};

// The take-away QR code and its caption.
struct TakeawayLook {
    float code_share = 0;  // the code's side: this share of its box's width ...
    float code_max = 0;    // ... and no more than this
    float caption = 0;     // the caption's size before shrinking
};

// The demo autopilot's finger: a ring in the highlight colour, which shows on the cream, the
// white cards and the accent's buttons alike, thin and hollow so that the words it settles on
// stay readable.
struct FingerLook {
    float size = 0;
    float start = 0, shrink = 0;    // its radius: size * (start - shrink * reach)
    float fill = 0, fill_gain = 0;  // inside: the highlight at fill + fill_gain * reach, faint
    float ring = 0;                 // the ring's line ...
    float ring_alpha = 0;           // ... at this alpha
};

struct Style {
    float width = 0, height = 0;
    float short_side = 0;
    bool portrait = false;
    bool high_contrast = false;  // the theme derived for 7:1; slides keep no tint of their own
    float text_scale = 1;        // larger text: every type size and floor this many times over
    float room = 1;  // the room for words against a whole screen with the usual text (make_style)
    // Less room for words than usual (larger text, or the reach mode's band): the layouts that
    // make room for them are taken.
    [[nodiscard]] bool crowded() const { return room < 0.95f; }
    // Less still (larger text, or the band of a landscape screen): smaller pictures beside and
    // above the words.
    [[nodiscard]] bool tight() const { return room < 0.85f; }
    // Wider than tall, but narrow for words side by side (the reach mode's band on a portrait
    // screen): the code's caption, and the aids' notes, get more room.
    [[nodiscard]] bool narrow() const { return !portrait && width < short_side * 1.5f; }
    float margin = 0;       // 5% of the short side around everything
    float inner_w = 0;      // the width inside the margins
    float top = 0;          // where the top row starts
    float gap = 0;          // the spacing step
    float radius = 0;       // card corners
    float touch = 0;        // the smallest touch target side
    float hairline = 0;     // thin outlines
    float stroke = 0;       // drawn lines: the slide's accent rule, the finger's ring
    float bar = 0;          // the progress bars' thickness
    float shadow_step = 0;  // how far each layer of a card's shadow spreads
    float shrink_step = 0;  // words too big for their box shrink together by this share a try
    TypeSizes size{};
    ButtonSizes button{};
    ChromeLook chrome{};
    SlideLook slide{};
    AttractLook attract{};
    QuizLook quiz{};
    CardLook card{};
    TipLook tip{};
    ResultsLook results{};
    OverlayLook overlay{};
    AidsLook aids{};
    StaffLook staff{};
    TakeawayLook takeaway{};
    PreviewLook preview{};
    SheetLook sheet{};
    FingerLook finger{};
    Palette colour{};
    TypeScale font{};
};

// The font sizes the style needs, in the order `make_style` expects them; `text_scale` times
// the usual with larger text.
[[nodiscard]] std::vector<FontRequest> font_requests(float short_side, float text_scale = 1);

// The colours mixed from the shop's theme (palette.cpp).
// `text_contrast`: what words reach on their ground where the palette mixes or darkens them
// (4.5:1; 7:1 with high contrast).
[[nodiscard]] Palette palette_of(const Theme& theme, double text_contrast);

// The style for a screen of width x height. With high contrast the theme is the one derived
// from the shop's (core/theme_contrast), every text at 7:1. With larger text, `text_scale` is
// the fonts' (font_requests) and the sizes words may shrink to grow with it. `size_side`: the
// short side every size (type, touch, buttons, margins) is taken from, when the screens are
// laid out in a part of the window only (the reach mode): they keep the window's sizes in less
// room; 0 for the short side of width x height.
[[nodiscard]] Style make_style(int width, int height, const Theme& theme,
                               const std::vector<ImFont*>& fonts, bool high_contrast = false,
                               float text_scale = 1, float size_side = 0);

[[nodiscard]] ImU32 to_u32(const Colour& c, float alpha = 1.f);
[[nodiscard]] ImU32 with_alpha(ImU32 colour, float alpha);
[[nodiscard]] ImU32 mix(ImU32 a, ImU32 b, float t);

}  // namespace kiosk::ui
