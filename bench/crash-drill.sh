#!/usr/bin/env bash
# Crash drill: the packaged jar on its embedded PostgreSQL takes households from writers while the
# JVM and its PostgreSQL are killed together (kill -9) at a random moment; the service is started
# again on the same data folder. Each round checks that it came up the first time, that every
# household it had answered 201 for is there, and that the audit trail is whole.
# Run after ./mvnw package -DskipTests.   Usage: bench/crash-drill.sh [rounds] [writers]
set -uo pipefail
cd "$(dirname "$0")/.."
rounds=${1:-10}
writers=${2:-4}
data=$(mktemp -d)
port=18093
base="http://localhost:$port"
jar=$(ls target/triage-gateway-*-all.jar | head -1)
household='{"people": [{"id": "c", "role": "CLAIMANT", "dateOfBirth": "1990-01-01"}], "housing": {"tenure": "SOCIAL_RENT", "rent": 500.00, "rentFrequency": "MONTHLY", "bedrooms": 1, "council": "Luton", "councilTax": 1200.00}}'
pid=
trap 'kill -9 $pid 2>/dev/null; pkill -9 -f -- "-D $data/postgres" 2>/dev/null; rm -rf "$data"' EXIT

start() {  # starts the service; sets took to the seconds until it answered /health, or fails after 180 s
  local began=$SECONDS
  TRIAGE_FIRST_ADMIN_USERNAME=drill-admin TRIAGE_FIRST_ADMIN_PASSWORD="drill admin passphrase" \
    TRIAGE_DATA_DIR="$data/postgres" PORT=$port java -jar "$jar" >> "$data/service.log" 2>&1 &
  pid=$!
  until curl -sf "$base/health" > /dev/null; do
    if ! kill -0 $pid 2>/dev/null || [ $((SECONDS - began)) -gt 180 ]; then return 1; fi
    sleep 0.2
  done
  took=$((SECONDS - began))
}

writer() {  # POSTs households until killed; a reference is written down only once its 201 arrived whole
  local cookie=$1 out=$2
  while true; do
    body=$(curl -s -m 10 -w '\n%{http_code}' -H "Cookie: $cookie" -H 'Content-Type: application/json' \
      -d "$household" "$base/api/v1/households") || continue
    [ "${body##*$'\n'}" = 201 ] || continue
    echo "$body" | sed -n 's/.*"reference":"\([^"]*\)".*/\1/p' >> "$out"
  done
}

lost_total=0 confirmed_total=0 failed_starts=0
for round in $(seq 1 "$rounds"); do
  if ! start; then
    echo "round $round: the service did not start the first time (see $data/service.log)"; failed_starts=$((failed_starts + 1))
    kill -9 $pid 2>/dev/null; start || { echo "and not the second time either"; tail -20 "$data/service.log"; exit 1; }
  fi
  admin=$(bench/staff-cookie.sh "$base" drill-admin "drill admin passphrase")
  [ "$round" = 1 ] && bench/staff-account.sh "$base" "$admin" drill-adviser ADVISER "drill adviser passphrase"
  adviser=$(bench/staff-cookie.sh "$base" drill-adviser "drill adviser passphrase")

  # what the rounds before confirmed: every one must still be there
  lost=0
  if [ -s "$data/confirmed" ]; then
    while read -r reference; do
      status=$(curl -s -o /dev/null -w '%{http_code}' -H "Cookie: $adviser" "$base/api/v1/households/$reference")
      [ "$status" = 200 ] || { lost=$((lost + 1)); echo "  lost: $reference ($status)"; }
    done < "$data/confirmed"
  fi
  confirmed=$(cat "$data"/confirmed 2>/dev/null | wc -l)
  chain=$(curl -s -H "Cookie: $admin" "$base/staff/audit?verify=true" | grep -o 'The chain is whole\|The chain is broken' | head -1)
  echo "round $round: started in ${took} s; ${confirmed} confirmed households before it, ${lost} lost; audit: ${chain}"
  lost_total=$((lost_total + lost))

  [ "$round" = "$rounds" ] && break
  pids=()
  for w in $(seq 1 "$writers"); do writer "$adviser" "$data/confirmed.$round.$w" & pids+=($!); done
  sleep $((5 + RANDOM % 10))
  # the JVM and its PostgreSQL die together, mid-write
  kill -9 $pid; pkill -9 -f -- "-D $data/postgres"
  sleep 0.5; kill "${pids[@]}" 2>/dev/null; wait "${pids[@]}" 2>/dev/null
  cat "$data"/confirmed.$round.* >> "$data/confirmed"
done
kill $pid; wait $pid 2>/dev/null
echo "rounds: $rounds, confirmed writes: $(wc -l < "$data/confirmed"), lost: $lost_total, starts that failed the first time: $failed_starts"
