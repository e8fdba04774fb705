#!/usr/bin/env bash
# Resident memory of a Lambda bootstrap after it has served N events (default 1,001) from the Runtime API of
# count.sh (fake_runtime_api.py, no valgrind): VmRSS, RssAnon and RssFile from /proc/<pid>/status, read while the
# process waits for the next event, as Lambda leaves it. Unlike wall-clock times, these do not move with the load.
# Usage: bench/instructions/memory.sh <bootstrap> [events=1001] [envelope=bench/envelopes/capital-resolved.json]
# Extra environment for the bootstrap (e.g. a GC setting): put it before the command, it is passed on.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
bootstrap="$(realpath "$1")"
events="${2:-1001}"
envelope="$(realpath "${3:-$root/bench/envelopes/capital-resolved.json}")"

# shellcheck source=events.sh
. "$here/events.sh"

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
status=""
read_and_stop() {
  sleep 0.5 # the last response is posted before the next GET: let the process settle on it
  status=$(grep -E '^(VmRSS|RssAnon|RssFile):' "/proc/$1/status" | awk '{ printf "%s %.1f MB  ", $1, $2 / 1024 }')
  kill -TERM "$1" 2>/dev/null || true
}
serve_events "$events" "$envelope" "$work" read_and_stop "$bootstrap"
echo "$bootstrap after $events events: $status"
