#!/usr/bin/env bash
# Our Lambda bootstrap against the floor (an empty Native AOT bootstrap answering a constant) and the Node.js
# ASK SDK peer, side by side behind a fake Runtime API: builds the three, then runs bench/ColdStart with the hosts
# alternated, several rounds, and prints the best round of each as figures and as ratios to the floor and the peer.
#
# Usage (from anywhere in the repository):
#   bench/lambda-compare.sh [--no-build] [rounds] [invocations] [-- more bench/ColdStart options]
#   bench/lambda-compare.sh 5 1000 -- --also before=artifacts/before/bootstrap
#   bench/lambda-compare.sh --help
# Defaults: 5 rounds, 1000 invocations per run. Another runtime setting for a host, e.g. a GC variable: --also with a
# wrapper script that sets it and execs the bootstrap (exec keeps the process whose memory is read).
set -euo pipefail

repo_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$repo_root"

if [ "${1:-}" = "--help" ] || [ "${1:-}" = "-h" ]; then
  sed -n '2,/^set -euo/p' "${BASH_SOURCE[0]}" | sed '$d' | sed 's/^# \{0,1\}//'
  exit 0
fi
build=true
if [ "${1:-}" = "--no-build" ]; then build=false; shift; fi
rounds="${1:-5}"
invocations="${2:-1000}"
shift $(( $# < 2 ? $# : 2 ))
if [ "${1:-}" = "--" ]; then shift; fi

log() { echo "bench/lambda-compare.sh: $*" >&2; }

if [ "$build" = true ]; then
  hooks/build.sh artifacts/lambda/bootstrap.zip false
  log "publishing bench/EmptyBootstrap (Native AOT) to artifacts/bench/empty-bootstrap"
  dotnet publish bench/EmptyBootstrap/EmptyBootstrap.csproj -c Release -o artifacts/bench/empty-bootstrap --verbosity quiet
  if [ ! -d bench/peers/nodejs/node_modules ]; then
    log "installing the Node.js peer's packages"
    npm ci --prefix bench/peers/nodejs --no-audit --no-fund
  fi
  log "building bench/ColdStart"
  dotnet build bench/ColdStart/ColdStart.csproj -c Release --verbosity quiet
fi

exec dotnet run --no-build -c Release --project bench/ColdStart -- \
  --targets empty,aot,node --runs "$rounds" --invocations "$invocations" "$@"
