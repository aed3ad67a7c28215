#!/usr/bin/env bash
# Times the 1M-row commands in rounds spread over a stretch of time, so that one quiet or busy
# moment of a shared machine does not decide the result. Each round runs every command once with
# each binary given, back to back. Prints, per command and binary: the median wall time, its
# quartiles, the peak memory, and with two binaries the median of the per-round ratio.
#
# Usage: tools/measure-spread.sh MINUTES BIN [OLD_BIN]
#   BIN, OLD_BIN: folders of `dotnet publish -c Release -r linux-x64` outputs (containing `figures`).
#   The 1M-row file comes from tools/measure-scale.sh (or `figures generate --rows 1000000`).
set -euo pipefail
cd "$(dirname "$0")/.."
minutes=${1:?minutes}
bins=("${@:2}")
[ ${#bins[@]} -ge 1 ] || { echo "usage: $0 MINUTES BIN [OLD_BIN]" >&2; exit 2; }
work=${FIGURES_SCALE_DIR:-/tmp/figures-scale}
big="$work/figures-1000000.csv"
[ -f "$big" ] || { echo "$big is missing: run tools/measure-scale.sh first" >&2; exit 2; }
log=$(mktemp)
end=$(( $(date +%s) + 60 * minutes ))
round=0
while [ "$(date +%s)" -lt "$end" ]; do
  round=$((round + 1))
  for bin in "${bins[@]}"; do
    for command in "validate $big" "list --data $big --metric displaced --format csv" "brief reports/idlib-2018-2019.json --out $work/spread-brief.pdf"; do
      /usr/bin/time -f "%e %M" -o "$log.one" "$bin/figures" $command >/dev/null 2>&1
      echo "$round	$bin	${command%% *}	$(tail -1 "$log.one")" >> "$log"
    done
  done
done
python3 - "$log" "${bins[@]}" <<'PY'
import collections, statistics, sys
log, bins = sys.argv[1], sys.argv[2:]
runs = collections.defaultdict(dict)
for line in open(log):
    round_, bin_, command, wall, rss = line.split()
    runs[(command, round_)][bin_] = (float(wall), int(rss))
def quartiles(values):
    values = sorted(values)
    return values[len(values) // 4], statistics.median(values), values[(3 * len(values)) // 4]
print(f"{len({r for _, r in runs})} rounds")
print("| command | binary | median | quartiles | peak memory | ratio to the other binary |")
print("|---|---|---:|---|---:|---:|")
for command in ["validate", "list", "brief"]:
    rounds = [v for (c, _), v in runs.items() if c == command]
    for b in bins:
        walls = [r[b][0] for r in rounds if b in r]
        low, mid, high = quartiles(walls)
        rss = max(r[b][1] for r in rounds if b in r) // 1024
        ratio = ""
        if len(bins) == 2 and b == bins[0]:
            ratios = [r[bins[0]][0] / r[bins[1]][0] for r in rounds if len(r) == 2]
            ratio = f"{statistics.median(ratios):.2f}"
        print(f"| {command} | {b} | {mid:.2f} s | {low:.2f}–{high:.2f} s | {rss} MiB | {ratio} |")
PY
rm -f "$log" "$log.one"
