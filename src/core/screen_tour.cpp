#include "core/screen_tour.hpp"

#include <random>
#include <set>
#include <vector>

namespace kiosk {
namespace {

// Long enough for any transition or reveal to be over; far less than any timeout.
constexpr double settle_seconds = 5;
// Longer than a chosen answer shows its confirmation; shorter than any slide stays.
constexpr double confirm_seconds = 1;

struct Tour {
    const std::function<void(const KioskFlow&, double)>& visit;
    double now = 0;

    void step(KioskFlow& flow, const ShopperAction& action) {
        flow.act(action, now);
        now += confirm_seconds;
        flow.advance(now);  // a choose-one answer moves on once confirmed
        now += settle_seconds;
        (void)flow.take_events();
    }
    void show(const KioskFlow& flow) { visit(flow, now); }
};

KioskFlow started(const std::shared_ptr<const Content>& content, const std::string& language,
                  Tour& tour) {
    KioskFlow flow(content, tour.now, [] { return std::string("tour"); });
    tour.step(flow, shopper::ChooseLanguage{language});
    return flow;
}

// A quiz asks each question at most once: more answers than that and the flow is not moving
// on (which it always does), so the walk stops rather than loop.
std::size_t most_questions(const KioskFlow& flow) {
    return flow.content().quiz.questions.size();
}

// One answer for the question on screen: `pick` chooses which.
template <typename Pick>
void answer(KioskFlow& flow, Tour& tour, Pick pick) {
    const Question& q = flow.question();
    const std::string question = q.id;
    tour.step(flow, shopper::Answer{question, q.answers.at(pick(q)).id});
    if (flow.screen() == Screen::quiz && flow.question().id == question)
        tour.step(flow, shopper::Next{});  // a choose-many question
}

// Answers from the start until `target` is on screen: the first answer, except where the
// target's show_if asks for another. False when the target never came.
bool reach_question(KioskFlow& flow, Tour& tour, const Question& target) {
    tour.step(flow, shopper::StartQuiz{});
    for (std::size_t asked = 0; flow.screen() == Screen::quiz && asked <= most_questions(flow);
         ++asked) {
        if (flow.question().id == target.id) return true;
        answer(flow, tour, [&](const Question& q) -> std::size_t {
            if (!target.show_if || target.show_if->question != q.id) return 0;
            for (std::size_t i = 0; i < q.answers.size(); ++i)
                for (const std::string& wanted : target.show_if->any_of)
                    if (q.answers[i].id == wanted) return i;
            return 0;
        });
    }
    return false;
}

void tour_slides(const std::shared_ptr<const Content>& content, const std::string& language,
                 Tour& tour) {
    KioskFlow flow = started(content, language, tour);
    for (std::size_t i = 0; i < content->slides.size(); ++i) {
        tour.show(flow);
        tour.step(flow, shopper::NextSlide{});
    }
}

void tour_questions(const std::shared_ptr<const Content>& content, const std::string& language,
                    Tour& tour) {
    for (const Question& target : content->quiz.questions) {
        KioskFlow flow = started(content, language, tour);
        if (!reach_question(flow, tour, target)) continue;
        tour.show(flow);
        if (&target == &content->quiz.questions.front()) {
            // The accessibility panel over a question, every aid offered (read aloud too), then
            // "Still there?" with more time on.
            flow.offer_speech(true);
            tour.step(flow, shopper::OpenAids{});
            tour.step(flow, shopper::ToggleAid{Aid::more_time});
            tour.show(flow);
            tour.step(flow, shopper::CloseAids{});
            tour.now += content->kiosk.timing.idle_timeout_seconds * more_time_factor + 1;
            flow.advance(tour.now);
            if (flow.overlay() == Overlay::still_there) tour.show(flow);
        }
    }
}

// Each product's sheet, opened from these results, the first time it comes with these reasons.
void tour_sheets(const KioskFlow& results, Tour& tour, std::set<std::string>& sheets) {
    for (const RecommendedProduct& p : results.recommendation().products) {
        std::string sheet = p.product->id;
        for (const Answer* why : p.why) sheet += " " + why->id;
        if (!sheets.insert(sheet).second) continue;
        KioskFlow open = results;
        tour.step(open, shopper::ShowProduct{p.product->id});
        tour.show(open);
    }
}

void tour_results(const std::shared_ptr<const Content>& content, const std::string& language,
                  Tour& tour, const TourLimits& limits) {
    std::mt19937 random(limits.seed);
    std::set<std::vector<std::string>> seen;  // the results laid out already
    std::set<std::string> sheets;             // the sheets laid out already, with their reasons
    for (std::size_t path = 0; path < limits.answer_paths; ++path) {
        KioskFlow flow = started(content, language, tour);
        tour.step(flow, shopper::StartQuiz{});
        for (std::size_t asked = 0; flow.screen() == Screen::quiz && asked <= most_questions(flow);
             ++asked)
            answer(flow, tour, [&](const Question& q) {
                return std::uniform_int_distribution<std::size_t>(0, q.answers.size() - 1)(random);
            });
        if (flow.screen() != Screen::results) continue;
        // The products, why each (its words depend on the answers), and the tips.
        std::vector<std::string> shown;
        for (const RecommendedProduct& p : flow.recommendation().products) {
            shown.push_back(p.product->id);
            for (const Answer* why : p.why) shown.push_back(" " + why->id);
        }
        for (const Tip* tip : flow.recommendation().tips) shown.push_back("tip " + tip->id);
        if (!seen.insert(shown).second) continue;
        tour.show(flow);
        tour_sheets(flow, tour, sheets);
        // With larger text, the results' second page (nothing changes where they are one).
        if (flow.recommendation().tips.empty()) continue;
        KioskFlow tips = flow;
        tour.step(tips, shopper::TurnResults{true});
        tour.show(tips);
    }
}

}  // namespace

void tour_screens(std::shared_ptr<const Content> content, const std::string& language,
                  const std::function<void(const KioskFlow&, double now)>& visit,
                  const TourLimits& limits) {
    Tour tour{visit};
    tour_slides(content, language, tour);
    tour_questions(content, language, tour);
    tour_results(content, language, tour, limits);
}

}  // namespace kiosk
