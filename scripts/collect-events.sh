#!/usr/bin/env bash
# Collects the events of one or many kiosks into one folder, a folder per kiosk, for
# `probiotic-kiosk --report FLEET/`: the other direction of publish-content.sh.
#
#   scripts/collect-events.sh [--into FLEET] [--data DIR] [--ssh "COMMAND"] TARGET...
#
# TARGET is a kiosk reached over ssh, `[user@]host` or `[user@]host:DATA`, or a local data
# folder (a path that starts with / or .). DATA defaults to /var/lib/probiotic-kiosk/data, the
# data folder of the systemd unit. A TARGET may be preceded by the name its folder gets,
# `NAME=TARGET` (for example `leeds-1=kiosk@10.0.4.21`); else the folder is named after the
# host (the kiosk's id unless it was started with another --kiosk-id), and a local folder after
# the kiosk its last app_started event names, else after the folder itself.
#
# For every target, events.jsonl and events.1.jsonl are copied with rsync into FLEET/NAME/
# (default FLEET: ./fleet). rsync copies only what grew since the last run, and a file is
# replaced whole, so a report can run meanwhile. Nothing is deleted on the kiosk, nor in FLEET.
# A kiosk that is switched off is named and the others are still collected.
#
# Then: probiotic-kiosk --report FLEET/ [--by kiosk|day|hour] [--format html --output FILE]
#
# The report counts each line for the kiosk that the last app_started before it names
# (--kiosk-id, by default the kiosk's host name); the folder's name only counts for lines
# older than that.
#
# Options:
#   --into FLEET    the folder to collect into (default ./fleet)
#   --data DIR      DATA for targets that do not name one (default /var/lib/probiotic-kiosk/data)
#   --ssh "COMMAND" the ssh command (default: ssh -o BatchMode=yes)
#
# Exit code: 0 when every target was collected, 1 when one failed (unreachable, no events
# file), 2 on a bad command line.
set -euo pipefail

into=fleet
data_default=/var/lib/probiotic-kiosk/data
ssh_command="ssh -o BatchMode=yes"
targets=()

usage() {
  sed -n '2,/^set -euo/p' "$0" | sed -e '$d' -e 's/^# \{0,1\}//'
}

fail_usage() {
  echo "collect-events: $1" >&2
  echo "see: $0 --help" >&2
  exit 2
}

while (($#)); do
  case "$1" in
    --into) into=${2:?--into needs a folder}; shift 2 ;;
    --data) data_default=${2:?--data needs a folder}; shift 2 ;;
    --ssh) ssh_command=${2:?--ssh needs a command}; shift 2 ;;
    -h|--help) usage; exit 0 ;;
    --) shift; targets+=("$@"); break ;;
    -*) fail_usage "unknown option $1" ;;
    *) targets+=("$1"); shift ;;
  esac
done

((${#targets[@]})) || fail_usage "name at least one TARGET (a host, host:DATA or a local data folder)"
command -v rsync >/dev/null || fail_usage "rsync is needed (apt install rsync)"

# FOLDER: the kiosk id that the last app_started event in FOLDER names, if any
kiosk_named_in() {
  cat "$1/events.1.jsonl" "$1/events.jsonl" 2>/dev/null | grep '"type":"app_started"' \
    | grep -o '"kiosk":"[A-Za-z0-9][A-Za-z0-9._-]*"' | tail -n 1 | sed 's/^"kiosk":"\(.*\)"$/\1/' \
    || true
}

# name host data: what a TARGET says
name='' host='' data=''
parse_target() {
  local target=$1
  name=''
  if [[ "$target" =~ ^([A-Za-z0-9][A-Za-z0-9._-]*)=(.+)$ ]]; then
    name=${BASH_REMATCH[1]}
    target=${BASH_REMATCH[2]}
  fi
  case "$target" in
    /*|.*) host=; data=$(realpath -m "$target") ;;
    *:*) host=${target%%:*}; data=${target#*:} ;;
    *) host=$target; data=$data_default ;;
  esac
  if [[ -z "$name" ]]; then
    if [[ -n "$host" ]]; then name=${host#*@}; else name=$(kiosk_named_in "$data"); fi
    [[ -n "$name" ]] || name=$(basename "$data")
  fi
  [[ "$name" =~ ^[A-Za-z0-9][A-Za-z0-9._-]*$ ]] || fail_usage "'$name' cannot name a folder: give NAME=$1"
}

collect_one() {
  local into_kiosk="$into/$name" from
  mkdir -p "$into"
  local opts=(-a "--chmod=Du=rwx,Dgo=rx,Fu=rw,Fgo=r" --include=events.jsonl
              --include=events.1.jsonl "--exclude=*")
  if [[ -z "$host" ]]; then
    [[ -d "$data" ]] || { echo "no data folder $data" >&2; return 1; }
    rsync "${opts[@]}" "$data/" "$into_kiosk/" || return 1
  else
    from="$host:$data/"
    rsync "${opts[@]}" -e "$ssh_command" "$from" "$into_kiosk/" || return 1
  fi
  if [[ ! -f "$into_kiosk/events.jsonl" && ! -f "$into_kiosk/events.1.jsonl" ]]; then
    echo "no events file in $data" >&2
    return 1
  fi
  local lines
  lines=$(cat "$into_kiosk"/events*.jsonl | wc -l)
  echo "  $into_kiosk: $lines line(s)"
}

failed=()
for target in "${targets[@]}"; do
  parse_target "$target"
  echo "== $name (${host:-local} $data)"
  collect_one || failed+=("$target")
done

if ((${#failed[@]})); then
  echo "collect-events: failed on ${#failed[@]} of ${#targets[@]} kiosk(s): ${failed[*]}" >&2
  exit 1
fi
echo "collect-events: collected ${#targets[@]} kiosk(s) into $into"
