#!/usr/bin/env bash
# What the progress bar costs a 1M-row `figures validate`. Two measures:
#  - CPU: `perf` samples the run (when perf is installed); the share of samples on the thread that
#    draws the bar is its share of the work. Both cores are busy reading, so that is also about
#    its share of the wall time. This is steady from run to run.
#  - Wall time: rounds of two runs under `script` (stderr a terminal, so the bar is drawn), one with
#    stderr left to the terminal and one with it sent to /dev/null (no bar), in alternating order.
#    On a shared machine this spreads far wider than 2%; it shows that nothing else is paid.
#
# Usage: tools/measure-progress.sh BIN [ROUNDS]
#   BIN: the folder of a `dotnet publish -c Release -r linux-x64` output (containing `figures`).
#   The 1M-row file comes from tools/measure-scale.sh (or `figures generate --rows 1000000`).
set -euo pipefail
[ $# -ge 1 ] && [ $# -le 2 ] || { echo "usage: $0 BIN [ROUNDS]" >&2; exit 2; }
[ -x "$1/figures" ] || { echo "$1/figures is not an executable" >&2; exit 2; }
figures="$(cd "$1" && pwd)/figures"
rounds=${2:-21}
big=${FIGURES_SCALE_DIR:-/tmp/figures-scale}/figures-1000000.csv
[ -f "$big" ] || { echo "$big is missing: run tools/measure-scale.sh first" >&2; exit 2; }
command -v script >/dev/null || { echo "needs script (util-linux) to give the run a terminal" >&2; exit 2; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

if command -v perf >/dev/null; then
  for run in 1 2 3 4 5; do
    script -qec "perf record -q -F 2999 -o $work/perf.data $figures validate $big" /dev/null >/dev/null 2>&1
    # The kernel keeps 15 characters of a thread's name: "figures progress" is "figures progres".
    perf script -i "$work/perf.data" -F comm 2>/dev/null | awk -v run="$run" '
      { total++ } /figures progres/ { bar++ }
      END { printf "perf run %d: %d of %d samples on the progress thread (%.2f%%)\n", run, bar, total, 100 * bar / total }'
  done
else
  echo "perf is not installed: no CPU share"
fi

: > "$work/times"
for round in $(seq 0 "$rounds"); do
  for mode in $([ $((round % 2)) -eq 0 ] && echo "bar none" || echo "none bar"); do
    redirect=$([ "$mode" = none ] && echo "2>/dev/null" || true)
    /usr/bin/time -f "%e" -o "$work/one" script -qec "$figures validate $big $redirect" /dev/null >/dev/null 2>&1
    [ "$round" -eq 0 ] || echo "$round $mode $(tail -1 "$work/one")" >> "$work/times"  # round 0 warms the page cache
  done
done
python3 - "$work/times" <<'PY'
import collections, statistics, sys
runs = collections.defaultdict(dict)
for line in open(sys.argv[1]):
    round_, mode, wall = line.split()
    runs[round_][mode] = float(wall)
bar = [r["bar"] for r in runs.values()]
none = [r["none"] for r in runs.values()]
ratios = sorted(r["bar"] / r["none"] for r in runs.values())
q = lambda p: ratios[int(p * (len(ratios) - 1))]
print(f"{len(runs)} rounds: with the bar {statistics.median(bar):.3f} s, without {statistics.median(none):.3f} s (medians); "
      f"per-round ratio median {statistics.median(ratios):.3f}, quartiles {q(.25):.3f}-{q(.75):.3f}")
PY
