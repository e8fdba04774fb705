#!/usr/bin/env bash
# Load test of the web host in --no-verify mode with the CapitalIntent envelope (a benchmark, not a test).
# Needs wrk (Debian: apt-get install wrk). Usage: bench/web-load/run.sh [connections] [duration]
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
connections="${1:-32}"
duration="${2:-30s}"
port="${PORT:-5099}"
url="http://127.0.0.1:$port"

command -v wrk >/dev/null || { echo "wrk is missing: apt-get install wrk" >&2; exit 1; }

dotnet publish "$root/lambda/Web/Web.csproj" -c Release -o "$here/out" --nologo -v q
log="$here/out/host.log"
"$here/out/WorldCapitals.Web" --no-verify --urls "$url" >"$log" 2>&1 &
host_pid=$!
trap 'kill "$host_pid" 2>/dev/null || true' EXIT
for _ in $(seq 50); do curl -fs "$url/health" >/dev/null && break; sleep 0.2; done
curl -fs "$url/health" >/dev/null || { echo "the host did not start; see $log" >&2; exit 1; }

# A short warm-up, so JIT tiering is done before measuring.
wrk -t2 -c"$connections" -d5s -s "$here/post-envelope.lua" "$url/alexa" -- "$here/capital-intent.json" >/dev/null

command=(wrk -t2 -c"$connections" -d"$duration" --latency -s "$here/post-envelope.lua" "$url/alexa" -- "$here/capital-intent.json")
echo "\$ ${command[*]}"
output="$("${command[@]}")"
echo "$output"

if grep -qE "Non-2xx or 3xx responses|Socket errors" <<<"$output"; then
  echo "FAILED: some requests were not answered with 2xx (see above)" >&2
  exit 1
fi
echo "OK: every request answered 2xx"
