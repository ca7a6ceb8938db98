#!/usr/bin/env bash
# Fuzzes a running service (bench/fuzz.mjs) and counts 5xx answers and stack traces in its log.
# Usage: bench/fuzz.sh base-url admin-username admin-password service-log [requests] [concurrency]
# Start the service first, e.g. (SECURITY.md has the whole command):
#   PORT=18080 TRIAGE_DATA_DIR=/tmp/fuzzdata TRIAGE_FIRST_ADMIN_USERNAME=admin TRIAGE_FIRST_ADMIN_PASSWORD='...' \
#   TRIAGE_KIOSK_REQUESTS_PER_MINUTE=1000000 TRIAGE_STAFF_SIGN_INS_PER_MINUTE=1000000 TRIAGE_STAFF_SECURE_COOKIE=false \
#   TRIAGE_KIOSK_SECURE_COOKIE=false ./mvnw compile exec:java > /tmp/service.log 2>&1 &
set -euo pipefail
base=$1 admin=$2 password=$3 log=$4 requests=${5:-100000} concurrency=${6:-8}
here=$(dirname "$0")
admin_cookie=$("$here/staff-cookie.sh" "$base" "$admin" "$password")
adviser=fuzz-adviser adviser_password='a long fuzz adviser passphrase'
"$here/staff-account.sh" "$base" "$admin_cookie" "$adviser" ADVISER "$adviser_password" 2>/dev/null || true
adviser_cookie=$("$here/staff-cookie.sh" "$base" "$adviser" "$adviser_password")
from=$(($(wc -c < "$log") + 1))
status=0
node "$here/fuzz.mjs" "$base" "$adviser_cookie" "$admin_cookie" "$requests" "$concurrency" || status=$?
# a stack trace is a line "	at some.Class.method(" or "Caused by:"; an ERROR line is anything logged as a failure
traces=$(tail -c +"$from" "$log" | grep -cE '^\s+at [a-zA-Z_$][a-zA-Z0-9_$.]*\(|^Caused by:' || true)
errors=$(tail -c +"$from" "$log" | grep -c ' ERROR ' || true)
echo "stack trace lines in the log: $traces; ERROR lines: $errors"
[ "$status" -eq 0 ] && [ "$traces" -eq 0 ] && [ "$errors" -eq 0 ]
