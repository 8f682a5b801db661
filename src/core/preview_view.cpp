#include "core/preview_view.hpp"

#include <algorithm>

#include "core/answer_paths.hpp"

namespace kiosk {
namespace {

std::string counted(int n, const char* what) {
    return std::to_string(n) + " " + what + (n == 1 ? "" : "s");
}

std::string counts(const Preview& p) {
    if (p.errors() == 0) return counted(p.warnings(), "warning");
    if (p.warnings() == 0) return counted(p.errors(), "error");
    return counted(p.errors(), "error") + ", " + counted(p.warnings(), "warning");
}

const char* severity_word(Severity s) {
    return s == Severity::error ? "error" : "warning";
}

PreviewTone tone_of(const Preview& p) {
    if (p.errors() > 0) return PreviewTone::errors;
    return p.warnings() > 0 ? PreviewTone::warnings : PreviewTone::clean;
}

// The answer path the R key showed, while its results are on screen (none once the shopper's
// screens moved on).
int answer_path_on_screen(const Preview& p, const KioskFlow& flow) {
    if (p.answer_path() == 0 || flow.screen() != Screen::results) return 0;
    return flow.choices() == preview_answer_path(flow.content().quiz, p.answer_path())
               ? p.answer_path()
               : 0;
}

void fill_banner(PreviewView& v, const Preview& p) {
    if (v.tone == PreviewTone::clean) {
        v.chip = "Content OK";
        if (!p.checked_at().empty()) v.chip += " \xC2\xB7 checked " + p.checked_at();
        return;
    }
    v.headline = p.in_use() ? "Taken, with " + counts(p)
                            : "Not taken: " + counts(p) +
                                  " \xE2\x80\x94 the kiosk still shows the last good content";
    const Diagnostic& d = p.problems().front();
    v.first = preview_place(d) + ": " + severity_word(d.severity) + ": " + d.message;
    const size_t others = p.problems().size() - 1;
    if (others > 0) v.more = std::string("+") + std::to_string(others) + " more";
    v.open = "Show all";
}

void fill_list(PreviewView& v, const Preview& p, const KioskFlow& flow, int rows_per_page) {
    v.title = "Content check";
    const std::string when = p.checked_at().empty() ? "" : "Checked at " + p.checked_at() + ": ";
    if (v.tone == PreviewTone::clean)
        v.summary = when + "no errors, no warnings. Shoppers see this content.";
    else
        v.summary = when + counts(p) + ". " +
                    (p.in_use() ? "Shoppers see this content."
                                : "Shoppers still see the last good content; fix the files "
                                  "and save, and the list clears.");
    if (v.answer_path > 0)
        v.answers = "Results of answer path " + std::to_string(v.answer_path) + " of " +
                    std::to_string(preview_answer_paths(flow.content().quiz)) + ": " +
                    describe_choices(flow.content().quiz, flow.choices());
    const int rows = std::max(1, rows_per_page);
    const auto from = static_cast<size_t>(std::min(p.page(), v.pages - 1) * rows);
    for (size_t i = from; i < p.problems().size() && i < from + static_cast<size_t>(rows); ++i) {
        const Diagnostic& d = p.problems()[i];
        v.rows.push_back({.severity = d.severity,
                          .kind = d.severity == Severity::error ? "Error" : "Warning",
                          .place = preview_place(d),
                          .message = d.message,
                          .pointer = d.pointer});
    }
    if (v.rows.empty()) v.nothing = "Nothing to fix.";
    if (v.pages > 1)
        v.page_label = "Page " + std::to_string(v.page) + " of " + std::to_string(v.pages);
    v.has_previous = v.page > 1;
    v.has_next = v.page < v.pages;
    v.previous = "Previous";
    v.next = "Next";
    v.close = "Close";
    v.keys =
        "Keys: Left/Right slides \xC2\xB7 1\xE2\x80\x93"
        "9 questions \xC2\xB7 "
        "R results of the next answers \xC2\xB7 L language \xC2\xB7 Home slides \xC2\xB7 "
        "D this list \xC2\xB7 Esc close";
}

}  // namespace

std::string preview_place(const Diagnostic& d) {
    const size_t slash = d.file.find_last_of("/\\");
    std::string place = slash == std::string::npos ? d.file : d.file.substr(slash + 1);
    if (d.line > 0) {
        place += ':';
        place += std::to_string(d.line);
        place += ':';
        place += std::to_string(d.column);
    }
    return place;
}

PreviewView preview_view(const Preview& preview, const KioskFlow& flow, int rows_per_page) {
    PreviewView v;
    v.tone = tone_of(preview);
    v.in_use = preview.in_use();
    v.errors = preview.errors();
    v.warnings = preview.warnings();
    v.pages = preview.pages(rows_per_page);
    v.page = std::min(preview.page(), v.pages - 1) + 1;
    v.answer_path = answer_path_on_screen(preview, flow);
    v.list_open = preview.list_open();
    fill_banner(v, preview);
    if (v.list_open) fill_list(v, preview, flow, rows_per_page);
    return v;
}

}  // namespace kiosk
