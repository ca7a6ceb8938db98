#!/usr/bin/env bash
# Load run for the HTTP API: wrk (Debian package 'wrk') against POST /api/v1/assessments on the
# packaged jar with its embedded PostgreSQL. Run after ./mvnw package -DskipTests.
# Usage: bench/load.sh [seconds] [connections]
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-30}
connections=${2:-16}
command -v wrk > /dev/null || { echo "wrk is not installed: apt-get install wrk"; exit 1; }
data=$(mktemp -d)
port=18081
# The API is for staff: a fresh install's first administrator creates an adviser, who signs in.
TRIAGE_FIRST_ADMIN_USERNAME=bench-admin TRIAGE_FIRST_ADMIN_PASSWORD="bench admin passphrase" \
  TRIAGE_DATA_DIR="$data/postgres" PORT=$port java -jar target/triage-gateway-*-all.jar > "$data/service.log" 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null; wait $pid 2>/dev/null; rm -rf "$data"' EXIT
base="http://localhost:$port"
until curl -sf "$base/health" > /dev/null; do sleep 0.2; done
admin=$(bench/staff-cookie.sh "$base" bench-admin "bench admin passphrase")
bench/staff-account.sh "$base" "$admin" bench-adviser ADVISER "bench adviser passphrase"
export COOKIE=$(bench/staff-cookie.sh "$base" bench-adviser "bench adviser passphrase")
url="$base/api/v1/assessments?date=2026-01-15"
wrk -t1 -c"$connections" -d10s -s bench/assess.lua "$url" > /dev/null   # warm-up
wrk -t2 -c"$connections" -d"${seconds}s" --latency -s bench/assess.lua "$url"
