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

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
python3 "$here/fake_runtime_api.py" "$port" "$envelope" "$events" "$work/served" &
api=$!
for _ in $(seq 50); do (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null && break; sleep 0.1; done
AWS_LAMBDA_RUNTIME_API="127.0.0.1:$port" SKILL_ID=amzn1.ask.skill.5f0c5e48-9c1a-4c3b-8f0d-2d1c7a6b9e41 \
  "$bootstrap" >"$work/stdout" 2>"$work/stderr" &
host=$!
while [ ! -f "$work/served" ] && kill -0 "$host" 2>/dev/null; do sleep 0.1; done
sleep 0.5 # the last response is posted before the next GET: let the process settle on it
status=$(grep -E '^(VmRSS|RssAnon|RssFile):' "/proc/$host/status" | awk '{ printf "%s %.1f MB  ", $1, $2 / 1024 }')
kill -TERM "$host" 2>/dev/null || true
wait "$host" 2>/dev/null || true
kill "$api" 2>/dev/null || true
wait "$api" 2>/dev/null || true
echo "$bootstrap after $events events: $status"
