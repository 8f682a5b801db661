#!/usr/bin/env bash
# Publishes a content folder and its pictures to one or many kiosks, or rolls them back.
#
#   scripts/publish-content.sh [--content DIR] [--assets DIR] [--keep N] TARGET...
#   scripts/publish-content.sh --rollback [--to RELEASE] TARGET...
#   scripts/publish-content.sh --list TARGET...
#
# TARGET is a kiosk reached over ssh, `[user@]host` or `[user@]host:BASE`, or a local folder
# (a path that starts with / or .) used as BASE. BASE defaults to /var/lib/probiotic-kiosk.
#
# On every target, BASE holds:
#   releases/<UTC time>/{content,assets}   one folder per publication, never changed afterwards
#   current  -> releases/<one of them>     the link the kiosk follows (--content BASE/current/content)
#   previous -> the release before          what --rollback goes back to
#
# Publishing copies the folders with rsync into releases/.incoming-<time>/ (files that did not
# change are hard links to the current release), checks them with
# `probiotic-kiosk --validate --format json` on the target, prints a summary of the errors and
# warnings it found, and only when there is no error renames the folder and swaps `current` in
# one atomic rename (ln -sfn ... current.tmp && mv -T current.tmp current). A release that fails
# the check is deleted and `current` is left alone. A rollback is checked the same way first.
# The summary is read with python3 on this machine. The kiosk notices the new link within a few seconds
# and shows the new content without a restart. The last N releases are kept (default 5), and
# always the current and the previous one. Releases are ordered by when they were published.
#
# Options:
#   --content DIR        content folder to publish (default: ./content)
#   --assets DIR         its pictures (default: "assets" beside the content folder; a top-level
#                        src/ folder of drawings is left out)
#   --keep N             releases to keep on each target (default 5, at least 2)
#   --base DIR           BASE for targets that do not name one (default /var/lib/probiotic-kiosk)
#   --kiosk-binary PATH  the probiotic-kiosk that checks the content on the target
#                        (default: probiotic-kiosk on the target's PATH)
#   --rollback           point `current` back at `previous` (run it again to undo the rollback)
#   --to RELEASE         with --rollback: that release instead (a name listed by --list)
#   --list               list the releases of each target, marking current and previous
#   --ssh "COMMAND"      the ssh command (default: ssh -o BatchMode=yes)
#
# Exit code: 0 when every target succeeded, 1 when one failed (content refused, unreachable,
# no such release), 2 on a bad command line.
set -euo pipefail

content=content
assets=
keep=5
base_default=/var/lib/probiotic-kiosk
kiosk_binary=probiotic-kiosk
action=publish
rollback_to=
ssh_command="ssh -o BatchMode=yes"
targets=()

usage() {
  sed -n '2,/^set -euo/p' "$0" | sed -e '$d' -e 's/^# \{0,1\}//'
}

fail_usage() {
  echo "publish-content: $1" >&2
  echo "see: $0 --help" >&2
  exit 2
}

while (($#)); do
  case "$1" in
    --content) content=${2:?--content needs a folder}; shift 2 ;;
    --assets) assets=${2:?--assets needs a folder}; shift 2 ;;
    --keep) keep=${2:?--keep needs a number}; shift 2 ;;
    --base) base_default=${2:?--base needs a folder}; shift 2 ;;
    --kiosk-binary) kiosk_binary=${2:?--kiosk-binary needs a path}; shift 2 ;;
    --rollback) action=rollback; shift ;;
    --to) rollback_to=${2:?--to needs a release name}; shift 2 ;;
    --list) action=list; shift ;;
    --ssh) ssh_command=${2:?--ssh needs a command}; shift 2 ;;
    -h|--help) usage; exit 0 ;;
    --) shift; targets+=("$@"); break ;;
    -*) fail_usage "unknown option $1" ;;
    *) targets+=("$1"); shift ;;
  esac
done

