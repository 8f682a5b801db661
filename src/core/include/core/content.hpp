// The content model: what the four content files say, after loading and validation.
// Plain data, no behaviour beyond look-ups. Field defaults are the format's defaults
// (see docs/content-format.md).
#pragma once

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace kiosk {

// A string a shopper reads: the same in every language, or one per language code.
struct Text {
    std::string everywhere;                          // a plain JSON string
    std::map<std::string, std::string> by_language;  // a {"en": ..., "id": ...} object

    // The text in `language`, else in `default_language`, else empty.
    [[nodiscard]] const std::string& in(std::string_view language,
                                        std::string_view default_language) const;
    [[nodiscard]] bool empty() const { return everywhere.empty() && by_language.empty(); }

    static Text plain(std::string s) { return Text{std::move(s), {}}; }
};

// sRGB colour with straight alpha, each channel 0..1.
struct Colour {
    float r = 0, g = 0, b = 0, a = 1;
    friend bool operator==(const Colour&, const Colour&) = default;
};

struct Theme {
    Colour background{0xF6 / 255.f, 0xF1 / 255.f, 0xE7 / 255.f};  // #F6F1E7 warm cream
    Colour surface{1, 1, 1};                                      // #FFFFFF cards
    Colour text{0x23 / 255.f, 0x33 / 255.f, 0x2B / 255.f};        // #23332B green-grey
    Colour accent{0x2F / 255.f, 0x6B / 255.f, 0x4F / 255.f};      // #2F6B4F deep green
    Colour accent_text{1, 1, 1};                                  // #FFFFFF text on accent
    Colour highlight{0xD9 / 255.f, 0x82 / 255.f, 0x5B / 255.f};   // #D9825B terracotta
};

struct Timing {
    double slide_seconds = 9;             // how long a slide stays, unless it says otherwise
    double transition_ms = 700;           // cross-fade between slides and screens
    double idle_timeout_seconds = 45;     // no touch this long outside the slides: "Still there?"
    double idle_warning_seconds = 10;     // how long "Still there?" counts down
    double results_timeout_seconds = 90;  // results go back to the slides after this
};

struct Brand {
    std::string name;  // shown small on the slides
    std::string logo;  // image path relative to the assets folder, may be empty
};

// Where the screen hangs (kiosk.json "panel"), for the accessibility reach mode; 0: not said.
struct Panel {
    double height_cm = 0;      // the screen's visible height
    double from_floor_cm = 0;  // how high its bottom edge is above the floor
};

struct KioskSettings {
    int format = 1;
    Brand brand;
    std::vector<std::string> languages;  // codes, in the order the buttons show them
    std::string default_language;
    Timing timing;
    Theme theme;
    Text disclaimer;
    std::map<std::string, Text, std::less<>> strings;  // interface strings by key
    std::string shop;          // this shop's name for reports over many kiosks; empty: none
    std::string takeaway_url;  // optional template with {products}; empty when not set
    std::string store_map;     // the shop's floor plan picture (store_map.image); empty: none
    Panel panel;
};

enum class SlideLayout {
    image_left,   // picture on the left, words on the right (the default)
    image_right,  // words on the left, picture on the right
    image_top,    // picture above the words
    text_only,    // words only
};

struct Slide {
    std::string id;
    Text title;
    Text body;
    std::vector<Text> points;
    std::string image;  // relative to the assets folder; empty for none
    SlideLayout layout = SlideLayout::image_left;
    std::optional<double> seconds;  // overrides timing.slide_seconds
    std::optional<Colour> background;
    std::string source;  // citation line, shown small
};

// Tag name to weight, in file order.
using TagWeights = std::vector<std::pair<std::string, int>>;

struct Answer {
    std::string id;
    Text text;
    std::string image;  // optional icon for the tile
    TagWeights tags;    // weights -10..10
    Text reason{};      // optional: how a "why" line says it back ("You said your skin gets oily")

    // What a "why it fits you" line says for this answer: its reason, else its text.
    [[nodiscard]] const Text& why_line() const { return reason.empty() ? text : reason; }
};

enum class Choose {
    one,   // a tap answers and moves on
    many,  // taps toggle; Next moves on
};

struct ShowIf {
    std::string question;             // an earlier question's id
    std::vector<std::string> any_of;  // answer ids of that question
};

struct Question {
    std::string id;
    Text text;
    Text hint;
    Choose choose = Choose::one;
    int max = 0;  // for `many`: at most this many answers; 0 = no limit
    std::optional<ShowIf> show_if;
    std::vector<Answer> answers;

    [[nodiscard]] const Answer* find_answer(std::string_view answer_id) const;
    [[nodiscard]] int most_answers() const {
        return choose == Choose::one ? 1 : (max > 0 ? max : static_cast<int>(answers.size()));
    }
};

struct ResultsRule {
    int max_products = 3;               // 1..6
    int min_score = 1;                  // a product needs at least this score
    std::vector<std::string> fallback;  // product ids shown when nothing qualifies
};

struct Tip {
    std::string id;
    Text title;
    Text body;
    std::vector<std::string> when_tags;
};

struct Quiz {
    Text intro;
    std::vector<Question> questions;
    ResultsRule results;
    std::vector<Tip> tips;
    int max_tips = 2;

    [[nodiscard]] const Question* find_question(std::string_view question_id) const;
    [[nodiscard]] int question_index(std::string_view question_id) const;  // -1 if unknown
};

// A place on the store map picture, as shares of its width and height from its top left.
struct MapPoint {
    double x = 0, y = 0;  // 0..1
    friend bool operator==(const MapPoint&, const MapPoint&) = default;
};

struct Product {
    std::string id;
    Text name;
    Text summary;
    std::string image;
    std::string price;  // shown as written
    TagWeights tags;    // weights 0..10
    std::string url;
    bool in_stock = true;
    // For the product sheet, all optional:
    Text details;                       // a few sentences
    std::vector<Text> how_to_use;       // at most 4 steps
    std::vector<Text> key_ingredients;  // a short list
    Text location;                      // where it stands in the shop: "Shelf B, second row"
    std::optional<MapPoint> map_point;  // map_x, map_y: its place on the store map
};

struct Content {
    KioskSettings kiosk;
    std::vector<Slide> slides;
    Quiz quiz;
    std::vector<Product> products;

    [[nodiscard]] const Product* find_product(std::string_view product_id) const;
    [[nodiscard]] const Slide* find_slide(std::string_view slide_id) const;
    // An interface string in `language`; the key itself when the content lacks it.
    [[nodiscard]] std::string string(std::string_view key, std::string_view language) const;
    [[nodiscard]] std::string text(const Text& t, std::string_view language) const {
        return t.in(language, kiosk.default_language);
    }
    [[nodiscard]] double slide_seconds(const Slide& s) const {
        return s.seconds.value_or(kiosk.timing.slide_seconds);
    }
};

}  // namespace kiosk

namespace kiosk {

// Every string of the content a shopper may read, run together (for building font glyphs and
// checking that the fonts can draw them).
[[nodiscard]] std::string every_text(const Content& content);

// Each character the content uses, once, in code point order, as UTF-8 (for the font atlas).
[[nodiscard]] std::string every_character(const Content& content);

}  // namespace kiosk
