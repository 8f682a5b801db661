// kiosk.json rules, through the content loader.
#include <doctest/doctest.h>

#include "content_test_folder.hpp"

using kiosk::testing::ContentTestFolder;

namespace {

// A kiosk.json with the required strings and `extra` members added at the top.
std::string kiosk_json_with(const std::string& extra) {
    std::string text(kiosk::testing::valid_kiosk_json);
    return "{\n" + extra + text.substr(2);
}

}  // namespace

TEST_CASE("kiosk_file: all settings are read") {
    ContentTestFolder folder;
    folder.write_asset("brand/logo.png", kiosk::testing::png_header(200, 80));
    folder.write("kiosk.json", kiosk_json_with(R"(  "$schema": "schema/kiosk.schema.json",
  "brand": {"name": "Indo Naturals", "logo": "brand/logo.png"},
  "timing": {"slide_seconds": 12, "transition_ms": 500, "idle_timeout_seconds": 60,
             "idle_warning_seconds": 15, "results_timeout_seconds": 120},
  "theme": {"background": "#F0F0F0", "surface": "#FFFFFF80", "text": "#123456",
            "accent": "#010203", "accent_text": "#FFFFFF", "highlight": "#D9825B"},
  "disclaimer": {"en": "Not medical advice", "id": "Bukan saran medis"},
  "takeaway_url": "https://shop.example/r?p={products}",
)"));
    const auto load = folder.load();
    CHECK(folder.all_shown(load) == "");
    REQUIRE(load.content);
    const kiosk::KioskSettings& k = load.content->kiosk;
    CHECK(k.brand.name == "Indo Naturals");
    CHECK(k.brand.logo == "brand/logo.png");
    CHECK(k.timing.slide_seconds == 12);
    CHECK(k.timing.idle_warning_seconds == 15);
    CHECK(k.theme.surface == kiosk::Colour{1, 1, 1, 0x80 / 255.f});
    CHECK(k.theme.text.g == doctest::Approx(0x34 / 255.0));
    CHECK(k.disclaimer.in("id", "en") == "Bukan saran medis");
    CHECK(k.takeaway_url == "https://shop.example/r?p={products}");
}

TEST_CASE("kiosk_file: the shop's name, for reports over many kiosks") {
    ContentTestFolder folder;
    folder.write("kiosk.json", kiosk_json_with(R"(  "shop": "Leeds, Briggate",)"));
    const auto load = folder.load();
    CHECK(folder.all_shown(load) == "");
    REQUIRE(load.content);
    CHECK(load.content->kiosk.shop == "Leeds, Briggate");

    folder.write("kiosk.json", kiosk_json_with(R"(  "shop": 7,)"));
    const auto wrong = folder.load();
    CHECK(folder.all_shown(wrong).find("error") != std::string::npos);
    CHECK(folder.all_shown(wrong).find("[/shop]") != std::string::npos);
}

TEST_CASE("kiosk_file: format must be 1") {
    ContentTestFolder folder;
    std::string text(kiosk::testing::valid_kiosk_json);
    text.replace(text.find("\"format\": 1"), 11, "\"format\": 2");
    folder.write("kiosk.json", text);
    CHECK(
        folder.all_shown(folder.load()) ==
        "kiosk.json:2:13: error: format 2 is not supported; this kiosk reads format 1 [/format]\n");
}

TEST_CASE("kiosk_file: required keys") {
    ContentTestFolder folder;
    folder.write("kiosk.json", "{\n  \"brand\": {}\n}\n");
    CHECK(folder.all_shown(folder.load()) ==
          "kiosk.json:1:1: error: missing required key 'format' []\n"
          "kiosk.json:1:1: error: missing required key 'languages' []\n"
          "kiosk.json:1:1: error: missing required key 'default_language' []\n"
          "kiosk.json:1:1: error: missing required key 'strings' []\n");
}

TEST_CASE("kiosk_file: languages must be a non-empty list of unique codes holding the default") {
    ContentTestFolder folder;
    std::string text(kiosk::testing::valid_kiosk_json);
    text.replace(text.find("[\"en\", \"id\"]"), 12, "[\"en\", \"id\", \"en\", 5]");
    folder.write("kiosk.json", text);
    CHECK(folder.all_shown(folder.load()) ==
          "kiosk.json:3:29: error: duplicate language 'en' (first at line 3) [/languages/2]\n"
          "kiosk.json:3:35: error: expected a string, got a number [/languages/3]\n");

    text = std::string(kiosk::testing::valid_kiosk_json);
    text.replace(text.find("[\"en\", \"id\"]"), 12, "[]");
    folder.write("kiosk.json", text);
    CHECK(folder.all_shown(folder.load()) ==
          "kiosk.json:3:16: error: must hold at least one language [/languages]\n");

    text = std::string(kiosk::testing::valid_kiosk_json);
    text.replace(text.find("\"default_language\": \"en\""), 24, "\"default_language\": \"fr\"");
    folder.write("kiosk.json", text);
    CHECK(folder.all_shown(folder.load()) ==
          "kiosk.json:4:23: error: default_language 'fr' is not one of the languages "
          "[/default_language]\n");
}

TEST_CASE("kiosk_file: every required interface string") {
    ContentTestFolder folder;
    std::string text(kiosk::testing::valid_kiosk_json);
    text.replace(text.find("\"back\": \"Back\", "), 16, "");
    text.replace(text.find("\"why\": \"Why\", "), 14, "\"extra\": \"More\", ");
    folder.write("kiosk.json", text);
    const auto load = folder.load();
    CHECK(folder.all_shown(load) ==
          "kiosk.json:5:14: error: missing required key 'back' [/strings]\n"
          "kiosk.json:5:14: error: missing required key 'why' [/strings]\n");
}

TEST_CASE("kiosk_file: strings must be Texts") {
    ContentTestFolder folder;
    std::string text(kiosk::testing::valid_kiosk_json);
    text.replace(text.find("\"Back\""), 6, "12");
    folder.write("kiosk.json", text);
    CHECK(folder.all_shown(folder.load()) ==
          "kiosk.json:6:46: error: expected a string or a language object, got a number "
          "[/strings/back]\n");
}

TEST_CASE("kiosk_file: timing values are positive and the warning is shorter than the timeout") {
    ContentTestFolder folder;
    folder.write("kiosk.json", kiosk_json_with(R"(  "timing": {
    "slide_seconds": 0,
    "transition_ms": "fast",
    "idle_timeout_seconds": 10,
    "idle_warning_seconds": 10
  },
)"));
    CHECK(folder.all_shown(folder.load()) ==
          "kiosk.json:3:22: error: slide_seconds must be greater than 0, got 0 "
          "[/timing/slide_seconds]\n"
          "kiosk.json:4:22: error: expected a number, got a string [/timing/transition_ms]\n"
          "kiosk.json:6:29: error: idle_warning_seconds (10.0) must be less than "
          "idle_timeout_seconds (10.0) [/timing/idle_warning_seconds]\n");
}

TEST_CASE("kiosk_file: colours are #RRGGBB or #RRGGBBAA") {
    ContentTestFolder folder;
    folder.write("kiosk.json", kiosk_json_with(R"(  "theme": {
    "background": "#F6F1E",
    "accent": "green",
    "text": "#GGGGGG",
    "surface": "#FFFFFFFF"
  },
)"));
    CHECK(folder.all_shown(folder.load()) ==
          "kiosk.json:3:19: error: colour '#F6F1E' must be written #RRGGBB or #RRGGBBAA, for "
          "example #2F6B4F [/theme/background]\n"
          "kiosk.json:4:15: error: colour 'green' must be written #RRGGBB or #RRGGBBAA, for "
          "example #2F6B4F [/theme/accent]\n"
          "kiosk.json:5:13: error: colour '#GGGGGG' must be written #RRGGBB or #RRGGBBAA, for "
          "example #2F6B4F [/theme/text]\n");
}

TEST_CASE("kiosk_file: theme colours that make words hard to read are warned of, with the ratio") {
    ContentTestFolder folder;
    // Grey words on white cards and the cream background.
    folder.write("kiosk.json",
                 kiosk_json_with(R"(  "theme": {"surface": "#FFFFFF", "text": "#999999"},
)"));
    auto load = folder.load();
    CHECK(folder.all_shown(load) ==
          "kiosk.json:2:43: warning: contrast of text #999999 on background #F6F1E7 is 2.53:1; "
          "words need at least 4.5:1 to be read (WCAG 1.4.3) [/theme/text]\n"
          "kiosk.json:2:43: warning: contrast of text #999999 on surface #FFFFFF is 2.84:1; "
          "words need at least 4.5:1 to be read (WCAG 1.4.3) [/theme/text]\n");
    CHECK(load.content);  // a warning: the content is still shown

    // Only the ground is the shop's: the message names it. Half-clear cards are seen over the
    // background; the accent's text on the accent is checked too.
    folder.write("kiosk.json", kiosk_json_with(R"(  "theme": {"background": "#000000",
    "surface": "#FFFFFF80", "accent_text": "#2F6B4F"},
)"));
    CHECK(folder.all_shown(folder.load()) ==
          "kiosk.json:2:27: warning: contrast of text #23332B on background #000000 is 1.57:1; "
          "words need at least 4.5:1 to be read (WCAG 1.4.3) [/theme/background]\n"
          "kiosk.json:3:16: warning: contrast of text #23332B on surface #808080 is 3.36:1; "
          "words need at least 4.5:1 to be read (WCAG 1.4.3) [/theme/surface]\n"
          "kiosk.json:3:16: warning: contrast of accent #2F6B4F on surface #808080 is 1.59:1; "
          "words need at least 4.5:1 to be read (WCAG 1.4.3) [/theme/surface]\n"
          "kiosk.json:3:44: warning: contrast of accent_text #2F6B4F on accent #2F6B4F is 1.00:1; "
          "words need at least 4.5:1 to be read (WCAG 1.4.3) [/theme/accent_text]\n");

    // The shipped look, and a light highlight (the kiosk darkens prices itself): no warning.
    folder.write("kiosk.json", kiosk_json_with(R"(  "theme": {"highlight": "#FFE0D0"},
)"));
    CHECK(folder.all_shown(folder.load()) == "");
}

TEST_CASE("kiosk_file: the panel's height and how high it hangs, for the reach mode") {
    ContentTestFolder folder;
    folder.write("kiosk.json",
                 kiosk_json_with("  \"panel\": {\"height_cm\": 95, \"from_floor_cm\": 80},\n"));
    auto load = folder.load();
    CHECK(folder.all_shown(load) == "");
    REQUIRE(load.content);
    CHECK(load.content->kiosk.panel.height_cm == 95);
    CHECK(load.content->kiosk.panel.from_floor_cm == 80);

    folder.write("kiosk.json", kiosk_json_with(R"(  "panel": {"height_cm": 500, "from_floor_cm": 0},
)"));
    CHECK(folder.all_shown(folder.load()) ==
          "kiosk.json:2:26: error: height_cm 500 is more than 400 cm [/panel/height_cm]\n"
          "kiosk.json:2:48: error: from_floor_cm must be greater than 0, got 0 "
          "[/panel/from_floor_cm]\n");

    folder.write("kiosk.json",
                 kiosk_json_with(R"(  "panel": {"height_cm": 60, "from_floor_cm": 130},
)"));
    load = folder.load();
    CHECK(folder.all_shown(load) ==
          "kiosk.json:2:47: warning: the screen's bottom edge is 130 cm above the floor, out of "
          "reach from a wheelchair (above 122 cm): the reach mode keeps to the screen's lowest "
          "part [/panel/from_floor_cm]\n");
    CHECK(load.content);

    folder.write("kiosk.json", kiosk_json_with("  \"panel\": {\"height_cm\": 95},\n"));
    CHECK(folder.all_shown(folder.load()).find("missing required key 'from_floor_cm'") !=
          std::string::npos);
}

TEST_CASE("kiosk_file: takeaway_url holds {products} and is at most 1000 characters") {
    ContentTestFolder folder;
    folder.write("kiosk.json", kiosk_json_with("  \"takeaway_url\": \"https://shop.example/\",\n"));
    CHECK(folder.all_shown(folder.load()) ==
          "kiosk.json:2:19: error: takeaway_url must contain {products}, where the kiosk puts the "
          "ids of the recommended products [/takeaway_url]\n");

    folder.write("kiosk.json", kiosk_json_with("  \"takeaway_url\": \"https://shop.example/" +
                                               std::string(1000, 'x') + "{products}\",\n"));
    CHECK(folder.all_shown(folder.load()) ==
          "kiosk.json:2:19: error: takeaway_url is 1031 characters long; it may be at most 1000 "
          "[/takeaway_url]\n");

    folder.write("kiosk.json", kiosk_json_with("  \"takeaway_url\": 7,\n"));
    CHECK(folder.all_shown(folder.load()) ==
          "kiosk.json:2:19: error: expected a string, got a number [/takeaway_url]\n");
}

TEST_CASE("kiosk_file: unknown keys are warnings that suggest a close known key") {
    ContentTestFolder folder;
    folder.write("kiosk.json", kiosk_json_with(R"(  "tiimng": {"slide_second": 5},
  "timing": {"slide_second": 5},
  "wallpaper": "x.png",
  "$schema": 3,
)"));
    const auto load = folder.load();
    CHECK(folder.all_shown(load) ==
          "kiosk.json:2:3: warning: unknown key 'tiimng', did you mean 'timing'? [/tiimng]\n"
          "kiosk.json:3:14: warning: unknown key 'slide_second', did you mean 'slide_seconds'? "
          "[/timing/slide_second]\n"
          "kiosk.json:4:3: warning: unknown key 'wallpaper'; it is ignored [/wallpaper]\n");
    CHECK(load.content);
}

TEST_CASE("kiosk_file: the brand logo is an image in the assets folder") {
    ContentTestFolder folder;
    folder.write("kiosk.json",
                 kiosk_json_with(R"(  "brand": {"name": "Indo", "logo": "brand/logo.png"},
)"));
    const auto load = folder.load();
    CHECK(folder.all_shown(load) ==
          "kiosk.json:2:37: error: image 'brand/logo.png' not found in the assets folder (" +
              (folder.folders().assets / "brand/logo.png").generic_string() + ") [/brand/logo]\n");
}

TEST_CASE("kiosk_file: the store map is an image in the assets folder") {
    ContentTestFolder folder;
    folder.write_asset("brand/store-map.png", kiosk::testing::png_header(1200, 900));
    folder.write("kiosk.json", kiosk_json_with(R"(  "store_map": {"image": "brand/store-map.png"},
)"));
    const auto load = folder.load();
    CHECK(folder.all_shown(load) == "");
    REQUIRE(load.content);
    CHECK(load.content->kiosk.store_map == "brand/store-map.png");
}

TEST_CASE("kiosk_file: a store map that is missing, not a picture's path or not an object") {
    const std::pair<std::string, std::string> cases[] = {
        {R"("store_map": {"image": "brand/map.png"},)",
         "kiosk.json:2:26: error: image 'brand/map.png' not found in the assets folder (@) "
         "[/store_map/image]\n"},
        {R"("store_map": {"image": "../map.png"},)",
         "kiosk.json:2:26: error: image '../map.png' must not contain '..'; images stay inside the "
         "assets folder "
         "[/store_map/image]\n"},
        {R"("store_map": {"image": 3},)",
         "kiosk.json:2:26: error: expected a string, got a number [/store_map/image]\n"},
        {R"("store_map": {"picture": "brand/map.png"},)",
         "kiosk.json:2:16: error: missing required key 'image' [/store_map]\n"
         "kiosk.json:2:17: warning: unknown key 'picture'; it is ignored [/store_map/picture]\n"},
        {R"("store_map": "brand/map.png",)",
         "kiosk.json:2:16: error: expected an object { ... }, got a string [/store_map]\n"},
    };
    for (const auto& [member, expected] : cases) {
        ContentTestFolder folder;
        folder.write("kiosk.json", kiosk_json_with("  " + member + "\n"));
        std::string shown = expected;
        if (auto at = shown.find('@'); at != std::string::npos)
            shown.replace(at, 1, (folder.folders().assets / "brand/map.png").generic_string());
        const auto load = folder.load();
        CAPTURE(member);
        CHECK(folder.all_shown(load) == shown);
        CHECK_FALSE(load.content);
    }
}

TEST_CASE("kiosk_file: a store map picture that does not decode is refused like every other") {
    ContentTestFolder folder;
    folder.write_asset("brand/store-map.png", kiosk::testing::png_header(1200, 900));
    folder.write("kiosk.json", kiosk_json_with(R"(  "store_map": {"image": "brand/store-map.png"},
)"));
    std::vector<std::string> decoded;
    const kiosk::PictureCheck cut_short =
        [&decoded](const std::filesystem::path& file) -> std::optional<std::string> {
        decoded.push_back(file.filename().string());
        return "PNG data ends early";
    };
    const auto load = kiosk::load_content(folder.folders(), {}, cut_short);
    CHECK(decoded == std::vector<std::string>{"store-map.png"});
    CHECK(folder.all_shown(load) ==
          "kiosk.json:2:26: error: image 'brand/store-map.png': PNG data ends early "
          "[/store_map/image]\n");
    CHECK_FALSE(load.content);
}
