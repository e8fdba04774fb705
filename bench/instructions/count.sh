#!/usr/bin/env bash
# Instructions a Lambda bootstrap executes (valgrind --tool=callgrind, Ir), which unlike times do not change with the
# load of a shared machine: one process serving 1 event (start-up + first invocation: the cold start), and one serving
# 1 + N events; the difference / N is the cost of one warm invocation, HTTP to the Runtime API included. Each process
# is stopped with SIGTERM while it waits for the next event, as Lambda leaves it; the exit itself is hardly counted.
# Usage: bench/instructions/count.sh <bootstrap> [N=200] [envelope=bench/envelopes/capital-resolved.json]
# Keep the callgrind files (for callgrind_annotate) with KEEP=dir. Needs valgrind and python3.
set -euo pipefail
# shellcheck source=events.sh
. "$(dirname "${BASH_SOURCE[0]}")/events.sh"
measure_warm_invocations valgrind "$@"
# valgrind gives up on a Native AOT .dbg file next to the binary: count a lone copy.
cp "$bootstrap" "$work/bootstrap"

# valgrind runs the bootstrap in its own process: stopping it stops the bootstrap (its exit is hardly counted).
stop() { kill -TERM "$1" 2>/dev/null || true; }

instructions() { # events
  serve_events "$1" "$envelope" "$work" stop valgrind --tool=callgrind --callgrind-out-file="$work/callgrind.$1" "$work/bootstrap"
  if [ -n "${KEEP:-}" ]; then mkdir -p "$KEEP"; cp "$work/callgrind.$1" "$KEEP/"; fi
  sed -n 's/^summary: //p' "$work/callgrind.$1"
}

one=$(instructions 1)
many=$(instructions $((extra + 1)))
echo "$bootstrap: start-up + first invocation: $one instructions; per warm invocation: $(( (many - one) / extra )) instructions (over $extra)"
