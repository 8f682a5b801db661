#include "core/kiosk_flow.hpp"

#include <algorithm>
#include <cmath>
#include <limits>

namespace kiosk {

KioskFlow::KioskFlow(std::shared_ptr<const Content> content, double now, SessionIds new_session_id)
    : content_(std::move(content)), new_session_id_(std::move(new_session_id)) {
    language_ = content_->kiosk.default_language;
    show_attract(now);
}

// ---------------------------------------------------------------------------------------------
// Shopper actions

void KioskFlow::act(const ShopperAction& action, double now) {
    last_touch_ = now;
    if (overlay_ == Overlay::still_there) {
        // Any touch while "Still there?" shows means someone is there: carry on.
        overlay_ = Overlay::none;
        changed();
        return;
    }
    // The accessibility panel covers the screen: only its own switches act.
    if (overlay_ == Overlay::accessibility && !std::holds_alternative<shopper::ToggleAid>(action) &&
        !std::holds_alternative<shopper::CloseAids>(action))
        return;
    std::visit([&](const auto& a) { take(a, now); }, action);
}

void KioskFlow::take(const shopper::ChooseLanguage& a, double) {
    const auto& codes = content_->kiosk.languages;
    if (std::find(codes.begin(), codes.end(), a.language) == codes.end()) return;
    language_ = a.language;
    changed();
}

void KioskFlow::take(const shopper::StartQuiz&, double now) {
    if (screen_ == Screen::attract) start_session(now, "start_button");
}

void KioskFlow::take(const shopper::Answer& a, double now) {
    if (screen_ == Screen::quiz && !confirm_until_ && a.question == question().id)
        answer(a.answer, now);
}

void KioskFlow::take(const shopper::Next&, double now) {
    if (screen_ == Screen::quiz && !confirm_until_ && can_go_next()) move_on(now);
}

void KioskFlow::take(const shopper::Back&, double now) {
    if (screen_ != Screen::quiz || confirm_until_) return;
    const int previous = previous_shown_question(question_index_);
    if (previous >= 0) return go_to_question(previous, now, true);
    end_session(now, "home");
    show_attract(now);
}

void KioskFlow::take(const shopper::Home&, double now) {
    if (screen_ == Screen::attract) return;
    end_session(now, screen_ == Screen::results ? "done" : "home");
    show_attract(now);
}

void KioskFlow::take(const shopper::Restart&, double now) {
    if (screen_ != Screen::results) return;
    end_session(now, "restart");
    start_session(now, "restart");
}

void KioskFlow::take(const shopper::NextSlide&, double now) {
    if (screen_ == Screen::attract)
        change_slide((slide_index_ + 1) % static_cast<int>(content_->slides.size()), now);
}

void KioskFlow::take(const shopper::PreviousSlide&, double now) {
    if (screen_ != Screen::attract) return;
    const int n = static_cast<int>(content_->slides.size());
    change_slide((slide_index_ + n - 1) % n, now);
}

void KioskFlow::take(const shopper::TogglePause&, double now) {
    if (paused_)
        slide_since_ += now - paused_at_;
    else
        paused_at_ = now;
    paused_ = !paused_;
    changed();
}

void KioskFlow::answer(const std::string& answer_id, double now) {
    const Question& q = question();
    if (!q.find_answer(answer_id)) return;
    auto& chosen = choices_[q.id];
    changed();
    if (q.choose == Choose::one) {
        chosen = {answer_id};
        confirm_until_ = now + answer_confirm_seconds;
        return;
    }
    auto it = std::find(chosen.begin(), chosen.end(), answer_id);
    if (it != chosen.end())
        chosen.erase(it);
    else if (static_cast<int>(chosen.size()) < q.most_answers())
        chosen.push_back(answer_id);
}

bool KioskFlow::is_last_question() const {
    return screen_ == Screen::quiz && next_shown_question(question_index_) < 0;
}

bool KioskFlow::can_go_next() const {
    // "Pick any that apply" includes none of them.
    return screen_ == Screen::quiz && question().choose == Choose::many;
}

bool KioskFlow::is_chosen(const std::string& answer_id) const {
    if (screen_ != Screen::quiz) return false;
    auto it = choices_.find(question().id);
    return it != choices_.end() &&
           std::find(it->second.begin(), it->second.end(), answer_id) != it->second.end();
}

// ---------------------------------------------------------------------------------------------
// Timers

void KioskFlow::advance(double now) {
    if (screen_ == Screen::attract) {
        if (waiting_content_) take_waiting_content(now);
        if (!paused_ && now >= slide_since_ + content_->slide_seconds(slide()))
            change_slide((slide_index_ + 1) % static_cast<int>(content_->slides.size()), now);
        drop_unused_aids(now);
        return;
    }
    if (confirm_until_ && now >= *confirm_until_) {
        confirm_until_.reset();
        move_on(now);
    }
    if (overlay_ != Overlay::still_there && now >= last_touch_ + idle_limit()) {
        overlay_ = Overlay::still_there;
        overlay_since_ = now;
        changed();
    }
    if (overlay_ == Overlay::still_there && overlay_seconds_left(now) <= 0) {
        end_session(now, screen_ == Screen::results ? "done" : "idle_timeout");
        show_attract(now);
    }
}

double KioskFlow::idle_limit() const {
    // On the results the shopper reads; the overlay comes so that the screen returns to the
    // slides at results_timeout_seconds.
    if (screen_ == Screen::results)
        return with_aids(
            std::max(1.0, timing().results_timeout_seconds - timing().idle_warning_seconds));
    return with_aids(timing().idle_timeout_seconds);
}

double KioskFlow::idle_warning_seconds() const {
    return with_aids(timing().idle_warning_seconds);
}

double KioskFlow::overlay_seconds_left(double now) const {
    if (overlay_ != Overlay::still_there) return 0;
    return overlay_since_ + idle_warning_seconds() - now;
}

double KioskFlow::next_change() const {
    constexpr double never = std::numeric_limits<double>::infinity();
    if (screen_ == Screen::attract)
        return std::min(paused_ ? never : slide_since_ + content_->slide_seconds(slide()),
                        unused_aids_deadline());
    if (confirm_until_) return *confirm_until_;
    if (overlay_ == Overlay::still_there) return overlay_since_ + idle_warning_seconds();
    return last_touch_ + idle_limit();
}

// ---------------------------------------------------------------------------------------------
// Screens

void KioskFlow::show_attract(double now) {
    changed();
    screen_ = Screen::attract;
    overlay_ = Overlay::none;
    screen_since_ = now;
    confirm_until_.reset();
    recommendation_ = {};
    paused_ = false;
    if (waiting_content_) take_waiting_content(now);
    previous_slide_index_ = -1;
    slide_since_ = slide_shown_at_ = now;
}

void KioskFlow::start_session(double now, const std::string& trigger) {
    if (screen_ == Screen::attract) leave_slide(now);
    changed();
    session_ = new_session_id_ ? new_session_id_() : std::string("session");
    emit("session_started", {{"trigger", trigger}});
    aids_used_ = aids_;
    choices_.clear();
    question_path_.clear();
    screen_ = Screen::quiz;
    screen_since_ = now;
    overlay_ = Overlay::none;
    int first = next_shown_question(-1);
    go_to_question(first < 0 ? 0 : first, now, false);
}

void KioskFlow::end_session(double now, const std::string& reason) {
    if (session_.empty()) return;
    close_sheet(now);
    changed();
    nlohmann::json fields{{"reason", reason}};
    if (aids_used_.any()) fields["aids"] = aids_used_.names();
    emit("session_ended", fields);
    reset_aids(reason);
    session_.clear();
    choices_.clear();
    question_path_.clear();
    // The next shopper starts in the default language; Start over keeps the chosen one.
    if (reason != "restart") language_ = content_->kiosk.default_language;
}

void KioskFlow::go_to_question(int index, double now, bool backwards) {
    changed();
    question_index_ = index;
    question_since_ = now;
    moving_back_ = backwards;
    confirm_until_.reset();
    if (backwards) {
        while (!question_path_.empty() && question_path_.back() != index) question_path_.pop_back();
    } else {
        question_path_.push_back(index);
    }
    if (question_path_.empty()) question_path_.push_back(index);
}

void KioskFlow::move_on(double now) {
    const Question& q = question();
    auto it = choices_.find(q.id);
    nlohmann::json answers =
        it == choices_.end() ? nlohmann::json::array() : nlohmann::json(it->second);
    emit("question_answered", {{"question", q.id}, {"answers", answers}});
    int next = next_shown_question(question_index_);
    if (next < 0)
        finish_quiz(now);
    else
        go_to_question(next, now, false);
}

void KioskFlow::finish_quiz(double now) {
    // Only the answers of questions on the path the shopper took count.
    choices_ = path_choices();
    recommendation_ = recommend(*content_, choices_);

    nlohmann::json answers = nlohmann::json::object(), products = nlohmann::json::array(),
                   tips = nlohmann::json::array();
    for (const auto& [question_id, answer_ids] : choices_) answers[question_id] = answer_ids;
    for (const auto& p : recommendation_.products) products.push_back(p.product->id);
    for (const Tip* t : recommendation_.tips) tips.push_back(t->id);
    emit("quiz_completed", {{"answers", answers},
                            {"recommended", products},
                            {"tips", tips},
                            {"fallback", recommendation_.fallback}});
    screen_ = Screen::results;
    screen_since_ = now;
    last_touch_ = now;
    tips_page_ = false;
    changed();
}

Choices KioskFlow::path_choices() const {
    // Only answers to questions the shopper was shown on the way here decide what shows next;
    // answers left behind by going Back past a question do not.
    Choices taken;
    for (int index : question_path_) {
        const std::string& id = content_->quiz.questions[static_cast<size_t>(index)].id;
        if (auto it = choices_.find(id); it != choices_.end()) taken[id] = it->second;
    }
    return taken;
}

int KioskFlow::next_shown_question(int after) const {
    const auto& questions = content_->quiz.questions;
    const Choices taken = path_choices();
    for (size_t i = static_cast<size_t>(after + 1); i < questions.size(); ++i)
        if (is_shown(questions[i], taken)) return static_cast<int>(i);
    return -1;
}

int KioskFlow::previous_shown_question(int before) const {
    auto it = std::find(question_path_.begin(), question_path_.end(), before);
    if (it == question_path_.begin() || it == question_path_.end()) return -1;
    return *(it - 1);
}

const Question& KioskFlow::question() const {
    return content_->quiz.questions[static_cast<size_t>(question_index_)];
}

int KioskFlow::question_number() const {
    auto it = std::find(question_path_.begin(), question_path_.end(), question_index_);
    return static_cast<int>(it - question_path_.begin()) + 1;
}

int KioskFlow::questions_that_may_show(int from, const Choices& settled) const {
    const auto& questions = content_->quiz.questions;
    int count = 0;
    for (size_t i = static_cast<size_t>(std::max(0, from)); i < questions.size(); ++i) {
        const Question& q = questions[i];
        // A question whose show_if waits on an answer not settled yet (the question on screen,
        // or one further on) may show; one whose answer is settled shows as that answer says.
        const bool open = q.show_if && !settled.contains(q.show_if->question) &&
                          content_->quiz.question_index(q.show_if->question) >= from;
        if (open || is_shown(q, settled)) ++count;
    }
    return count;
}

int KioskFlow::question_total() const {
    return questions_that_may_show(0, {});
}

int KioskFlow::question_step() const {
    // The answers of the questions before this one are settled; this one's may still change.
    Choices settled = path_choices();
    settled.erase(question().id);
    return question_total() - questions_that_may_show(question_index_, settled) + 1;
}

// ---------------------------------------------------------------------------------------------
// Slides

const Slide& KioskFlow::slide() const {
    return content_->slides[static_cast<size_t>(slide_index_)];
}

double KioskFlow::slide_progress(double now) const {
    double length = content_->slide_seconds(slide());
    double shown = (paused_ ? paused_at_ : now) - slide_since_;
    return length <= 0 ? 1.0 : std::clamp(shown / length, 0.0, 1.0);
}

void KioskFlow::change_slide(int index, double now) {
    changed();
    leave_slide(now);
    previous_slide_index_ = slide_index_;
    slide_index_ = index;
    slide_since_ = slide_shown_at_ = now;
    if (paused_) paused_at_ = now;
}

void KioskFlow::leave_slide(double now) {
    double seconds = std::round((now - slide_shown_at_) * 1000.0) / 1000.0;
    emit("slide_viewed", {{"slide", slide().id}, {"seconds", seconds}});
}

// ---------------------------------------------------------------------------------------------
// Content

void KioskFlow::offer_content(std::shared_ptr<const Content> content, double now, bool interrupt) {
    waiting_content_ = std::move(content);
    if (screen_ != Screen::attract && interrupt) {
        end_session(now, "content_changed");
        show_attract(now);
    } else if (screen_ == Screen::attract) {
        take_waiting_content(now);
    }
}

void KioskFlow::take_waiting_content(double now) {
    changed();
    content_ = std::move(waiting_content_);
    waiting_content_.reset();
    const auto& codes = content_->kiosk.languages;
    if (std::find(codes.begin(), codes.end(), language_) == codes.end())
        language_ = content_->kiosk.default_language;
    if (slide_index_ >= static_cast<int>(content_->slides.size())) slide_index_ = 0;
    previous_slide_index_ = -1;
    slide_since_ = slide_shown_at_ = now;
}

std::vector<Event> KioskFlow::take_events() {
    std::vector<Event> out;
    out.swap(events_);
    return out;
}

void KioskFlow::emit(std::string type, nlohmann::json fields) {
    events_.push_back(Event{std::move(type), std::move(fields), session_});
}

}  // namespace kiosk
