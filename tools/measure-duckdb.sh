#!/usr/bin/env bash
# The performance guard of issue 19: a 1,000,000-row `figures validate` and `figures list --metric displaced
# --format csv` against DuckDB reading and grouping the same file, in one interleaved hyperfine series.
# DuckDB comes from the npm registry (@duckdb/node-api) into a temporary folder; nothing is added to the project.
# Usage: tools/measure-duckdb.sh [FIGURES_BINARY] [ROWS]   (default: the native publish users get, into /tmp/figures-bin)
set -euo pipefail
cd "$(dirname "$0")/.."
bin=${1:-}
rows=${2:-1000000}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
if [ -z "$bin" ]; then
  dotnet publish src/Figures.Cli -c Release -r linux-x64 -o /tmp/figures-bin -nologo -clp:ErrorsOnly >/dev/null
  bin=/tmp/figures-bin/figures
fi
"$bin" generate --rows "$rows" --seed 1 --out "$work/big.csv" 2>/dev/null
(cd "$work" && npm install --silent --no-audit --no-fund @duckdb/node-api >/dev/null 2>&1)
cat > "$work/duck.mjs" <<'JS'
import { DuckDBInstance } from '@duckdb/node-api';
const db = await DuckDBInstance.create(':memory:');
const c = await db.connect();
const r = await c.runAndReadAll(`SELECT metric, count(*), sum(CAST(value AS DECIMAL(18,2))) FROM read_csv('${process.argv[2]}', header=true, all_varchar=true) GROUP BY metric`);
if (r.getRows().length === 0) throw new Error('no rows');
JS
hyperfine -N --warmup 2 --runs "${RUNS:-15}" --export-json "$work/series.json" \
  "node $work/duck.mjs $work/big.csv" \
  "$bin validate $work/big.csv" \
  "$bin list --data $work/big.csv --metric displaced --format csv"
python3 - "$work/series.json" <<'PY'
import json, statistics, sys
results = json.load(open(sys.argv[1]))["results"]
medians = [statistics.median(r["times"]) for r in results]
print(f"median seconds: duckdb {medians[0]:.3f}, validate {medians[1]:.3f}, list {medians[2]:.3f}")
print(f"ratio to duckdb: validate {medians[1] / medians[0]:.2f} (guard 1.5), list {medians[2] / medians[0]:.2f} (guard 2.0)")
PY
