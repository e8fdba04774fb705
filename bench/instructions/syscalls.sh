#!/usr/bin/env bash
# System calls a Lambda bootstrap makes per warm invocation (strace -f -c, every thread), which, like instruction
# counts, do not change with the load of a shared machine: one process serving 1 event and one serving 1 + N events
# from count.sh's fake Runtime API; the difference / N, per call, is what one warm invocation costs in system calls.
# Each process is stopped with SIGTERM while it waits for the next event, as Lambda leaves it.
# Usage: bench/instructions/syscalls.sh <bootstrap> [N=200] [envelope=bench/envelopes/capital-resolved.json]
# Needs strace and python3.
set -euo pipefail
# shellcheck source=events.sh
. "$(dirname "${BASH_SOURCE[0]}")/events.sh"
measure_warm_invocations strace "$@"

# strace's child is the bootstrap: stopping it, not strace, lets strace write its summary.
stop() {
  sleep 0.5 # the last response is posted before the next GET: let the process settle on it
  pkill -TERM -P "$1" 2>/dev/null || true
}

syscalls() { # events
  serve_events "$1" "$envelope" "$work" stop strace -f -c -o "$work/strace.$1" "$bootstrap"
}

syscalls 1
syscalls $((extra + 1))
# strace -c rows: % time, seconds, usecs/call, calls, [errors], syscall; the last column is the name.
python3 - "$work/strace.1" "$work/strace.$((extra + 1))" "$extra" "$bootstrap" <<'EOF'
import sys

def calls(path):
    counts = {}
    for line in open(path):
        fields = line.split()
        if len(fields) >= 5 and fields[0][0].isdigit() and fields[-1] != 'total':
            counts[fields[-1]] = int(fields[3])
    return counts

one, many, extra = calls(sys.argv[1]), calls(sys.argv[2]), int(sys.argv[3])
per = {name: (many.get(name, 0) - one.get(name, 0)) / extra for name in set(one) | set(many)}
rows = sorted(((count, name) for name, count in per.items() if abs(count) >= 0.05), reverse=True)
print(f"{sys.argv[4]}: per warm invocation (over {extra}): {sum(per.values()):.1f} system calls: "
      + ", ".join(f"{name} {count:.1f}" for count, name in rows))
EOF
