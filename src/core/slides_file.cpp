// slides.json: the explainer loop.
#include "core/closest_key.hpp"
#include "core/content_files.hpp"

namespace kiosk {
namespace {

constexpr std::pair<std::string_view, SlideLayout> layouts[] = {
    {"image-left", SlideLayout::image_left},
    {"image-right", SlideLayout::image_right},
    {"image-top", SlideLayout::image_top},
    {"text-only", SlideLayout::text_only},
};

constexpr ObjectList slide_list{"slides.json", "/slides/*", "slide"};

std::optional<SlideLayout> read_layout(const Field& field) {
    auto name = read_string(field);
    if (!name) return std::nullopt;
    std::vector<std::string_view> names;
    for (const auto& [known, layout] : layouts) {
        if (known == *name) return layout;
        names.push_back(known);
    }
    std::string message = "layout '" + *name +
                          "' must be one of image-left, image-right, "
                          "image-top, text-only";
    if (auto close = closest_key(*name, names))
        message += "; did you mean '" + std::string(*close) + "'?";
    field.error(std::move(message));
    return std::nullopt;
}

std::vector<Text> read_points(const Field& field, const TextRules& rules) {
    std::vector<Text> points;
    if (auto elements = read_array(field))
        for (const Field& element : *elements) points.push_back(read_text(element, rules));
    return points;
}

void read_slide_look(const Field& field, Slide& slide, ReadingContext& context) {
    if (auto image = field.member("image"))
        slide.image = read_image(*image, context.images).value_or("");
    if (auto layout = field.member("layout"))
        slide.layout = read_layout(*layout).value_or(slide.layout);
    if (auto seconds = field.member("seconds"))
        slide.seconds = read_positive_number(*seconds, "seconds");
    if (auto background = field.member("background")) slide.background = read_colour(*background);
}

void read_slide(const Field& field, Slide& slide, ReadingContext& context) {
    if (auto title = field.member("title")) slide.title = read_text(*title, context.text);
    if (auto body = field.member("body")) slide.body = read_text(*body, context.text);
    if (auto points = field.member("points")) slide.points = read_points(*points, context.text);
    read_slide_look(field, slide, context);
    if (auto source = field.member("source")) {
        slide.source = read_string(*source).value_or("");
        check_drawable(*source, slide.source, context.text);
    }
}

}  // namespace

std::vector<Slide> read_slides(const Field& root, ReadingContext& context) {
    if (!check_object(root, object_keys("slides.json", ""))) return {};
    const auto list = root.member("slides");
    return list ? read_object_list(*list, slide_list, context, read_slide) : std::vector<Slide>{};
}

}  // namespace kiosk
