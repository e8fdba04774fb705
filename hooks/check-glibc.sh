#!/usr/bin/env bash
# Fails when a Linux executable needs a glibc newer than Lambda's provided.al2023 runtime has (Amazon Linux 2023:
# glibc 2.34): such a bootstrap would build and upload fine, then fail at every cold start.
# Usage: hooks/check-glibc.sh <executable> [newest allowed glibc version, default 2.34]. Needs objdump (binutils).
set -euo pipefail

binary="${1:?usage: hooks/check-glibc.sh <executable> [newest allowed glibc version]}"
allowed="${2:-2.34}"

log() { echo "hooks/check-glibc.sh: $*" >&2; }

if ! command -v objdump >/dev/null 2>&1; then
  log "objdump is not installed; install binutils (apt-get install binutils) to check $binary's glibc needs"
  exit 1
fi
if ! symbols="$(objdump -T "$binary" 2>&1)"; then
  log "objdump cannot read $binary: $symbols"
  exit 1
fi

newest="$(grep -oE 'GLIBC_[0-9]+(\.[0-9]+)+' <<<"$symbols" | sed 's/^GLIBC_//' | sort -uV | tail -n 1 || true)"
if [ -z "$newest" ]; then
  log "$binary has no GLIBC symbol versions: is it a dynamically linked Linux executable?"
  exit 1
fi
if [ "$(printf '%s\n%s\n' "$newest" "$allowed" | sort -V | tail -n 1)" != "$allowed" ]; then
  log "$binary needs glibc $newest, newer than the allowed $allowed (Lambda's provided.al2023 has 2.34):"
  log "build on an older distribution, e.g. in a debian:12 or amazonlinux:2023 container (docs/DEPLOY.md)"
  exit 1
fi
echo "hooks/check-glibc.sh: $binary needs glibc $newest at most (allowed: $allowed)" >&2
