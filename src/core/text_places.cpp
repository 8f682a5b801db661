#include "core/text_places.hpp"

namespace kiosk {
namespace {

struct PlaceList {
    const Content& content;
    const std::string& language;
    std::vector<TextPlace> places;

    void add(const Text& text, const char* file, const std::string& owner_pointer,
             const std::string& field, const char* owner, const char* box) {
        std::string words = content.text(text, language);
        if (words.empty()) return;
        places.push_back({.file = file,
                          .pointer = owner_pointer + "/" + field,
                          .owner_pointer = owner_pointer,
                          .owner = owner,
                          .box = box,
                          .language = language,
                          .words = std::move(words)});
    }
};

void add_slides(PlaceList& list) {
    const auto& slides = list.content.slides;
    for (size_t i = 0; i < slides.size(); ++i) {
        const std::string at = "/slides/" + std::to_string(i);
        list.add(slides[i].title, "slides.json", at, "title", "slide", "the slide");
        list.add(slides[i].body, "slides.json", at, "body", "slide", "the slide");
        for (size_t p = 0; p < slides[i].points.size(); ++p)
            list.add(slides[i].points[p], "slides.json", at, "points/" + std::to_string(p), "slide",
                     "the slide");
    }
}

void add_quiz(PlaceList& list) {
    const Quiz& quiz = list.content.quiz;
    list.add(quiz.intro, "quiz.json", "", "intro", "intro", "its box");
    for (size_t q = 0; q < quiz.questions.size(); ++q) {
        const Question& question = quiz.questions[q];
        const std::string at = "/questions/" + std::to_string(q);
        list.add(question.text, "quiz.json", at, "text", "question", "its box");
        list.add(question.hint, "quiz.json", at, "hint", "hint", "its box");
        for (size_t a = 0; a < question.answers.size(); ++a) {
            const std::string answer = at + "/answers/" + std::to_string(a);
            list.add(question.answers[a].text, "quiz.json", answer, "text", "answer", "its tile");
            list.add(question.answers[a].reason, "quiz.json", answer, "reason", "reason",
                     "a product card");
        }
    }
    for (size_t t = 0; t < quiz.tips.size(); ++t) {
        const std::string at = "/tips/" + std::to_string(t);
        list.add(quiz.tips[t].title, "quiz.json", at, "title", "tip", "its card");
        list.add(quiz.tips[t].body, "quiz.json", at, "body", "tip", "its card");
    }
}

// The product sheet's texts: drawn only there.
void add_product_sheet(PlaceList& list, const Product& product, const std::string& at) {
    const char* sheet = "its sheet";
    list.add(product.details, "products.json", at, "details", "product", sheet);
    for (size_t s = 0; s < product.how_to_use.size(); ++s)
        list.add(product.how_to_use[s], "products.json", at, "how_to_use/" + std::to_string(s),
                 "product", sheet);
    for (size_t k = 0; k < product.key_ingredients.size(); ++k)
        list.add(product.key_ingredients[k], "products.json", at,
                 "key_ingredients/" + std::to_string(k), "product", sheet);
    list.add(product.location, "products.json", at, "location", "product", sheet);
}

void add_products(PlaceList& list) {
    const auto& products = list.content.products;
    for (size_t i = 0; i < products.size(); ++i) {
        const std::string at = "/products/" + std::to_string(i);
        list.add(products[i].name, "products.json", at, "name", "product", "its card");
        list.add(products[i].summary, "products.json", at, "summary", "product", "its card");
        add_product_sheet(list, products[i], at);
    }
}

void add_kiosk(PlaceList& list) {
    const KioskSettings& kiosk = list.content.kiosk;
    list.add(kiosk.disclaimer, "kiosk.json", "", "disclaimer", "disclaimer", "its box");
    for (const auto& [key, text] : kiosk.strings)
        list.add(text, "kiosk.json", "/strings", key, "string", "its box");
}

}  // namespace

std::vector<TextPlace> shopper_text_places(const Content& content, const std::string& language) {
    PlaceList list{content, language, {}};
    add_slides(list);
    add_quiz(list);
    add_products(list);
    add_kiosk(list);
    return std::move(list.places);
}

std::vector<const TextPlace*> places_of(const std::vector<TextPlace>& places,
                                        const std::string& words) {
    std::vector<const TextPlace*> found;
    for (const TextPlace& p : places)
        if (p.words == words) found.push_back(&p);
    return found;
}

}  // namespace kiosk