((${#targets[@]})) || fail_usage "name at least one TARGET (a host, host:BASE or a local folder)"
if ! [[ "$keep" =~ ^[0-9]+$ ]] || ((keep < 2)); then fail_usage "--keep wants a number of at least 2"; fi
[[ -z "$rollback_to" || "$action" == rollback ]] || fail_usage "--to goes with --rollback"
[[ -z "$rollback_to" || "$rollback_to" =~ ^[A-Za-z0-9][A-Za-z0-9._-]*$ ]] \
  || fail_usage "--to wants a release name as --list shows it"
if [[ "$action" == publish ]]; then
  content=${content%/}
  [[ -n "$content" ]] || content=/
  [[ -n "$assets" ]] || assets="$(dirname "$content")/assets"
  assets=${assets%/}
  [[ -f "$content/kiosk.json" ]] || fail_usage "$content is not a content folder (no kiosk.json)"
  [[ -d "$assets" ]] || fail_usage "no assets folder at $assets (give one with --assets)"
fi
if [[ "$action" != list ]] && ! command -v python3 >/dev/null; then
  fail_usage "python3 is needed to read the kiosk's check of the content (apt install python3)"
fi

# What runs on a target, with POSIX sh (locally for a folder, through ssh for a host):
#   sh -s -- ACTION BASE ARGS...
target_script=$(cat <<'SCRIPT'
set -eu
action=$1 base=$2
shift 2

# Re-point LINK (current or previous) at TO, atomically: a reader sees the old or the new link.
point() {
  ln -sfn "$2" "$base/$1.tmp"
  mv -T "$base/$1.tmp" "$base/$1"
}

release_of() {  # the release name a link points to, empty when it is not one of ours
  target=$(readlink "$base/$1" 2>/dev/null || true)
  case "$target" in
    releases/*) echo "${target#releases/}" ;;
    "$base"/releases/*) echo "${target#"$base"/releases/}" ;;
    *) echo "" ;;
  esac
}

check() {  # KIOSK_BINARY FOLDER: the kiosk's own check of a release, as JSON on stdout
  if ! command -v "$1" >/dev/null 2>&1; then
    echo "cannot check the content: no $1 here (install the package, or give --kiosk-binary)" >&2
    return 4
  fi
  "$1" --validate --format json --content "$2/content" --assets "$2/assets"
}

folder_of() {  # LINK-TARGET (releases/X or an absolute path): the folder it names
  case "$1" in /*) echo "$1" ;; *) echo "$base/$1" ;; esac
}

swap_to() {  # RELEASE-LINK-TARGET: current -> it, previous -> what current was
  old=$(readlink "$base/current" 2>/dev/null || true)
  point current "$1"
  if [ -n "$old" ] && [ "$old" != "$1" ]; then point previous "$old"; fi
}

prune() {  # KEEP: delete the oldest releases beyond KEEP, never current's or previous'
  cur=$(release_of current)
  prev=$(release_of previous)
  n=0
  # shellcheck disable=SC2012  # newest first; names are one line each (ours: UTC times)
  ls -1t "$base/releases" | while IFS= read -r r; do
    n=$((n + 1))
    [ -n "$r" ] || continue
    [ "$r" = "$cur" ] || [ "$r" = "$prev" ] && continue
    [ "$n" -le "$1" ] && continue
    rm -rf "${base:?}/releases/$r"
    echo "removed old release $r"
  done
  # copies that never finished (a publication cut off), older than a day
  find "$base/releases" -maxdepth 1 -name '.incoming-*' -mtime +0 -exec rm -rf {} + 2>/dev/null || true
}

case "$action" in
  prepare)  # STAMP -> prints the folder to copy into, then the release to hard-link against
    mkdir -p "$base/releases"
    incoming="$base/releases/.incoming-$1"
    rm -rf "$incoming"
    mkdir -p "$incoming"
    echo "$incoming"
    cur=$(release_of current)
    if [ -n "$cur" ] && [ -d "$base/releases/$cur" ]; then echo "$base/releases/$cur"; else echo ""; fi
    ;;
  check)  # FOLDER KIOSK_BINARY: the check's JSON on stdout, its exit code as the script's
    check "$2" "$(folder_of "$1")"
    ;;
  activate)  # STAMP KEEP: the checked copy becomes a release, current points to it
    incoming="$base/releases/.incoming-$1"
    mv -T "$incoming" "$base/releases/$1"
    swap_to "releases/$1"
    echo "current -> releases/$1"
    prune "$2"
    ;;
  discard)  # STAMP: a copy that failed the check
    rm -rf "$base/releases/.incoming-$1"
    echo "REFUSED: current still points to $(readlink "$base/current" 2>/dev/null || echo nothing)" >&2
    ;;
  rollback-to)  # [RELEASE]: the link target a rollback goes to (previous by default)
    if [ -n "${1:-}" ]; then
      to="releases/$1"
      [ -d "$base/$to" ] || { echo "no release $1 in $base/releases" >&2; exit 3; }
    else
      to=$(readlink "$base/previous" 2>/dev/null || true)
      [ -n "$to" ] || { echo "nothing to roll back to: $base/previous does not exist" >&2; exit 3; }
    fi
    echo "$to"
    ;;
  swap)  # LINK-TARGET: current -> it
    swap_to "$1"
    echo "current -> $1"
    ;;
  list)
    cur=$(release_of current)
    prev=$(release_of previous)
    echo "current -> $(readlink "$base/current" 2>/dev/null || echo nothing)"
    [ -d "$base/releases" ] || exit 0
    # shellcheck disable=SC2012  # newest first
    ls -1t "$base/releases" | while IFS= read -r r; do
      mark=""
      [ "$r" = "$cur" ] && mark=" (current)"
      [ "$r" = "$prev" ] && mark=" (previous)"
      echo "  $r$mark"
    done
    ;;
esac
SCRIPT
)

# on_target TARGET ACTION ARGS...: run the target script there, with BASE filled in.
host=''
base=''
parse_target() {
  case "$1" in
    /*|.*) host=; base=$(realpath -m "$1") ;;
    *:*) host=${1%%:*}; base=${1#*:} ;;
    *) host=$1; base=$base_default ;;
  esac
}

on_target() {
  local action=$1; shift
  if [[ -z "$host" ]]; then
    sh -s -- "$action" "$base" "$@" <<<"$target_script"
  else
    local quoted=() a
    for a in "$action" "$base" "$@"; do quoted+=("$(printf '%q' "$a")"); done
    # shellcheck disable=SC2086  # ssh_command is a command line on purpose
    $ssh_command "$host" "sh -s -- ${quoted[*]}" <<<"$target_script"
  fi
}

copy_folder() {  # FROM TO LINK_DEST [RSYNC OPTIONS...]: rsync FROM/ into TO/ on the target
  local from=$1 to=$2 link=$3 opts=(-a --delete "--chmod=Du=rwx,Dgo=rx,Fu=rw,Fgo=r")
  shift 3
  opts+=("$@")
  [[ -n "$link" ]] && opts+=("--link-dest=$link")
  if [[ -z "$host" ]]; then
    rsync "${opts[@]}" "$from/" "$to/"
  else
    rsync "${opts[@]}" -e "$ssh_command" "$from/" "$host:$to/"
  fi
}

# The summary of a check's JSON (read from stdin) and the verdict: exit 0 when the release may
# go live (the check ran and found no error), 1 otherwise. FOLDER: the checked folder, left out
# of the file names; CODE: the check's exit code.
summarise_check() {
  python3 -c "$summary_script" "$1" "$2"
}
summary_script=$(cat <<'PYTHON'
import json
import sys

folder, code = sys.argv[1].rstrip("/") + "/", int(sys.argv[2])
text = sys.stdin.read()
try:
    found = json.loads(text)
    assert isinstance(found, list)
except (ValueError, AssertionError):
    if code == 2:  # a bad command line: a kiosk program from before --format json
        print("  the probiotic-kiosk there does not know --validate --format json: update it")
    else:
        print(f"  the content could not be checked (exit {code})")
    for line in text.strip().splitlines()[:5]:
        print("  | " + line)
    sys.exit(1)


def plural(n, word):
    return f"{n} {word}" + ("" if n == 1 else "s")


def place(d):
    where = d.get("file", "")
    if where.startswith(folder):
        where = where[len(folder):]
    if d.get("line"):
        where += ":%d:%d" % (d["line"], d.get("column", 0))
    return where


errors = [d for d in found if d.get("severity") == "error"]
warnings = [d for d in found if d.get("severity") == "warning"]
print("  content check: %s, %s" % (plural(len(errors), "error"), plural(len(warnings), "warning")))
SHOWN = 20
for d in (errors + warnings)[:SHOWN]:
    pointer = " [%s]" % d["pointer"] if d.get("pointer") else ""
    print("    %-7s %s: %s%s" % (d.get("severity", "?"), place(d), d.get("message", ""), pointer))
if len(found) > SHOWN:
    print(f"    ... and {len(found) - SHOWN} more")
sys.exit(0 if code == 0 and not errors else 1)
PYTHON
)

# checked FOLDER: the kiosk's own check of FOLDER on the target, summarised here; 0 when it
# may go live.
checked() {
  local json code=0 folder=$1
  [[ "$folder" == /* ]] || folder="$base/$folder"
  json=$(on_target check "$1" "$kiosk_binary") || code=$?
  summarise_check "$folder" "$code" <<<"$json"
}

publish_one() {
  local stamp prepared incoming link
  stamp=$(date -u +%Y%m%dT%H%M%S.%3NZ)
  prepared=$(on_target prepare "$stamp") || return 1
  incoming=$(sed -n 1p <<<"$prepared")
  link=$(sed -n 2p <<<"$prepared")
  [[ -n "$incoming" ]] || return 1
  copy_folder "$content" "$incoming/content" "${link:+$link/content}" || return 1
  # the drawings the pictures were made from (assets/src) are not needed on a kiosk
  copy_folder "$assets" "$incoming/assets" "${link:+$link/assets}" --exclude=/src/ || return 1
  if ! checked "$incoming"; then
    on_target discard "$stamp"
    return 1
  fi
  on_target activate "$stamp" "$keep"
}

rollback_one() {
  local to
  to=$(on_target rollback-to "$rollback_to") || return 1
  if ! checked "$to"; then
    echo "REFUSED: $to does not pass the check with this kiosk; current unchanged" >&2
    return 1
  fi
  on_target swap "$to"
}

failed=()
for target in "${targets[@]}"; do
  parse_target "$target"
  echo "== ${host:-local} $base ($action)"
  case "$action" in
    publish) publish_one || failed+=("$target") ;;
    rollback) rollback_one || failed+=("$target") ;;
    list) on_target list || failed+=("$target") ;;
  esac
done

if ((${#failed[@]})); then
  echo "publish-content: $action failed on ${#failed[@]} of ${#targets[@]} target(s): ${failed[*]}" >&2
  exit 1
fi
echo "publish-content: $action done on ${#targets[@]} target(s)"
