#!/usr/bin/env bash
# The evidence that a refactoring changed no output: runs a figures binary over the bad-input corpus,
# the curated figures.csv and generated files (one small enough for a one-pass read, one large enough
# for the chunked read, and one with problems spread through it), and records stdout, stderr and the
# exit code of validate, list and export in every format. Snapshot the binary before and after a
# change, then `diff -r BEFORE AFTER`: no difference means no output changed.
# Usage: tools/snapshot-outputs.sh BIN OUTDIR
set -euo pipefail
bin=$(realpath "$1")
out=$(realpath -m "$2")
root=$(cd "$(dirname "$0")/.." && pwd)
corpus="$root/tests/Figures.Tests/CrossCutting/BadInputCorpus/Corpus"

# Inputs sit in one fixed folder and are named relatively, so the messages (which name the file) are
# the same whoever runs the script and wherever OUTDIR is.
inputs=/tmp/figures-snapshot-inputs
rm -rf "$inputs" "$out"
mkdir -p "$inputs" "$out"
cp "$corpus"/*.csv "$inputs/"
cp "$root/figures.csv" "$inputs/figures.csv"
"$bin" generate --rows 20000 --seed 1 --out "$inputs/gen-20k.csv" 2>/dev/null
"$bin" generate --rows 30000 --seed 2 --out "$inputs/gen-30k.csv" 2>/dev/null
# Problems in the middle and at the end of a large file: a bad value, a duplicate id, an unknown metric, broken quoting.
awk 'NR==5000{sub(/,[0-9]+,/,",12x,")} NR==12000{$0=prev} NR==20000{sub(/,displaced,/,",displacd,")} {prev=$0; print}' \
  "$inputs/gen-30k.csv" > "$inputs/gen-30k-problems.csv"
printf 'SYN-9999999,displaced,5,,people,exact,"unterminated\n' >> "$inputs/gen-30k-problems.csv"
cd "$inputs"

# run NAME ARGS...: records the command's stdout, stderr and exit code under OUTDIR/NAME.
run() {
  local name=$1
  shift
  local code=0
  "$bin" "$@" >"$out/$name.out" 2>"$out/$name.err" || code=$?
  echo "$code" >"$out/$name.code"
}

for file in *.csv; do
  base=${file%.csv}
  run "$base.validate" validate "$file"
  run "$base.list-table" list --data "$file"
  run "$base.list-csv" list --data "$file" --format csv
  run "$base.list-json" list --data "$file" --format json
  run "$base.export-csv" export --data "$file" --format csv
  run "$base.export-json" export --data "$file" --format json
  run "$base.export-hxl" export --data "$file" --format hxl
done
for file in figures.csv gen-20k.csv gen-30k.csv; do
  base=${file%.csv}
  for metric in displaced idps killed; do
    run "$base.list-table.$metric" list --data "$file" --metric "$metric"
    run "$base.list-csv.$metric" list --data "$file" --metric "$metric" --format csv
    run "$base.list-json.$metric" list --data "$file" --metric "$metric" --format json
    run "$base.export-csv.$metric" export --data "$file" --metric "$metric" --format csv
    run "$base.export-json.$metric" export --data "$file" --metric "$metric" --format json
    run "$base.export-hxl.$metric" export --data "$file" --metric "$metric" --format hxl
  done
  run "$base.list-csv.two-metrics" list --data "$file" --metric idps --metric at_risk --format csv
  run "$base.export-hxl.admin1" export --data "$file" --admin1 Idlib --format hxl
  run "$base.list-table.from" list --data "$file" --from 2019-01-01 --to 2020-12-31
  run "$base.list-csv.none" list --data "$file" --metric combatants --from 2030-01-01 --format csv
done
# A pipe cannot be cut into chunks: read in one pass.
run "gen-30k.validate-stdin" validate /dev/stdin <gen-30k.csv
run "gen-30k-problems.validate-stdin" validate /dev/stdin <gen-30k-problems.csv
run "missing.validate" validate no-such-file.csv
run "missing.list" list --data no-such-file.csv
echo "$(find "$out" -name '*.code' | wc -l) runs recorded in $out"
