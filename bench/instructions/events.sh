# Sourced by count.sh, syscalls.sh and memory.sh: serves a bootstrap a number of events from fake_runtime_api.py.

# measure_warm_invocations <tool> <bootstrap> [N=200] [envelope=bench/envelopes/capital-resolved.json]
#   The arguments of count.sh and syscalls.sh, which compare a 1-event process with a 1 + N event one: sets bootstrap,
#   extra (N), envelope and work (a directory removed at exit); fails when <tool> or python3 is missing.
measure_warm_invocations() {
  local tool="$1"
  bootstrap="$(realpath "$2")"
  extra="${3:-200}"
  envelope="$(realpath "${4:-$(dirname "${BASH_SOURCE[0]}")/../envelopes/capital-resolved.json}")"
  for command in "$tool" python3; do command -v "$command" >/dev/null || { echo "$command is missing" >&2; exit 1; }; done
  work="$(mktemp -d)"
  trap 'rm -rf "$work"' EXIT
}

# serve_events <events> <envelope> <work dir> <when served> <command...>
#   Starts the fake Runtime API on a free port and the command (the bootstrap, or a tool wrapping it) with the Lambda
#   environment, its output in <work dir>/stdout.<events> and stderr.<events>; once the last event is answered and the
#   bootstrap waits for the next, as Lambda leaves it, calls `<when served> <pid of the command>`, which reads what it
#   needs and stops the bootstrap; then stops the API.
serve_events() {
  local events="$1" envelope="$2" work="$3" served="$4" port api host
  shift 4
  port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
  python3 "$(dirname "${BASH_SOURCE[0]}")/fake_runtime_api.py" "$port" "$envelope" "$events" "$work/served.$events" &
  api=$!
  for _ in $(seq 50); do (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null && break; sleep 0.1; done
  AWS_LAMBDA_RUNTIME_API="127.0.0.1:$port" SKILL_ID=amzn1.ask.skill.5f0c5e48-9c1a-4c3b-8f0d-2d1c7a6b9e41 \
    "$@" >"$work/stdout.$events" 2>"$work/stderr.$events" &
  host=$!
  while [ ! -f "$work/served.$events" ] && kill -0 "$host" 2>/dev/null; do sleep 0.1; done
  "$served" "$host"
  wait "$host" 2>/dev/null || true
  kill "$api" 2>/dev/null || true
  wait "$api" 2>/dev/null || true
}
