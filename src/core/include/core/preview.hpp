// The preview's state (--preview, for staff on a laptop): the content's diagnostics as last
// checked and the pictures that failed since, whether the list of them is open and on which
// page, and what the preview's keys do (docs/interfaces.md, "The preview"). The banner and
// the list are made from it by preview_view (core/preview_view.hpp) and drawn by the ui.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/content.hpp"
#include "core/diagnostic.hpp"
#include "core/jump.hpp"
#include "core/key.hpp"
#include "core/preview_action.hpp"

namespace kiosk {

class Preview {
  public:
    // A content check: its diagnostics; `in_use` false when the content was refused (the kiosk
    // keeps showing the last good content); `checked_at`: the time of day, "14:05:09".
    void note_check(const std::vector<Diagnostic>& diagnostics, bool in_use,
                    std::string checked_at);
    // A picture of the content on screen that cannot be shown (its file in the assets folder).
    void note_picture_failure(const std::string& file, const std::string& reason);

    // A click on the banner or the list; the list shows `rows_per_page` problems a page.
    void take(const PreviewAction& action, int rows_per_page);
    // A key: a jump for the flow, or none (the key was the list's, or does nothing).
    [[nodiscard]] std::optional<Jump> key(Key key, const Content& content, int rows_per_page);

    // Every problem to show: the errors first, then the warnings, each in the files' order
    // (the pictures that failed are errors, at the end of the errors).
    [[nodiscard]] const std::vector<Diagnostic>& problems() const { return problems_; }
    [[nodiscard]] int errors() const { return count(problems_, Severity::error); }
    [[nodiscard]] int warnings() const { return count(problems_, Severity::warning); }
    [[nodiscard]] bool in_use() const { return in_use_; }
    [[nodiscard]] const std::string& checked_at() const { return checked_at_; }
    [[nodiscard]] bool list_open() const { return list_open_; }
    [[nodiscard]] int page() const { return page_; }  // 0 = the first
    [[nodiscard]] int pages(int rows_per_page) const;
    // The answer path (core/answer_paths.hpp) the R key showed last; 0 before the first.
    [[nodiscard]] int answer_path() const { return answer_path_; }
    // Every character the banner and the list may draw, for the fonts.
    [[nodiscard]] std::string characters() const;
    // Counts every change of what the banner or the list shows.
    [[nodiscard]] unsigned long revision() const { return revision_; }

  private:
    [[nodiscard]] bool list_key(Key key, int rows_per_page);
    [[nodiscard]] std::optional<Jump> jump_key(Key key, const Content& content);
    void sort_problems();
    void turn_page(int by, int rows_per_page);

    std::vector<Diagnostic> checked_;   // the last check's
    std::vector<Diagnostic> pictures_;  // failed since the content in use was loaded
    std::vector<Diagnostic> problems_;  // both, errors first
    bool in_use_ = true;
    std::string checked_at_;
    bool list_open_ = false;
    int page_ = 0;
    int answer_path_ = 0;
    unsigned long revision_ = 0;
};

}  // namespace kiosk
