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
# change are hard links to the current release), checks them with `probiotic-kiosk --validate`
# on the target, and only then renames the folder and swaps `current` in one atomic rename
# (ln -sfn ... current.tmp && mv -T current.tmp current). A release that fails the check is
# deleted and `current` is left alone. The kiosk notices the new link within a few seconds
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

check() {  # KIOSK_BINARY FOLDER: the kiosk's own check of a release
  if ! command -v "$1" >/dev/null 2>&1; then
    echo "cannot check the content: no $1 here (install the package, or give --kiosk-binary)" >&2
    return 1
  fi
  "$1" --validate --content "$2/content" --assets "$2/assets"
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
  activate)  # STAMP KIOSK_BINARY KEEP
    incoming="$base/releases/.incoming-$1"
    if ! check "$2" "$incoming"; then
      rm -rf "$incoming"
      echo "REFUSED: the content does not pass the check; current still points to $(readlink "$base/current" 2>/dev/null || echo nothing)" >&2
      exit 3
    fi
    mv -T "$incoming" "$base/releases/$1"
    swap_to "releases/$1"
    echo "current -> releases/$1"
    prune "$3"
    ;;
  rollback)  # KIOSK_BINARY [RELEASE]
    if [ -n "${2:-}" ]; then
      to="releases/$2"
      [ -d "$base/$to" ] || { echo "no release $2 in $base/releases" >&2; exit 3; }
    else
      to=$(readlink "$base/previous" 2>/dev/null || true)
      [ -n "$to" ] || { echo "nothing to roll back to: $base/previous does not exist" >&2; exit 3; }
    fi
    case "$to" in /*) dir=$to ;; *) dir="$base/$to" ;; esac
    if ! check "$1" "$dir"; then
      echo "REFUSED: $to does not pass the check with this kiosk; current unchanged" >&2
      exit 3
    fi
    swap_to "$to"
    echo "current -> $to"
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
  on_target activate "$stamp" "$kiosk_binary" "$keep"
}

failed=()
for target in "${targets[@]}"; do
  parse_target "$target"
  echo "== ${host:-local} $base ($action)"
  case "$action" in
    publish) publish_one || failed+=("$target") ;;
    rollback) on_target rollback "$kiosk_binary" "$rollback_to" || failed+=("$target") ;;
    list) on_target list || failed+=("$target") ;;
  esac
done

if ((${#failed[@]})); then
  echo "publish-content: $action failed on ${#failed[@]} of ${#targets[@]} target(s): ${failed[*]}" >&2
  exit 1
fi
echo "publish-content: $action done on ${#targets[@]} target(s)"
