#!/usr/bin/env bash
# Times the whole `figures brief` process (start-up, reading figures.csv and the definition, the PDF)
# from the repository root, and reports the median wall time and the peak resident memory.
#
#   tools/measure-brief.sh [RUNS]        RUNS defaults to 20 (at least 10)
#
# Publishes the CLI for linux-x64 (framework-dependent, ReadyToRun: see src/Figures.Cli/Figures.Cli.csproj)
# into $OUT (default /tmp/figures-measure) unless FIGURES_BIN names a binary to time instead. Uses hyperfine for the timing when it is installed, else a loop
# of /usr/bin/time; peak RSS always comes from /usr/bin/time -f %M (GNU time, Debian package `time`).
# The brief is written to a temporary file, so reports/ is left alone. Not part of CI: timings
# depend on the machine and its load.
set -euo pipefail
cd "$(dirname "$0")/.."

runs="${1:-20}"
if [ "$runs" -lt 10 ]; then echo "use at least 10 runs" >&2; exit 2; fi
out="${OUT:-/tmp/figures-measure}"
if [ ! -x /usr/bin/time ]; then echo "needs GNU time at /usr/bin/time (apt-get install -y time)" >&2; exit 2; fi

if [ -z "${FIGURES_BIN:-}" ]; then
  echo "publishing a Release build to $out ..." >&2
  dotnet publish src/Figures.Cli -c Release -r linux-x64 --self-contained false -o "$out" -nologo -clp:ErrorsOnly ${PUBLISH_ARGS:-} >&2
  FIGURES_BIN="$out/figures"
fi
pdf="$(mktemp --suffix=.pdf)"
trap 'rm -f "$pdf" "$pdf".*' EXIT
cmd=("$FIGURES_BIN" brief reports/idlib-2018-2019.json --out "$pdf")
"${cmd[@]}" 2>/dev/null  # one run to check it works (and to warm the file cache)

median() { sort -g | awk '{ v[NR] = $1 } END { if (NR % 2) print v[(NR + 1) / 2]; else print (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

if command -v hyperfine >/dev/null; then
  hyperfine --warmup 3 --runs "$runs" --style basic --export-json "$pdf.json" "${cmd[*]} 2>/dev/null" >&2
  wall_ms=$(grep -o '"median": *[0-9.e+-]*' "$pdf.json" | head -1 | awk -F': *' '{ printf "%.1f", $2 * 1000 }')
  timer="hyperfine, $runs runs after 3 warm-up runs"
else
  for _ in 1 2 3; do "${cmd[@]}" 2>/dev/null; done
  for _ in $(seq "$runs"); do /usr/bin/time -f '%e' -a -o "$pdf.wall" "${cmd[@]}" 2>/dev/null; done
  wall_ms=$(median < "$pdf.wall" | awk '{ printf "%.1f", $1 * 1000 }')
  timer="/usr/bin/time, $runs runs after 3 warm-up runs (10 ms resolution)"
fi

for _ in $(seq "$runs"); do /usr/bin/time -f '%M' -a -o "$pdf.rss" "${cmd[@]}" 2>/dev/null; done
rss_median=$(median < "$pdf.rss")
rss_max=$(sort -g "$pdf.rss" | tail -1)

echo "figures brief: median wall time ${wall_ms} ms ($timer)"
echo "figures brief: peak RSS median $((rss_median / 1024)) MiB, max $((rss_max / 1024)) MiB over $runs runs (/usr/bin/time %M)"
echo "machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"
