#!/usr/bin/env bash
# HTTP throughput, ours against the peer, one after the other (never at the same time): our web host
# (lambda/Web, --no-verify) and the Node.js peer (ask-sdk-express-adapter, verification off), same envelope
# (bench/envelopes/capital-resolved.json), same wrk command. A benchmark, not a test. Needs wrk, curl, node, python3.
# Usage: [QUIET_WAIT_ROUNDS=20] bench/http-compare/run.sh [connections] [duration]  (waits up to 30 s x rounds for load < 1.0)
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
connections="${1:-32}"
duration="${2:-30s}"
envelope="$root/bench/envelopes/capital-resolved.json"
lua="$root/bench/web-load/post-envelope.lua"
ours_url="http://127.0.0.1:5099"
peer_url="http://127.0.0.1:5098"

for tool in wrk curl node python3; do command -v "$tool" >/dev/null || { echo "$tool is missing" >&2; exit 1; }; done
[ -d "$root/bench/peers/nodejs/node_modules" ] || npm ci --prefix "$root/bench/peers/nodejs" --no-audit --no-fund
dotnet publish "$root/lambda/Web/Web.csproj" -c Release -o "$here/out" --nologo -v q

wait_for_quiet() {
  for _ in $(seq "${QUIET_WAIT_ROUNDS:-20}"); do
    awk '{ exit !($1 > 1.0) }' /proc/loadavg || break
    echo "load average $(cut -d' ' -f1-3 /proc/loadavg): waiting 30 s" >&2
    sleep 30
  done
}

measure() { # name url
  local name="$1" url="$2"
  for _ in $(seq 50); do curl -fs "$url/health" >/dev/null && break; sleep 0.2; done
  curl -fs "$url/health" >/dev/null || { echo "$name did not start" >&2; exit 1; }
  curl -fs -H 'Content-Type: application/json' --data-binary "@$envelope" "$url/alexa" >"$here/$name-answer.json"
  wrk -t2 -c"$connections" -d5s -s "$lua" "$url/alexa" -- "$envelope" >/dev/null  # warm-up (JIT tiering, V8)
  wait_for_quiet
  echo "== $name (load average $(cut -d' ' -f1-3 /proc/loadavg))"
  local command=(wrk -t2 -c"$connections" -d"$duration" --latency -s "$lua" "$url/alexa" -- "$envelope")
  echo "\$ ${command[*]}"
  local output; output="$("${command[@]}")"
  echo "$output"
  if grep -qE "Non-2xx or 3xx responses|Socket errors" <<<"$output"; then echo "FAILED: $name answered some requests with errors" >&2; exit 1; fi
}

"$here/out/WorldCapitals.Web" --no-verify --urls "$ours_url" >"$here/out/host.log" 2>&1 &
ours_pid=$!
trap 'kill "$ours_pid" 2>/dev/null || true' EXIT
measure ours "$ours_url"
kill "$ours_pid"; wait "$ours_pid" 2>/dev/null || true

node "$root/bench/peers/nodejs/server.js" 5098 >"$here/out/peer.log" 2>&1 &
peer_pid=$!
trap 'kill "$peer_pid" 2>/dev/null || true' EXIT
measure peer "$peer_url"
kill "$peer_pid"; wait "$peer_pid" 2>/dev/null || true

# Both must have said the same thing.
python3 - "$here/ours-answer.json" "$here/peer-answer.json" <<'PY'
import json, sys
def said(path):
    r = json.load(open(path))["response"]
    return (r.get("outputSpeech", {}).get("ssml"), r.get("shouldEndSession"), r.get("card"))
ours, peer = said(sys.argv[1]), said(sys.argv[2])
print("answers agree:" if ours == peer else "ANSWERS DIFFER:", ours, "" if ours == peer else peer)
sys.exit(0 if ours == peer else 1)
PY
