#!/usr/bin/env bash
# The in-process warm path against its floor and the peer, on one envelope (default capital-resolved):
# bench/WarmPath's FloorBenchmarks (our warm path beside one bare Utf8JsonReader pass over the same bytes, same
# BenchmarkDotNet run, with allocations), then the Node.js peer's warm.js on the same envelope; prints the ratios
# of the fastest iterations (BenchmarkDotNet's Min, the peer's fastest round).
# Usage: bench/warm-compare.sh [--short]   (--short: BenchmarkDotNet's ShortRun job, for a busy machine)
set -euo pipefail
repo_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$repo_root"
envelope=capital-resolved
job=()
if [ "${1:-}" = "--short" ]; then job=(--short); fi
[ -d bench/peers/nodejs/node_modules ] || npm ci --prefix bench/peers/nodejs --no-audit --no-fund

results="$repo_root/artifacts/bench/warm-compare"
rm -rf "$results"
dotnet run -c Release --project bench/WarmPath -- "${job[@]}" --filter '*FloorBenchmarks*' \
  --exporters csv --artifacts "$results"
node bench/peers/nodejs/warm.js 200000 5 "$envelope" | tee "$results/peer.json"

python3 - "$results" <<'PY'
import csv, glob, json, re, sys
results = sys.argv[1]
[report] = glob.glob(f"{results}/results/*FloorBenchmarks-report.csv")
def nanoseconds(text):
    value, unit = re.match(r"([\d.,]+)\s*(\S+)", text).groups()
    return float(value.replace(",", "")) * {"ns": 1, "μs": 1e3, "us": 1e3, "ms": 1e6}[unit]
rows = {row["Method"]: row for row in csv.DictReader(open(report, encoding="utf-8"))}
ours, floor = nanoseconds(rows["WarmPath"]["Min"]), nanoseconds(rows["BareJsonRead"]["Min"])
peer = json.loads(open(f"{results}/peer.json").read().splitlines()[0])
print()
print("Fastest iteration of each (BenchmarkDotNet Min; the peer's fastest round): noise only ever slows a run down.")
print(f"| envelope | bare JSON read (ns) | ours (ns) | ours / bare read | ours allocated | peer (ns) | peer / ours |")
print(f"| --- | ---: | ---: | ---: | ---: | ---: | ---: |")
print(f"| {peer['envelope']} ({peer['bytes']} bytes) | {floor:,.0f} | {ours:,.0f} | {ours / floor:.2f}x | {rows['WarmPath']['Allocated']} | {peer['minNsPerRequest']:,} | {peer['minNsPerRequest'] / ours:.2f}x |")
PY
