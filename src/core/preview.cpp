#include "core/preview.hpp"

#include <algorithm>

#include "core/answer_paths.hpp"
#include "core/overloaded.hpp"

namespace kiosk {

void Preview::note_check(const std::vector<Diagnostic>& diagnostics, bool in_use,
                         std::string checked_at) {
    checked_ = diagnostics;
    if (in_use) pictures_.clear();  // the new content's pictures are tried afresh
    in_use_ = in_use;
    checked_at_ = std::move(checked_at);
    sort_problems();
}

void Preview::note_picture_failure(const std::string& file, const std::string& reason) {
    pictures_.push_back({.file = file,
                         .severity = Severity::error,
                         .message = "picture cannot be shown: " + reason,
                         .pointer = ""});
    sort_problems();
}

void Preview::sort_problems() {
    problems_ = checked_;
    problems_.insert(problems_.end(), pictures_.begin(), pictures_.end());
    std::stable_partition(problems_.begin(), problems_.end(),
                          [](const Diagnostic& d) { return d.severity == Severity::error; });
    page_ = 0;
    ++revision_;
}

int Preview::pages(int rows_per_page) const {
    const int rows = std::max(1, rows_per_page);
    const int n = static_cast<int>(problems_.size());
    return std::max(1, (n + rows - 1) / rows);
}

void Preview::turn_page(int by, int rows_per_page) {
    const int page = std::clamp(page_ + by, 0, pages(rows_per_page) - 1);
    if (page == page_) return;
    page_ = page;
    ++revision_;
}

void Preview::take(const PreviewAction& action, int rows_per_page) {
    std::visit(Overloaded{
                   [&](const preview::OpenList&) {
                       if (!list_open_) ++revision_;
                       list_open_ = true;
                   },
                   [&](const preview::CloseList&) {
                       if (list_open_) ++revision_;
                       list_open_ = false;
                   },
                   [&](const preview::NextPage&) { turn_page(1, rows_per_page); },
                   [&](const preview::PreviousPage&) { turn_page(-1, rows_per_page); },
               },
               action);
}

std::optional<Jump> Preview::key(Key key, const Content& content, int rows_per_page) {
    if (list_key(key, rows_per_page)) return std::nullopt;
    std::optional<Jump> jump = jump_key(key, content);
    if (jump) take(preview::CloseList{}, rows_per_page);  // the screen it jumps to shows
    return jump;
}

// D opens and closes the list; while it is open, Esc closes it and the slide keys turn its
// pages. True when the key was the list's.
bool Preview::list_key(Key key, int rows_per_page) {
    if (key == Key::d) {
        take(list_open_ ? PreviewAction{preview::CloseList{}} : preview::OpenList{}, rows_per_page);
        return true;
    }
    if (!list_open_) return false;
    if (key == Key::escape) take(preview::CloseList{}, rows_per_page);
    if (key == Key::left || key == Key::page_up) take(preview::PreviousPage{}, rows_per_page);
    if (key == Key::right || key == Key::page_down) take(preview::NextPage{}, rows_per_page);
    return key == Key::escape || key == Key::left || key == Key::page_up || key == Key::right ||
           key == Key::page_down;
}

std::optional<Jump> Preview::jump_key(Key key, const Content& content) {
    if (const int n = digit_of(key)) return jump::Question{.number = n};
    switch (key) {
        case Key::left:
        case Key::page_up:
            return jump::PreviousSlide{};
        case Key::right:
        case Key::page_down:
            return jump::NextSlide{};
        case Key::home:
            return jump::Slides{};
        case Key::l:
            return jump::NextLanguage{};
        case Key::r:
            answer_path_ = answer_path_ % preview_answer_paths(content.quiz) + 1;
            ++revision_;
            return jump::Results{preview_answer_path(content.quiz, answer_path_)};
        default:
            return std::nullopt;
    }
}

std::string Preview::characters() const {
    std::string all;
    for (const Diagnostic& d : problems_) all += d.file + d.message + d.pointer;
    return all;
}

}  // namespace kiosk
