#!/usr/bin/env bash
# Starts (or reuses) a private PostgreSQL cluster for Keurmerk in .data/postgres and
# exports ConnectionStrings__Keurmerk. Sourced by run.sh and test.sh.
# Production never uses this: it passes ConnectionStrings:Keurmerk in configuration.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
port="${KEURMERK_PG_PORT:-54329}"
data="$root/.data/postgres"
log="$root/.data/postgres.log"

find_pg_bin() {
  local dir
  for dir in /usr/lib/postgresql/*/bin; do
    [ -x "$dir/initdb" ] && { echo "$dir"; return 0; }
  done
  return 1
}

if ! bindir="$(find_pg_bin)"; then
  echo "PostgreSQL is not installed; installing it with apt-get..."
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq postgresql >/dev/null
  bindir="$(find_pg_bin)"
fi

# The server refuses to run as root: run it as the postgres user then.
as_server_user() {
  if [ "$(id -u)" = 0 ]; then (cd / && runuser -u postgres -- "$@"); else "$@"; fi
}

mkdir -p "$root/.data"
# As root the server runs as postgres, which must be able to reach the data folder. If a parent
# folder of this checkout is closed to it (a clone under /root, say), keep the cluster in postgres's home.
if [ "$(id -u)" = 0 ] && ! runuser -u postgres -- test -x "$root/.data"; then
  data="/var/lib/postgresql/keurmerk-$(printf '%s' "$root" | md5sum | cut -c1-12)"
  log="$data.log"
  echo "Note: $root is not reachable for the postgres user; the cluster lives in $data"
fi
if [ ! -s "$data/PG_VERSION" ]; then
  mkdir -p "$data"
  [ "$(id -u)" = 0 ] && chown postgres:postgres "$data" && chmod 700 "$data"
  as_server_user "$bindir/initdb" -D "$data" -U keurmerk --auth=trust -E UTF8 --locale=C.UTF-8 >/dev/null
fi
if [ "$(id -u)" = 0 ]; then
  touch "$log" && chown postgres:postgres "$log"
fi

if ! as_server_user "$bindir/pg_ctl" -D "$data" status >/dev/null 2>&1; then
  # A crash leaves postmaster.pid behind; no server runs, so it is stale.
  rm -f "$data/postmaster.pid"
  as_server_user "$bindir/pg_ctl" -D "$data" -l "$log" -w -t 60 \
    -o "-p $port -c listen_addresses=127.0.0.1 -c unix_socket_directories='' -c max_connections=200" start >/dev/null
fi
# A cluster already running for this checkout keeps the port it was started on (line 4 of postmaster.pid).
port="$(sed -n 4p "$data/postmaster.pid")"

export PGHOST=127.0.0.1 PGPORT="$port" PGUSER=keurmerk
if [ "$(psql -d postgres -tAc "select 1 from pg_database where datname = 'keurmerk'")" != 1 ]; then
  psql -d postgres -qc "create database keurmerk" >/dev/null
fi
# The register's trigram indexes need pg_trgm. The app creates it too (Marten's schema), but test
# classes starting side by side would race to create it, so it exists before any of them.
psql -d keurmerk -qc "create extension if not exists pg_trgm" >/dev/null
export ConnectionStrings__Keurmerk="Host=127.0.0.1;Port=$port;Username=keurmerk;Database=keurmerk"
echo "PostgreSQL ready on 127.0.0.1:$port (data in $data)"
