#!/usr/bin/env bash
# Starts a local PostgreSQL and runs the whole test suite against it.
set -euo pipefail
cd "$(dirname "$0")"
source scripts/postgres.sh
# The browser tests drive Debian's Chromium (never a browser that Playwright downloads).
if [ ! -x /usr/bin/chromium ]; then
  echo "Chromium is not installed; installing Debian's chromium with apt-get..."
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq chromium >/dev/null
fi
mkdir -p .data
set +e
dotnet test Keurmerk.sln -c Release "$@" 2>&1 | tee .data/test-output.log
status=${PIPESTATUS[0]}
set -e
# One closing line over all test projects.
awk '/(Passed|Failed)!/ { for (i = 1; i <= NF; i++) { if ($i == "Failed:") f += $(i+1); if ($i == "Passed:") p += $(i+1); if ($i == "Skipped:") s += $(i+1) } }
     END { printf "%d passed, %d failed, %d skipped\n", p, f, s }' FS='[ ,]+' .data/test-output.log
exit "$status"
