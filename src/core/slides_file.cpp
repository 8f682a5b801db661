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

Slide read_slide(const Field& field, IdRegister& ids, ReadingContext& context) {
    Slide slide;
    if (!check_object(field, object_keys("slides.json", "/slides/*"))) return slide;
    if (auto id = field.member("id")) {
        slide.id = read_name(*id, "slide id").value_or("");
        if (!slide.id.empty()) ids.add(*id, slide.id);
    }
    if (auto title = field.member("title")) slide.title = read_text(*title, context.text);
    if (auto body = field.member("body")) slide.body = read_text(*body, context.text);
    if (auto points = field.member("points")) slide.points = read_points(*points, context.text);
    read_slide_look(field, slide, context);
    if (auto source = field.member("source")) {
        slide.source = read_string(*source).value_or("");
        check_drawable(*source, slide.source, context.text);
    }
    return slide;
}

}  // namespace

std::vector<Slide> read_slides(const Field& root, ReadingContext& context) {
    std::vector<Slide> slides;
    if (!check_object(root, object_keys("slides.json", ""))) return slides;
    const auto list = root.member("slides");
    const auto elements = list ? read_array(*list, "slide") : std::nullopt;
    if (!elements) return slides;
    IdRegister ids("slide id");
    for (const Field& element : *elements) slides.push_back(read_slide(element, ids, context));
    return slides;
}

}  // namespace kiosk
