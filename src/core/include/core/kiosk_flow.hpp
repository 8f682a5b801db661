// The kiosk's flow as a state machine: attract loop → quiz → results → attract, with the
// "Still there?" overlay. Screens draw this state and report what the shopper did; this class
// decides what happens next. Time is always passed in (`now`, seconds on the app's clock).
#pragma once

#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "core/content.hpp"
#include "core/event.hpp"
#include "core/jump.hpp"
#include "core/recommend.hpp"
#include "core/shopper_action.hpp"

namespace kiosk {

enum class Screen {
    attract,  // the slides cycle; Start and the language buttons wait for a shopper
    quiz,     // one question at a time
    results,  // recommended products, why, tips, disclaimer
};

enum class Overlay {
    none,
    still_there,    // nobody touched for a while: a countdown back to the slides
    accessibility,  // the accessibility panel: the aids a shopper can turn on
};

// How long the tapped tile of a choose-one question shows its confirmation before the next
// question comes (app seconds).
inline constexpr double answer_confirm_seconds = 0.25;

class KioskFlow {
  public:
    using SessionIds = std::function<std::string()>;

    KioskFlow(std::shared_ptr<const Content> content, double now, SessionIds new_session_id);

    // What the shopper did. An answer counts only for the question on screen: a tap read
    // against a frame that still showed the previous question is refused.
    void act(const ShopperAction& action, double now);
    // A finger touched the screen (before it is known what it does): keeps the session alive
    // but does not answer "Still there?" by itself.
    void touched(double now) {
        if (overlay_ != Overlay::still_there) last_touch_ = now;
    }
    // Runs the timers: slide changes, confirmations, idle overlay, timeouts.
    void advance(double now);
    // The app time of the next change `advance` will make by itself (a deadline for sleeping).
    [[nodiscard]] double next_change() const;

    // The app is stopping: a session still open ends with `reason` ("stopped", "display_lost"),
    // so that every session that starts also ends.
    void stop(double now, const std::string& reason) { end_session(now, reason); }

    // New content: taken at once on the attract loop, else when the session ends, unless
    // `interrupt` ends the session now (reason content_changed).
    void offer_content(std::shared_ptr<const Content> content, double now, bool interrupt = false);
    [[nodiscard]] bool content_waiting() const { return waiting_content_ != nullptr; }

    // The preview's jumps (core/jump.hpp; kiosk_flow_jumps.cpp). A jump into the quiz or the
    // results starts a session of its own (trigger "jump"; an open one ends with reason
    // "jump"); the language stays the one chosen. Answers "Still there?" like a touch.
    void jump(const Jump& to, double now);
    // The preview's reload: `content` at once, on the same screen as before: the same slide,
    // the same question with the answers that still exist, or the results of the same answers.
    void replace_content(std::shared_ptr<const Content> content, double now);

    // Events produced since the last call, oldest first.
    [[nodiscard]] std::vector<Event> take_events();

    // --- the state, for screens, the UI dump and tests ---
    [[nodiscard]] const Content& content() const { return *content_; }
    [[nodiscard]] std::shared_ptr<const Content> content_ptr() const { return content_; }
    [[nodiscard]] Screen screen() const { return screen_; }
    [[nodiscard]] Overlay overlay() const { return overlay_; }
    [[nodiscard]] const std::string& language() const { return language_; }
    [[nodiscard]] const std::string& session() const { return session_; }
    [[nodiscard]] double screen_since() const { return screen_since_; }
    // Counts every change of what the screens show (not the passing of time within a slide or
    // a countdown): a new value means a new frame.
    [[nodiscard]] unsigned long revision() const { return revision_; }

    // Attract loop
    [[nodiscard]] const Slide& slide() const;
    [[nodiscard]] int slide_index() const { return slide_index_; }
    [[nodiscard]] int previous_slide_index() const { return previous_slide_index_; }
    [[nodiscard]] double slide_since() const { return slide_since_; }
    [[nodiscard]] double slide_progress(double now) const;  // 0..1 of the slide's time
    [[nodiscard]] bool paused() const { return paused_; }

    // Quiz
    [[nodiscard]] const Question& question() const;
    [[nodiscard]] int question_number() const;  // 1-based among the questions shown so far
    // The progress a shopper sees, "step of total": the total is the quiz's longest path (every
    // question that may show), the same all session long; the step is how far along it this
    // question is, counted back from the questions that may still come. A question left out by
    // an answer moves the step on by one more, never the total down.
    [[nodiscard]] int question_total() const;
    [[nodiscard]] int question_step() const;
    // No question comes after this one with the answers so far: the quiz ends here.
    [[nodiscard]] bool is_last_question() const;
    [[nodiscard]] const Choices& choices() const { return choices_; }
    [[nodiscard]] bool is_chosen(const std::string& answer_id) const;
    [[nodiscard]] bool can_go_next() const;
    [[nodiscard]] bool confirming() const { return confirm_until_.has_value(); }
    [[nodiscard]] double question_since() const { return question_since_; }
    [[nodiscard]] bool moving_back() const { return moving_back_; }

