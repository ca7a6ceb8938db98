#!/usr/bin/env bash
# Prints a "Cookie" header value for a signed-in member of staff, through the real sign-in form.
# Usage: bench/staff-cookie.sh base-url username password
set -euo pipefail
base=$1 username=$2 password=$3
jar=$(mktemp)
trap 'rm -f "$jar"' EXIT
csrf=$(curl -s -c "$jar" "$base/staff/sign-in" | sed -n 's/.*name="csrf" value="\([^"]*\)".*/\1/p' | head -1)
curl -s -o /dev/null -b "$jar" -c "$jar" --data-urlencode "csrf=$csrf" --data-urlencode "username=$username" \
  --data-urlencode "password=$password" "$base/staff/sign-in"
token=$(awk '$6 == "staff" {print $7}' "$jar")
[ -n "$token" ] || { echo "sign-in failed for $username" >&2; exit 1; }
echo "staff=$token"
