#!/usr/bin/env bash
# Starts a local PostgreSQL and runs Keurmerk with demo data at http://127.0.0.1:5000.
set -euo pipefail
cd "$(dirname "$0")"
source scripts/postgres.sh
export ASPNETCORE_ENVIRONMENT="${ASPNETCORE_ENVIRONMENT:-Development}"
export ASPNETCORE_URLS="${ASPNETCORE_URLS:-http://127.0.0.1:5000}"
exec dotnet run --project src/Keurmerk.Web -c Release --no-launch-profile
