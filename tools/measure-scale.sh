#!/usr/bin/env bash
# Whole-process timings of Figures on a seeded 1,000,000-row synthetic file.
# Prints, per command: median wall time over several runs (hyperfine) and peak memory (GNU time).
# Usage: tools/measure-scale.sh [ROWS] [RUNS]     (defaults: 1000000 rows, 5 runs)
set -euo pipefail
cd "$(dirname "$0")/.."
rows=${1:-1000000}
runs=${2:-5}
work=${FIGURES_SCALE_DIR:-/tmp/figures-scale}
mkdir -p "$work"

# The same binary users get from `dotnet publish -c Release -r linux-x64` (ReadyToRun): see the README.
dotnet publish src/Figures.Cli -c Release -r linux-x64 --self-contained false -o "$work/bin" -nologo -clp:ErrorsOnly >/dev/null
figures="$work/bin/figures"
big="$work/figures-$rows.csv"
[ -f "$big" ] || "$figures" generate --rows "$rows" --out "$big"
echo "file: $big ($(du -h "$big" | cut -f1), $rows rows); machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo)"

measure() {
  local name=$1; shift
  local median rss
  if command -v hyperfine >/dev/null; then
    hyperfine --runs "$runs" --warmup 1 --export-json "$work/$name.json" --style none "$*" >/dev/null 2>&1
    median=$(python3 -c "import json,sys; print('%.2f' % json.load(open(sys.argv[1]))['results'][0]['median'])" "$work/$name.json")
  else
    median=$( { for _ in $(seq "$runs"); do /usr/bin/time -f "%e" bash -c "$*" 2>&1 >/dev/null | tail -1; done; } | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')
  fi
  rss=$( /usr/bin/time -f "%M" bash -c "$* >/dev/null 2>&1" 2>&1 | tail -1 )
  printf '| %-48s | %8s s | %6d MiB |\n' "$name" "$median" "$((rss / 1024))"
}

echo "| command | median | peak memory |"
echo "|---|---:|---:|"
measure "figures validate" "$figures validate $big"
measure "figures list --metric displaced --format csv" "$figures list --data $big --metric displaced --format csv"
measure "figures brief (sample, 16 figures)" "$figures brief reports/idlib-2018-2019.json --out $work/brief.pdf"
