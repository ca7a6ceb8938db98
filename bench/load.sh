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
# The API is shut until staff sign-in exists; this run is on a machine of its own.
TRIAGE_API_OPEN=true TRIAGE_DATA_DIR="$data/postgres" PORT=$port java -jar target/triage-gateway-*-all.jar > "$data/service.log" 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null; wait $pid 2>/dev/null; rm -rf "$data"' EXIT
until curl -sf "http://localhost:$port/health" > /dev/null; do sleep 0.2; done
url="http://localhost:$port/api/v1/assessments?date=2026-01-15"
wrk -t1 -c"$connections" -d10s -s bench/assess.lua "$url" > /dev/null   # warm-up
wrk -t2 -c"$connections" -d"${seconds}s" --latency -s bench/assess.lua "$url"
