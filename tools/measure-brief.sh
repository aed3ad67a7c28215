#!/usr/bin/env bash
# The whole `figures brief` process for the sample brief, timed with hyperfine, optionally in one series
# with an older build (issue 16 compares with the PDFsharp build of 73b5c73).
#
#   tools/measure-brief.sh [OLD_FIGURES_BINARY]      RUNS=30 by default
#
# Publishes the CLI as users get it (`dotnet publish src/Figures.Cli -c Release -r linux-x64`, a native
# build) into /tmp/figures-bin. Builds older than the `conflicts_with` column cannot read today's
# figures.csv, so the older binary reads a copy without that column. Not part of CI: timings depend on
# the machine and its load; compare medians of one series.
set -euo pipefail
cd "$(dirname "$0")/.."
old=${1:-}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

dotnet publish src/Figures.Cli -c Release -r linux-x64 -o /tmp/figures-bin -nologo -clp:ErrorsOnly >/dev/null
commands=("/tmp/figures-bin/figures brief reports/idlib-2018-2019.json --data figures.csv --out $work/new.pdf --force")
if [ -n "$old" ]; then
  python3 - "$work/old.csv" <<'PY'
import csv, sys
rows = list(csv.reader(open("figures.csv", newline="", encoding="utf-8")))
with open(sys.argv[1], "w", newline="", encoding="utf-8") as out:
    csv.writer(out, lineterminator="\n").writerows(row[:-1] for row in rows)
PY
  commands+=("$old brief reports/idlib-2018-2019.json --data $work/old.csv --out $work/old.pdf")
fi
hyperfine -N --warmup 3 --runs "${RUNS:-30}" --export-json "$work/series.json" "${commands[@]}" >&2
python3 - "$work/series.json" <<'PY'
import json, statistics, sys
medians = [statistics.median(r["times"]) * 1000 for r in json.load(open(sys.argv[1]))["results"]]
print(f"median ms: this build {medians[0]:.0f}" + (f", older build {medians[1]:.0f}; ratio {medians[0] / medians[1]:.2f} (target 1.25)" if len(medians) > 1 else ""))
PY
echo "machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"
