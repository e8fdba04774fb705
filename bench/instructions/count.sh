#!/usr/bin/env bash
# Instructions a Lambda bootstrap executes (valgrind --tool=callgrind, Ir), which unlike times do not change with the
# load of a shared machine: one process serving 1 event (start-up + first invocation: the cold start), and one serving
# 1 + N events; the difference / N is the cost of one warm invocation, HTTP to the Runtime API included. Each process
# is stopped with SIGTERM while it waits for the next event, as Lambda leaves it; the exit itself is hardly counted.
# Usage: bench/instructions/count.sh <bootstrap> [N=200] [envelope=bench/envelopes/capital-resolved.json]
# Keep the callgrind files (for callgrind_annotate) with KEEP=dir. Needs valgrind and python3.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
bootstrap="$(realpath "$1")"
extra="${2:-200}"
envelope="$(realpath "${3:-$root/bench/envelopes/capital-resolved.json}")"
for tool in valgrind python3; do command -v "$tool" >/dev/null || { echo "$tool is missing" >&2; exit 1; }; done

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
# valgrind gives up on a Native AOT .dbg file next to the binary: count a lone copy.
cp "$bootstrap" "$work/bootstrap"

instructions() { # events
  local port
  port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
  python3 "$here/fake_runtime_api.py" "$port" "$envelope" "$1" "$work/served.$1" &
  local api=$!
  for _ in $(seq 50); do (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null && break; sleep 0.1; done
  AWS_LAMBDA_RUNTIME_API="127.0.0.1:$port" SKILL_ID=amzn1.ask.skill.5f0c5e48-9c1a-4c3b-8f0d-2d1c7a6b9e41 \
    valgrind --tool=callgrind --callgrind-out-file="$work/callgrind.$1" "$work/bootstrap" >"$work/stdout.$1" 2>"$work/valgrind.$1" &
  local host=$!
  while [ ! -f "$work/served.$1" ] && kill -0 "$host" 2>/dev/null; do sleep 0.1; done
  kill -TERM "$host" 2>/dev/null || true
  wait "$host" 2>/dev/null || true
  kill "$api" 2>/dev/null || true
  wait "$api" 2>/dev/null || true
  if [ -n "${KEEP:-}" ]; then mkdir -p "$KEEP"; cp "$work/callgrind.$1" "$KEEP/"; fi
  sed -n 's/^summary: //p' "$work/callgrind.$1"
}

one=$(instructions 1)
many=$(instructions $((extra + 1)))
echo "$bootstrap: start-up + first invocation: $one instructions; per warm invocation: $(( (many - one) / extra )) instructions (over $extra)"
