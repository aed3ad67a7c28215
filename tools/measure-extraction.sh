#!/usr/bin/env bash
# Prints the measured quality of `figures extract`: recall and precision on the five seed articles (against figures.csv),
# on the six fixture articles, and on the situation-report texts of issue 20 (the tuning set and the two held-out sets,
# each scored by value and unit, then by value, range, unit and metric). With --details, also every missed and extra figure.
#
# Usage: tools/measure-extraction.sh [--details]    (builds first; the seeds are read from ../shared/seeds)
set -euo pipefail
cd "$(dirname "$0")/.."
details=false
[ "${1:-}" = "--details" ] && details=true
dotnet build tests/Figures.Tests -c Release -nologo -clp:ErrorsOnly >/dev/null
log=$(mktemp)
trap 'rm -f "$log"' EXIT
# The quality tests write their scores to the test output; a test below its bar still prints them (and fails this script).
status=0
dotnet test tests/Figures.Tests -c Release --no-build -nologo \
  --filter "FullyQualifiedName~SeedQualityTests|FullyQualifiedName~FixtureQualityTests|FullyQualifiedName~LabelledQualityTests" \
  --logger "console;verbosity=detailed" >"$log" 2>&1 || status=$?
if $details; then
  grep -E '^ [a-z].*: recall |^   (missed|extra): ' "$log" | sed 's/^ *//'
else
  grep -E '^ [a-z].*: recall ' "$log" | sed 's/^ *//' | sort
fi
grep -Eq 'Passed!|Failed!|Total tests' "$log" || { echo "no test summary: see the build or test output" >&2; cat "$log" >&2; exit 2; }
exit $status
