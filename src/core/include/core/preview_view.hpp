// What the preview shows over the kiosk's screen, decided here and drawn by the ui
// (ui/preview_screen.hpp): a banner with the first of the content's problems as last checked,
// a quiet "Content OK" chip when there are none, and, on a click or D, the list of every
// problem a page at a time. Staff-facing, in plain English.
#pragma once

#include <string>
#include <vector>

#include "core/kiosk_flow.hpp"
#include "core/preview.hpp"

namespace kiosk {

enum class PreviewTone {
    clean,     // no problem: the chip
    warnings,  // the content is in use, with warnings: an amber banner
    errors,    // an error (the content refused, or a picture that cannot be shown): terracotta
};

// One problem in the list.
struct PreviewRow {
    Severity severity = Severity::error;
    std::string kind{};     // "Error" or "Warning"
    std::string place{};    // "quiz.json:10:41", or a picture's file
    std::string message{};  // what is wrong
    std::string pointer{};  // "/questions/2/answers/0"; empty for the whole file
};

struct PreviewView {
    PreviewTone tone = PreviewTone::clean;
    // Over the screen: the banner (tone warnings or errors) ...
    std::string headline{};  // "Not taken: 1 error — the kiosk still shows the last good content"
    std::string first{};     // the first problem: "quiz.json:10:41: error: ..."
    std::string more{};      // "+3 more"; empty when there is one
    std::string open{};      // the banner's button
    // ... or the chip (tone clean)
    std::string chip{};  // "Content OK · checked 14:05:09"

    // The list, while it is open
    bool list_open = false;
    std::string title{};             // "Content check"
    std::string summary{};           // "Checked at 14:05:09: 1 error, 3 warnings. ..."
    std::string answers{};           // on the results of an answer path: which answers they are
    std::vector<PreviewRow> rows{};  // this page's
    std::string nothing{};           // in place of the rows when there is no problem
    std::string page_label{};        // "Page 1 of 3"; empty when all fit one page
    bool has_previous = false, has_next = false;
    std::string previous{}, next{}, close{};  // the list's buttons
    std::string keys{};                       // the preview's keys, in one line

    // For the UI dump
    bool in_use = true;  // the checked content is what shoppers see (else the last good one)
    int errors = 0, warnings = 0;
    int page = 1, pages = 1;  // 1-based
    int answer_path = 0;      // the answer path on screen (the results of R), else 0
};

// The view for this state; the list holds `rows_per_page` problems a page (the style's).
[[nodiscard]] PreviewView preview_view(const Preview& preview, const KioskFlow& flow,
                                       int rows_per_page);

// "quiz.json:10:41" for a diagnostic of content/quiz.json, line 10, column 41.
[[nodiscard]] std::string preview_place(const Diagnostic& d);

}  // namespace kiosk
