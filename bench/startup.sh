#!/usr/bin/env bash
# Measures the service's start time on the embedded PostgreSQL: from launching the packaged jar
# to the first healthy answer on /health. Run after ./mvnw package -DskipTests.
# Usage: bench/startup.sh [runs]   (first run on a fresh data folder, then restarts on the same one)
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-3}
jar=$(ls target/triage-gateway-*-all.jar)
data=$(mktemp -d)
port=18080
for i in $(seq 1 "$runs"); do
  start=$(date +%s%N)
  TRIAGE_DATA_DIR="$data/postgres" PORT=$port java -jar "$jar" > "$data/run$i.log" 2>&1 &
  pid=$!
  until curl -sf "http://localhost:$port/health" > /dev/null; do
    kill -0 "$pid" 2>/dev/null || { echo "the service stopped; see $data/run$i.log"; exit 1; }
    sleep 0.05
  done
  end=$(date +%s%N)
  label=$([ "$i" = 1 ] && echo "fresh data folder" || echo "restart")
  echo "run $i ($label): $(( (end - start) / 1000000 )) ms to healthy; $(grep -o 'Startup completed in [0-9]*ms' "$data/run$i.log")"
  kill "$pid"; wait "$pid" 2>/dev/null || true
done
rm -rf "$data"
