# Sourced by scripts/test.sh and scripts/soak.sh: the sanitizer settings of a run.
#   sanitizer_options REPORT_DIR [MORE_ASAN_OPTIONS]
# Every report goes to a file in REPORT_DIR (emptied first). A memory error or undefined
# behaviour ends the process at once, so the test that ran it fails; leaks do not end it, and
# are judged after the run by tests/sanitizer/check_reports.py REPORT_DIR. The one finding
# inside stb_image that is known and harmless is suppressed (tests/sanitizer/ubsan.supp).
sanitizer_options() {
  local reports=$1 more=${2:+:$2}
  local here
  here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
  rm -rf "$reports" && mkdir -p "$reports"
  export ASAN_OPTIONS="detect_leaks=1:abort_on_error=1:log_path=$reports/asan$more"
  export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1:suppressions=$here/ubsan.supp:log_path=$reports/ubsan"
  export LSAN_OPTIONS="suppressions=$here/lsan.supp:print_suppressions=0:exitcode=0"
}
