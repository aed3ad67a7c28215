#!/usr/bin/env bash
# Times the 1M-row commands in rounds spread over a stretch of time, so that one quiet or busy
# moment of a shared machine does not decide the result. Each round runs every command once with
# each binary given, back to back, in alternating order. Prints, per command and binary: the median
# wall time, its quartiles, how many runs met issue 6's target, the peak memory, and with two
# binaries the median of the per-round ratio. A run that fails is counted and left out of the times.
#
# Usage: tools/measure-spread.sh MINUTES BIN [OLD_BIN]
#   BIN, OLD_BIN: folders of `dotnet publish -c Release -r linux-x64` outputs (containing `figures`).
#   The 1M-row file comes from tools/measure-scale.sh (or `figures generate --rows 1000000`).
set -euo pipefail
minutes=${1:?usage: $0 MINUTES BIN [OLD_BIN]}
[ $# -ge 2 ] && [ $# -le 3 ] || { echo "usage: $0 MINUTES BIN [OLD_BIN]" >&2; exit 2; }
bins=()
for bin in "${@:2}"; do
  [ -x "$bin/figures" ] || { echo "$bin/figures is not an executable" >&2; exit 2; }
  bins+=("$(cd "$bin" && pwd)")  # absolute, before the cd below
done
[ ${#bins[@]} -eq 1 ] || [ "${bins[0]}" != "${bins[1]}" ] || { echo "give two different binaries" >&2; exit 2; }
cd "$(dirname "$0")/.."
work=${FIGURES_SCALE_DIR:-/tmp/figures-scale}
big="$work/figures-1000000.csv"
[ -f "$big" ] || { echo "$big is missing: run tools/measure-scale.sh first" >&2; exit 2; }
log=$(mktemp)
trap 'rm -f "$log" "$log.one"' EXIT

# One command with one binary: appends "round<TAB>binary index<TAB>command<TAB>wall<TAB>peak KiB", or a failure.
run() {
  local round=$1 index=$2 name=$3; shift 3
  if /usr/bin/time -f "%e %M" -o "$log.one" "${bins[$index]}/figures" "$@" >/dev/null 2>&1; then
    printf '%s\t%s\t%s\t%s\n' "$round" "$index" "$name" "$(tail -1 "$log.one" | tr ' ' '\t')" >> "$log"
  else
    printf '%s\t%s\t%s\tfailed\n' "$round" "$index" "$name" >> "$log"
  fi
}

round() {
  local round=$1 order=(0) index
  [ ${#bins[@]} -eq 1 ] || { [ $((round % 2)) -eq 0 ] && order=(0 1) || order=(1 0); }
  for index in "${order[@]}"; do
    run "$round" "$index" validate validate "$big"
    run "$round" "$index" list list --data "$big" --metric displaced --format csv
    run "$round" "$index" brief brief reports/idlib-2018-2019.json --out "$work/spread-brief.pdf"
  done
}

round 0  # warms the page cache and the disk for both binaries; not counted
: > "$log"
end=$(( $(date +%s) + 60 * minutes ))
rounds=0
while [ "$(date +%s)" -lt "$end" ]; do
  rounds=$((rounds + 1))
  round "$rounds"
done

python3 - "$log" "${bins[@]}" <<'PY'
import collections, statistics, sys
log, bins = sys.argv[1], sys.argv[2:]
times = collections.defaultdict(dict)   # (command, round) -> {index: (wall, KiB)}
failed = collections.Counter()
for line in open(log):
    fields = line.rstrip("\n").split("\t")
    round_, index, command = fields[0], int(fields[1]), fields[2]
    if fields[3] == "failed":
        failed[(command, index)] += 1
    else:
        times[(command, round_)][index] = (float(fields[3]), int(fields[4]))
if not times:
    sys.exit("no round completed: give more minutes")
def quartiles(values):
    values = sorted(values)
    return values[len(values) // 4], statistics.median(values), values[(3 * len(values)) // 4]
print(f"{len({r for _, r in times})} rounds; binaries: " + ", ".join(f"{i}={b}" for i, b in enumerate(bins)))
# Issue 6's targets on this machine, for the count of runs that met them.
targets = {"validate": 1.0, "list": 1.2, "brief": 0.3}
print("| command | binary | median | quartiles | runs within the target | peak memory | ratio 0/1 (median per round) | failed runs |")
print("|---|---:|---:|---|---:|---:|---:|---:|")
for command in ["validate", "list", "brief"]:
    rounds = [v for (c, _), v in times.items() if c == command]
    for index in range(len(bins)):
        walls = [r[index][0] for r in rounds if index in r]
        if not walls:
            print(f"| {command} | {index} | — | — | — | — | — | {failed[(command, index)]} |")
            continue
        low, middle, high = quartiles(walls)
        peak = max(r[index][1] for r in rounds if index in r) // 1024
        ratio = ""
        if len(bins) == 2 and index == 0:
            ratios = [r[0][0] / r[1][0] for r in rounds if len(r) == 2]
            ratio = f"{statistics.median(ratios):.2f}" if ratios else "—"
        within = sum(1 for wall in walls if wall <= targets[command])
        print(f"| {command} | {index} | {middle:.2f} s | {low:.2f}–{high:.2f} s | {within} of {len(walls)} (≤ {targets[command]} s) | {peak} MiB | {ratio} | {failed[(command, index)]} |")
PY
