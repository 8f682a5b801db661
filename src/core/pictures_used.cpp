#include "core/pictures_used.hpp"

#include <algorithm>

namespace kiosk {

std::vector<std::string> pictures_used(const Content& content) {
    std::vector<std::string> out;
    auto add = [&out](const std::string& image) {
        if (!image.empty() && std::find(out.begin(), out.end(), image) == out.end())
            out.push_back(image);
    };
    add(content.kiosk.brand.logo);
    add(content.kiosk.store_map);
    for (const Slide& slide : content.slides) add(slide.image);
    for (const Question& question : content.quiz.questions)
        for (const Answer& answer : question.answers) add(answer.image);
    for (const Product& product : content.products) add(product.image);
    return out;
}

}  // namespace kiosk
