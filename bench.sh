#!/usr/bin/env bash
# The register at national scale, measured: seeds N organisations (default 50,000) through the app's
# own decisions and events, starts the app in Release/Production and a bare Npgsql endpoint running the
# same SQL, drives both with wrk (interleaved), measures saves, PDFs, memory and the projection rebuild,
# and prints a Markdown table and the register's query plans. Not part of ./test.sh.
#
#   ./bench.sh            # 50,000 organisations
#   ./bench.sh 250000     # the national register
# Settings: BENCH_DURATION (seconds per wrk run, 10), BENCH_APP_PORT (5102), BENCH_BARE_PORT (5103),
# KEURMERK_PG_PORT as for run.sh. Data in the database keurmerk_bench, reused by the next run.
set -euo pipefail
cd "$(dirname "$0")"
organisations="${1:-50000}"
duration="${BENCH_DURATION:-10}"
app_port="${BENCH_APP_PORT:-5102}"
bare_port="${BENCH_BARE_PORT:-5103}"
out=.data/bench
mkdir -p "$out"

source scripts/postgres.sh
if ! command -v wrk >/dev/null; then
  echo "wrk is not installed; installing it with apt-get..."
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk >/dev/null
fi
if [ "$(psql -d postgres -tAc "select 1 from pg_database where datname = 'keurmerk_bench'")" != 1 ]; then
  psql -d postgres -qc "create database keurmerk_bench" >/dev/null
fi
psql -d keurmerk_bench -qc "create extension if not exists pg_trgm" >/dev/null
export ConnectionStrings__Keurmerk="Host=127.0.0.1;Port=$PGPORT;Username=keurmerk;Database=keurmerk_bench;Maximum Pool Size=64"
export Keurmerk__Schema=bench Criteria__Folder="$PWD/criteria"

dotnet build Keurmerk.sln -c Release -v quiet -nologo >/dev/null
web=src/Keurmerk.Web/bin/Release/net10.0/Keurmerk.Web.dll
bench=bench/Keurmerk.Bench/bin/Release/net10.0/Keurmerk.Bench.dll

echo "== seeding $organisations organisations"
dotnet "$bench" seed "$organisations" | tee "$out/seed.txt"
[ -s "$out/drafts.txt" ] || dotnet "$bench" drafts 32
dotnet "$bench" paths "$out/paths"
streams=$(psql -d keurmerk_bench -tAc "select count(*) from bench.mt_streams")
events=$(psql -d keurmerk_bench -tAc "select count(*) from bench.mt_events")

pids=()
cleanup() { for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done; }
trap cleanup EXIT

# Production as an operator runs it: the schema applied by the explicit command (the app never changes it
# itself there), and an issuer key read from a PEM file (made once for the benchmark, kept in .data).
export ASPNETCORE_ENVIRONMENT=Production ASPNETCORE_CONTENTROOT="$PWD/src/Keurmerk.Web" Keurmerk__PublicBaseUrl="http://127.0.0.1:$app_port"
key="$out/issuer-key.pem"
[ -s "$key" ] || openssl ecparam -name prime256v1 -genkey -noout | openssl pkcs8 -topk8 -nocrypt -out "$key"
export Credentials__Keys__0__PemPath="$PWD/$key" Credentials__Keys__0__ActiveFrom="2020-01-01T00:00:00Z"
echo "== db-apply"
dotnet "$web" db-apply >"$out/db-apply.log" 2>&1 || { cat "$out/db-apply.log"; exit 1; }

echo "== starting the app (Production) on $app_port and the bare endpoint on $bare_port"
# No job server in the measured process; the register's per-client rate limit (Security) set high so the
# benchmark measures the work, not the limiter.
ASPNETCORE_URLS="http://127.0.0.1:$app_port" Hangfire__Server=false \
  RateLimits__RegisterPerClient__Permits=100000000 \
  dotnet "$web" >"$out/app.log" 2>&1 &
app_pid=$!; pids+=("$app_pid")
# The same app without its output cache: what a request costs when the copy cannot be used (first reads,
# logged-in readers, the moment after a certificate changed).
uncached_port=$((app_port + 2))
ASPNETCORE_URLS="http://127.0.0.1:$uncached_port" Hangfire__Server=false OutputCaching__Enabled=false \
  RateLimits__RegisterPerClient__Permits=100000000 \
  dotnet "$web" >"$out/app-uncached.log" 2>&1 &
pids+=("$!")
dotnet "$bench" bare "http://127.0.0.1:$bare_port" >"$out/bare.log" 2>&1 &
pids+=("$!")
for url in "http://127.0.0.1:$app_port/health" "http://127.0.0.1:$uncached_port/health" "http://127.0.0.1:$bare_port/api/register"; do
  for _ in $(seq 120); do curl -fs -o /dev/null "$url" && break; sleep 1; done
done

