#include "core/autopilot.hpp"

#include <algorithm>
#include <limits>

namespace kiosk {

void Autopilot::human_input(double now) {
    last_human_ = now;
    planned_.reset();
    planned_for_.reset();
    picks_.clear();
}

void Autopilot::plan(const KioskFlow& flow, double now) {
    planned_.reset();
    planned_for_ = flow.revision();
    const double start = std::max(now, last_human_ + timing_.takeover_seconds);
    if (flow.overlay() == Overlay::still_there) {
        planned_ = PlannedTap{shopper::KeepGoing{}, start + timing_.think_seconds};
        return;
    }
    if (flow.overlay() == Overlay::accessibility) {  // left open by a person: closed again
        planned_ = PlannedTap{shopper::CloseAids{}, start + timing_.think_seconds};
        return;
    }
    switch (flow.screen()) {
        case Screen::attract:
            planned_ = PlannedTap{shopper::StartQuiz{},
                                  std::max(start, flow.screen_since() + timing_.attract_seconds)};
            return;
        case Screen::results:
            planned_ = PlannedTap{shopper::Home{},
                                  std::max(start, flow.screen_since() + timing_.results_seconds)};
            return;
        case Screen::quiz:
            break;
    }
    if (flow.confirming()) return;  // the question is moving on by itself
    const Question& q = flow.question();
    const double at = start + timing_.think_seconds;
    if (q.choose == Choose::one) {
        std::uniform_int_distribution<size_t> pick(0, q.answers.size() - 1);
        planned_ = PlannedTap{shopper::Answer{q.id, q.answers[pick(random_)].id}, at};
        return;
    }
    // Choose-many: decide once how many and which, then tap them one by one, then Next.
    auto chosen = flow.choices().find(q.id);
    const size_t have = chosen == flow.choices().end() ? 0 : chosen->second.size();
    if (picks_.empty() && have == 0) {
        std::vector<std::string> ids;
        for (const Answer& a : q.answers) ids.push_back(a.id);
        std::shuffle(ids.begin(), ids.end(), random_);
        std::uniform_int_distribution<int> how_many(1, std::max(1, q.most_answers()));
        ids.resize(
            static_cast<size_t>(std::min<int>(how_many(random_), static_cast<int>(ids.size()))));
        picks_ = ids;
    }
    if (!picks_.empty()) {
        const std::string next = picks_.front();
        picks_.erase(picks_.begin());
        planned_ = PlannedTap{shopper::Answer{q.id, next},
                              have == 0 ? at : now + timing_.think_seconds / 2};
        return;
    }
    planned_ = PlannedTap{shopper::Next{}, now + timing_.think_seconds / 2};
}

std::optional<ShopperAction> Autopilot::tap_due(const KioskFlow& flow, double now) {
    if (planned_for_ != flow.revision()) plan(flow, now);
    if (!planned_ || now < planned_->at) return std::nullopt;
    ShopperAction target = planned_->action;
    planned_.reset();
    planned_for_.reset();  // plan afresh from whatever the tap leads to
    return target;
}

double Autopilot::next_change(const KioskFlow& flow, double now, double one_frame) const {
    if (planned_for_ != flow.revision()) return now;  // a new state, not planned for yet
    if (!planned_) return std::numeric_limits<double>::infinity();
    if (timing_.reach_seconds < one_frame) return planned_->at;
    // Wake in time to show the finger reaching for its target.
    const double reach = planned_->at - timing_.reach_seconds;
    return reach > now ? reach : planned_->at;
}

}  // namespace kiosk
