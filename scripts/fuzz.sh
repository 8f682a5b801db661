#!/usr/bin/env bash
# Builds the libFuzzer targets (preset "fuzz", clang, in build-fuzz/) and runs each of them for a
# while, one after the other, growing a corpus per target in build-fuzz/corpus/<target>/.
# Inputs that crash, hang or use too much memory are kept in build-fuzz/crashes/<target>/;
# rerun one with:  build-fuzz/fuzz/<target> build-fuzz/crashes/<target>/crash-...
#   scripts/fuzz.sh                 10 minutes per target
#   scripts/fuzz.sh 30              30 minutes per target
#   scripts/fuzz.sh 5 fuzz_image_decode    only the named targets
#   scripts/fuzz.sh --runs 10000000 each target until it has run that many inputs (no time limit)
set -euo pipefail
cd "$(dirname "$0")/.."
limit=()
if [[ "${1:-}" == --runs ]]; then
  limit=(-runs="$2")
  what="$2 inputs"
  shift 2
else
  minutes="${1:-10}"
  shift || true
  limit=(-max_total_time=$((minutes * 60)))
  what="$minutes minute(s)"
fi
targets=("$@")
((${#targets[@]})) || targets=(fuzz_content_loader fuzz_json_document fuzz_image_header fuzz_image_decode)

command -v clang++ >/dev/null || { echo "fuzz.sh: clang++ is missing (scripts/setup.sh --tests installs it)" >&2; exit 2; }
cmake --preset fuzz >/dev/null
cmake --build --preset fuzz -j"$(nproc)"

# Undefined behaviour ends a run, but for the one known finding inside stb_image 2.27
# (tests/sanitizer/ubsan.supp, explained in docs/technician-guide.md, "Fuzzing").
export UBSAN_OPTIONS="halt_on_error=1:print_stacktrace=1:suppressions=$PWD/tests/sanitizer/ubsan.supp"

declare -A seeds=([fuzz_content_loader]=content [fuzz_json_document]=json
                  [fuzz_image_header]=images [fuzz_image_decode]=images)
failed=()
for target in "${targets[@]}"; do
  corpus=build-fuzz/corpus/$target
  crashes=build-fuzz/crashes/$target
  mkdir -p "$corpus" "$crashes"
  echo "== $target for $what; corpus $corpus, crashes $crashes/"
  started=$SECONDS
  set +e
  build-fuzz/fuzz/"$target" "${limit[@]}" -rss_limit_mb=2048 -timeout=10 \
    -print_final_stats=1 -artifact_prefix="$crashes/" "$corpus" \
    "build-fuzz/fuzz/seeds/${seeds[$target]}" 2>&1 | tee "build-fuzz/$target.log" |
    grep -E '^(#[0-9]+ +DONE|Done [0-9]+ runs|stat::number_of_executed_units|stat::peak_rss_mb|==[0-9]+==ERROR|SUMMARY|Test unit written)'
  status=${PIPESTATUS[0]}
  set -e
  echo "   $target: $((SECONDS - started)) s"
  if ((status != 0)) || [[ -n "$(ls -A "$crashes")" ]]; then failed+=("$target"); fi
done

if ((${#failed[@]})); then
  echo "fuzz.sh: findings in: ${failed[*]} (see build-fuzz/crashes/ and build-fuzz/<target>.log)" >&2
  exit 1
fi
echo "fuzz.sh: no crashes in ${targets[*]}"
