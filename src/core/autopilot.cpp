#include "core/autopilot.hpp"

#include <algorithm>
#include <limits>

namespace kiosk {

void Autopilot::human_input(double now) {
    last_human_ = now;
    planned_.reset();
    planned_for_.clear();
    picks_.clear();
}

std::string Autopilot::state_key(const KioskFlow& flow) const {
    std::string key = std::to_string(static_cast<int>(flow.screen())) + "|" +
                      std::to_string(static_cast<int>(flow.overlay())) + "|" + flow.session();
    if (flow.screen() == Screen::quiz) {
        key += "|" + flow.question().id;
        if (auto it = flow.choices().find(flow.question().id); it != flow.choices().end())
            for (const auto& a : it->second) key += "," + a;
    }
    return key;
}

void Autopilot::plan(const KioskFlow& flow, double now) {
    planned_.reset();
    planned_for_ = state_key(flow);
    const double start = std::max(now, last_human_ + timing_.takeover_seconds);
    if (flow.overlay() == Overlay::still_there) {
        planned_ = PlannedTap{"continue", start + timing_.think_seconds};
        return;
    }
    switch (flow.screen()) {
        case Screen::attract:
            planned_ = PlannedTap{"start_quiz",
                                  std::max(start, flow.screen_since() + timing_.attract_seconds)};
            return;
        case Screen::results:
            planned_ =
                PlannedTap{"home", std::max(start, flow.screen_since() + timing_.results_seconds)};
            return;
        case Screen::quiz:
            break;
    }
    if (flow.confirming()) return;  // the question is moving on by itself
    const Question& q = flow.question();
    const double at = start + timing_.think_seconds;
    if (q.choose == Choose::one) {
        std::uniform_int_distribution<size_t> pick(0, q.answers.size() - 1);
        planned_ = PlannedTap{"answer:" + q.id + ":" + q.answers[pick(random_)].id, at};
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
        planned_ = PlannedTap{"answer:" + q.id + ":" + next,
                              have == 0 ? at : now + timing_.think_seconds / 2};
        return;
    }
    planned_ = PlannedTap{"next", now + timing_.think_seconds / 2};
}

std::optional<std::string> Autopilot::tap_due(const KioskFlow& flow, double now) {
    if (state_key(flow) != planned_for_) plan(flow, now);
    if (!planned_ || now < planned_->at) return std::nullopt;
    std::string target = planned_->target;
    planned_.reset();
    planned_for_.clear();  // plan afresh from whatever the tap leads to
    return target;
}

double Autopilot::next_change(double now) const {
    if (!planned_) return std::numeric_limits<double>::infinity();
    // Wake in time to show the finger reaching for its target.
    const double reach = planned_->at - timing_.reach_seconds;
    return reach > now ? reach : planned_->at;
}

}  // namespace kiosk
