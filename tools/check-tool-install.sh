#!/usr/bin/env bash
# Runs the README's install command for the figures tool in a throwaway home (so no real ~/.dotnet/tools
# is touched), checks that `figures` then runs from PATH, and times it against `dotnet run`.
# Usage: tools/check-tool-install.sh            (from anywhere; takes a few minutes: the pack compiles ReadyToRun)
set -euo pipefail
cd "$(dirname "$0")/.."

home=$(mktemp -d)
trap 'rm -rf "$home"' EXIT
export DOTNET_CLI_HOME="$home" PATH="$PATH:$home/.dotnet/tools"

command=$(grep -m1 '^dotnet pack src/Figures.Cli' README.md)
echo "== $command"
rm -rf artifacts/packages
bash -c "$command"

echo "== figures from PATH: $(command -v figures)"
figures --help >/dev/null
figures --version
figures validate figures.csv

if command -v hyperfine >/dev/null; then
  hyperfine -N --warmup 3 --runs 30 'figures validate figures.csv'
  hyperfine -N --warmup 1 --runs 5 'dotnet run --project src/Figures.Cli -- validate figures.csv'
fi
