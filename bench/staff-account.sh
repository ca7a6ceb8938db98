#!/usr/bin/env bash
# Creates a staff account through the administrators' page, as an administrator.
# Usage: bench/staff-account.sh base-url admin-cookie username role password
set -euo pipefail
base=$1 cookie=$2 username=$3 role=$4 password=$5
csrf=$(curl -s -H "Cookie: $cookie" "$base/staff/accounts/new" | sed -n 's/.*name="csrf" value="\([^"]*\)".*/\1/p' | head -1)
status=$(curl -s -o /dev/null -w '%{http_code}' -H "Cookie: $cookie" --data-urlencode "csrf=$csrf" \
  --data-urlencode "username=$username" --data-urlencode "displayName=$username" --data-urlencode "role=$role" \
  --data-urlencode "password=$password" "$base/staff/accounts/new")
[ "$status" = 303 ] || { echo "could not create $username: HTTP $status" >&2; exit 1; }
