#!/usr/bin/env bash
# The test command: builds once, then runs the whole suite under the machine's culture and under
# tr-TR, de-DE and ar-SA. Under CI=true a skipped test fails the run: a skipped check is not a check.
set -euo pipefail
cd "$(dirname "$0")"

dotnet build Figures.sln -c Release -nologo -clp:ErrorsOnly

# The house style (.editorconfig: whitespace, file-scoped namespaces, naming) is checked, not hoped for.
if ! dotnet format Figures.sln --verify-no-changes --no-restore; then
  echo "dotnet format found changes to make; run 'dotnet format Figures.sln' and commit them"
  exit 1
fi

status=0
for culture in "" tr-TR de-DE ar-SA; do
  echo "== tests under culture: ${culture:-machine default}"
  log=$(mktemp)
  if ! FIGURES_TEST_CULTURE="$culture" dotnet test tests/Figures.Tests -c Release --no-build -nologo 2>&1 | tee "$log"; then
    status=1
  fi
  if ! grep -Eq "Passed!|Failed!" "$log"; then echo "no test summary found"; status=1; fi
  if [ "${CI:-}" = "true" ] && grep -Eq "Skipped: *[1-9]" "$log"; then
    echo "CI: tests were skipped under culture '${culture:-default}'; every tool must be installed"
    status=1
  fi
  rm -f "$log"
done
exit $status