    // Results
    [[nodiscard]] const Recommendation& recommendation() const { return recommendation_; }
    // The product whose sheet is open over the results (kiosk_flow_sheet.cpp); empty for none.
    // The results' timeouts keep running under it.
    [[nodiscard]] const std::string& sheet_product() const { return sheet_product_; }
    [[nodiscard]] double sheet_since() const { return sheet_since_; }
    // The results' tips page is the one shown, where the results come in two pages (larger
    // text lays them out so); each new results start on the products.
    [[nodiscard]] bool tips_page() const { return tips_page_; }

    // The aids on for this visit (kiosk_flow_aids.cpp), and those used so far in the session.
    [[nodiscard]] const Aids& aids() const { return aids_; }
    // Whether the kiosk can speak (an engine, and a sound device or a WAV file to speak into):
    // read aloud is offered only then, and goes off when speech goes away.
    void offer_speech(bool can_speak);
    [[nodiscard]] bool can_speak() const { return can_speak_; }
    // How long "Still there?" counts down: longer with more time.
    [[nodiscard]] double idle_warning_seconds() const;

    // Overlay
    [[nodiscard]] double overlay_seconds_left(double now) const;
    [[nodiscard]] double overlay_since() const { return overlay_since_; }

  private:
    void take(const shopper::Touch&, double) {}
    void take(const shopper::KeepGoing&, double) {}
    void take(const shopper::ShowProduct& a, double now);
    void take(const shopper::CloseProduct&, double now);
    void take(const shopper::TurnResults& a, double now);
    // Closes the sheet, if one is open: writes product_viewed with the seconds it was open.
    void close_sheet(double now);
    void take(const shopper::ChooseLanguage& a, double now);
    void take(const shopper::StartQuiz&, double now);
    void take(const shopper::Answer& a, double now);
    void take(const shopper::Next&, double now);
    void take(const shopper::Back&, double now);
    void take(const shopper::Home&, double now);
    void take(const shopper::Restart&, double now);
    void take(const shopper::NextSlide&, double now);
    void take(const shopper::PreviousSlide&, double now);
    void take(const shopper::TogglePause&, double now);
    void take(const shopper::OpenAids&, double now);
    void take(const shopper::ToggleAid& a, double now);
    void take(const shopper::CloseAids&, double now);
    // Aids set on the slides by someone who then walked away are turned off again.
    void drop_unused_aids(double now);
    [[nodiscard]] double unused_aids_deadline() const;
    // The aids go back to the defaults at the end of a session (kept on Start over).
    void reset_aids(const std::string& reason);
    // The idle limit and the warning with more time.
    [[nodiscard]] double with_aids(double seconds) const;
    void go(const jump::Slides&, double now);
    void go(const jump::NextSlide&, double now);
    void go(const jump::PreviousSlide&, double now);
    void go(const jump::Question& j, double now);
    void go(const jump::Results& j, double now);
    void go(const jump::NextLanguage&, double now);
    void start_jump_session(double now);
    void changed() { ++revision_; }
    void show_attract(double now);
    void start_session(double now, const std::string& trigger);
    void end_session(double now, const std::string& reason);
    void go_to_question(int index, double now, bool backwards);
    void move_on(double now);
    void finish_quiz(double now);
    void answer(const std::string& answer_id, double now);
    void change_slide(int index, double now);
    void leave_slide(double now);
    void take_waiting_content(double now);
    [[nodiscard]] int next_shown_question(int after) const;
    // Questions from `from` on that may still show, with the answers settled before `from`.
    [[nodiscard]] int questions_that_may_show(int from, const Choices& settled) const;
    [[nodiscard]] Choices path_choices() const;
    [[nodiscard]] int previous_shown_question(int before) const;
    [[nodiscard]] double idle_limit() const;
    [[nodiscard]] const Timing& timing() const { return content_->kiosk.timing; }
    void emit(std::string type, nlohmann::json fields);

    std::shared_ptr<const Content> content_;
    std::shared_ptr<const Content> waiting_content_;
    SessionIds new_session_id_;
    std::vector<Event> events_;

    unsigned long revision_ = 0;
    Screen screen_ = Screen::attract;
    Overlay overlay_ = Overlay::none;
    std::string language_;
    std::string session_;
    double screen_since_ = 0;
    double last_touch_ = 0;

    int slide_index_ = 0;
    int previous_slide_index_ = -1;
    double slide_since_ = 0;     // when the slide's timer started (moved on by pauses)
    double slide_shown_at_ = 0;  // when the slide came on screen
    bool paused_ = false;
    double paused_at_ = 0;

    int question_index_ = 0;
    std::vector<int> question_path_;  // indices of the questions shown, in order
    Choices choices_;
    std::optional<double> confirm_until_;
    double question_since_ = 0;
    bool moving_back_ = false;

    Recommendation recommendation_;
    std::string sheet_product_;
    bool tips_page_ = false;
    double sheet_since_ = 0;
    double overlay_since_ = 0;

    Aids aids_;
    Aids aids_used_;  // in this session, for session_ended
    bool can_speak_ = false;
};

}  // namespace kiosk