# wrk once: prints "p50 p99 req/s errors" (milliseconds).
measure() {
  local port=$1 paths=$2 connections=$3 threads=1
  [ "$connections" -gt 1 ] && threads=2
  wrk -t"$threads" -c"$connections" -d"${duration}s" --latency -s bench/random-path.lua "http://127.0.0.1:$port" -- "$out/paths/$paths.txt" 2>&1 |
    awk 'function ms(v) { if (v ~ /us$/) return v / 1000; if (v ~ /ms$/) return v + 0; if (v ~ /s$/) return v * 1000; return v }
         $1 == "50%" { p50 = ms($2) } $1 == "99%" { p99 = ms($2) } /^Requests\/sec/ { rps = $2 }
         /Non-2xx/ { errors = $NF } /Socket errors/ { errors = errors "+socket" }
         END { printf "%.2f %.2f %.0f %s\n", p50, p99, rps, (errors == "" ? 0 : errors) }'
}

rows=()
for endpoint in search city kvk certificate verify; do
  # Warm all three, then interleave: cached app, uncached app and bare at one connection, then at 32.
  for port in "$app_port" "$uncached_port" "$bare_port"; do measure "$port" "$endpoint" 4 >/dev/null; done
  read -r a1p50 a1p99 a1rps a1err < <(measure "$app_port" "$endpoint" 1)
  read -r u1p50 u1p99 u1rps _ < <(measure "$uncached_port" "$endpoint" 1)
  read -r b1p50 b1p99 b1rps _ < <(measure "$bare_port" "$endpoint" 1)
  read -r a32p50 a32p99 a32rps a32err < <(measure "$app_port" "$endpoint" 32)
  read -r u32p50 u32p99 u32rps _ < <(measure "$uncached_port" "$endpoint" 32)
  read -r b32p50 b32p99 b32rps _ < <(measure "$bare_port" "$endpoint" 32)
  ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", (b > 0 ? a / b : 0) }'; }
  rows+=("| $endpoint \`$(head -1 "$out/paths/$endpoint.txt" | sed 's/=[^&]*/=…/g;s/[0-9A-Z-]\{8,\}$/{…}/')\` | $a1p50 / $a1p99 ms | $a32rps req/s | $u1p50 / $u1p99 ms | $u32rps req/s | $b1p50 / $b1p99 ms | $b32rps req/s | $(ratio "$a32rps" "$b32rps") / $(ratio "$u32rps" "$b32rps") | $a1err/$a32err |")
done

echo "== certificate PDF"
pdf_ms=(); pdf_size=0
while read -r path; do
  read -r t size < <(curl -s -o /dev/null -w '%{time_total} %{size_download}\n' "http://127.0.0.1:$app_port$path")
  pdf_ms+=("$(awk -v t="$t" 'BEGIN { printf "%.1f", t * 1000 }')"); pdf_size=$size
done < <(head -20 "$out/paths/pdf.txt")
pdf_p50=$(printf '%s\n' "${pdf_ms[@]}" | sort -n | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }')
rss_now=$(awk '/VmRSS/ { printf "%.0f", $2 / 1024 }' "/proc/$app_pid/status")
rss_peak=$(awk '/VmHWM/ { printf "%.0f", $2 / 1024 }' "/proc/$app_pid/status")
cleanup; pids=()

echo "== saves"
saves1=$(dotnet "$bench" saves 1 "$duration" | tee "$out/saves1.txt" | sed -n 1p)
saves32=$(dotnet "$bench" saves 32 "$duration" | tee "$out/saves32.txt" | sed -n 1p)
replay=$(sed -n 2p "$out/saves1.txt")

echo "== rebuilding every projection"
dotnet "$web" rebuild-projections | tee "$out/rebuild.txt"
rebuild=$(tail -1 "$out/rebuild.txt")

dotnet "$bench" explain >"$out/explain.txt"

{
  echo "Measured $(date -u +%Y-%m-%d) on $(nproc) cores: $organisations organisations, $streams streams, $events events."
  echo
  echo "| endpoint | app cached, 1 conn (p50 / p99) | app cached, 32 conn | app uncached, 1 conn | app uncached, 32 conn | bare, 1 conn | bare, 32 conn | app / bare at 32 (cached / uncached) | non-2xx (1/32) |"
  echo "|---|---|---|---|---|---|---|---|---|"
  printf '%s\n' "${rows[@]}"
  echo
  echo "| what | measured |"
  echo "|---|---|"
  echo "| assessment save, one answer changed, 1 worker | ${saves1#saves c=1: } |"
  echo "| assessment save, 32 workers | ${saves32#saves c=32: } |"
  echo "| the same stream replayed (the old cost per save) | ${replay#*: } |"
  echo "| certificate PDF | p50 ${pdf_p50} ms, $((pdf_size / 1024)) KB |"
  echo "| web process memory after the load | ${rss_now} MB (peak ${rss_peak} MB) |"
  echo "| projection rebuild | ${rebuild} |"
} | tee "$out/results.md"
echo
echo "Query plans: $out/explain.txt"
