#!/usr/bin/env bash
# Load run for the kiosk pages: one person's journey with curl, then wrk (Debian package 'wrk') on
# a question page and on the results page (which assesses nothing again but sweeps pay for the
# better-off chart), on the packaged jar with its embedded PostgreSQL. Run after ./mvnw package -DskipTests.
# Usage: bench/kiosk.sh [seconds] [connections]
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-20}
connections=${2:-8}
command -v wrk > /dev/null || { echo "wrk is not installed: apt-get install wrk"; exit 1; }
data=$(mktemp -d)
port=18082
# The per-address limit protects a real kiosk; this run is one address making thousands of requests.
TRIAGE_KIOSK_REQUESTS_PER_MINUTE=100000000 TRIAGE_DATA_DIR="$data/postgres" PORT=$port \
  java -jar target/triage-gateway-*-all.jar > "$data/service.log" 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null; wait $pid 2>/dev/null; rm -rf "$data"' EXIT
until curl -sf "http://localhost:$port/health" > /dev/null; do sleep 0.2; done
base="http://localhost:$port/kiosk"

cookie=$(curl -s -o /dev/null -D - -X POST -d lang=en "$base/start" | sed -n 's/^Set-Cookie: \(kiosk=[^;]*\).*/\1/p')
csrf=$(curl -s -H "Cookie: $cookie" "$base/questions/date-of-birth" | sed -n 's/.*name="csrf" value="\([^"]*\)".*/\1/p' | head -1)
answer() {  # question, form fields: prints the time the answer took
  curl -s -o /dev/null -w "%{time_total} s  POST $1\n" -H "Cookie: $cookie" --data "csrf=$csrf&$2" "$base/questions/$1"
}
echo "One journey, each answer (including the redirect's page not fetched):"
answer date-of-birth "date-of-birth-day=1&date-of-birth-month=5&date-of-birth-year=1990"
answer citizen "citizen=yes"
answer partner "partner=no"
answer children "children=1"
answer child-1 "child-1-day=2&child-1-month=2&child-1-year=2019"
answer other-adults "other-adults=0"
answer home "home=private_rent"
answer rent "rent-amount=650&rent-frequency=MONTHLY"
answer postcode "postcode=LU1+1AA"
answer council "council=E06000032"
answer council-tax "council-tax-amount=1500"
answer work "work=employed"
answer pay "pay-amount=900&pay-frequency=MONTHLY"
answer hours "hours=20"
answer childcare "childcare-amount=0"
answer savings "savings-amount=0"
answer health "health=no"
answer carer "carer=no"
# then what the rules still need (KioskFollowUps): each of these pages evaluates the household again
answer fact-claimant-earnings-0-pensionContributions "fact-claimant-earnings-0-pensionContributions-amount=0"
answer fact-child1-longTermCondition "fact-child1-longTermCondition=no"
curl -s -o /dev/null -w "%{time_total} s  POST check (writes the household, assesses and stores it)\n" \
  -H "Cookie: $cookie" --data "csrf=$csrf" "$base/check"
curl -s -o /dev/null -w "%{time_total} s  GET results (first)\n" -H "Cookie: $cookie" "$base/results"

echo; echo "A question page, $connections connections, ${seconds}s:"
wrk -t1 -c"$connections" -d5s -H "Cookie: $cookie" "$base/questions/rent" > /dev/null   # warm-up
wrk -t2 -c"$connections" -d"${seconds}s" --latency -H "Cookie: $cookie" "$base/questions/rent"
echo; echo "A follow-up page (the rules evaluated for what they still ask), $connections connections, ${seconds}s:"
wrk -t2 -c"$connections" -d"${seconds}s" --latency -H "Cookie: $cookie" "$base/questions/fact-child1-longTermCondition"
echo; echo "The results page, $connections connections, ${seconds}s:"
wrk -t2 -c"$connections" -d"${seconds}s" --latency -H "Cookie: $cookie" "$base/results"
