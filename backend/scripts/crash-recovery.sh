#!/usr/bin/env bash
# After a crash the API comes back by itself and nothing of an interrupted write remains.
#   1. A background outcome import runs; the API's JVM is killed hard (kill -9), as the kernel's
#      out-of-memory killer would. Started again with the same command, it must come up without
#      help; the job reads FAILED; not one of its rows, nor an audit row, was written; no upload or
#      spool file is left.
#   2. The same, but the database watchdog dies with the JVM, so the embedded MariaDB outlives it:
#      the next start must find that server on its data directory and stop it itself.
#   3. The database server is killed under the running API: writes answer 503 problem+json with
#      Retry-After while it is down, none of them is partly written, and the API serves again once
#      the server is back (the API restarts its embedded server itself).
# Needs a running Keycloak (KEYCLOAK_PORT, KEYCLOAK_DIR: e2e.sh runs this with its own) and the
# packaged API (make build). Prints ok/FAIL lines; exits non-zero on any failure.
set -uo pipefail

REPO="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
WORK="$REPO/backend/target/crash"
API_PORT="${CRASH_API_PORT:-18082}"
DB_PORT="${CRASH_DB_PORT:-13309}"
API="http://localhost:$API_PORT"
KC="$REPO/backend/scripts/keycloak.sh"
JAR="$REPO/backend/target/quarkus-app/quarkus-run.jar"
export KEYCLOAK_PORT="${KEYCLOAK_PORT:-18180}"

passed=0
failed=0
api_pid=""

ok() { passed=$((passed + 1)); printf '  ok    %s\n' "$1"; }
fail() { failed=$((failed + 1)); printf '  FAIL  %s\n' "$1"; }
expect() { if [ "$2" = "$3" ]; then ok "$1"; else fail "$1: got '$2', expected '$3'"; fi; }

cleanup() {
  [ -n "$api_pid" ] && kill "$api_pid" 2>/dev/null && wait "$api_pid" 2>/dev/null
}
trap cleanup EXIT

rm -rf "$WORK" && mkdir -p "$WORK/tmp"
[ -f "$JAR" ] || { echo "crash: build the API first (make build)"; exit 1; }

# start_api: the same command every time, as a person would type it again after a crash.
start_api() {
  # Demo communes only (ADMIN_UNITS_DIR empty), so the import below has a known size.
  (cd "$WORK" && ADMIN_UNITS_DIR= PORT=$API_PORT EMBEDDED_DB_PORT=$DB_PORT EMBEDDED_DB_DIR="$WORK/mariadb" WORK_DIR="$WORK/work" \
    OIDC_AUTH_SERVER_URL="http://localhost:$KEYCLOAK_PORT/realms/antq" EMBEDDED_DB_RESTART_DELAY_MS=6000 \
    exec java -Xmx512m -Djava.io.tmpdir="$WORK/tmp" -jar "$JAR" >>"$WORK/api.log" 2>&1) &
  api_pid=$!
  for _ in $(seq 1 180); do
    curl -sf -o /dev/null "$API/q/health/ready" && return 0
    kill -0 "$api_pid" 2>/dev/null || return 1
    sleep 1
  done
  return 1
}

# The JVM itself (the subshell's exec replaced it, so $api_pid is the java process).
kill_api_hard() {
  kill -9 "$api_pid"
  wait "$api_pid" 2>/dev/null
  api_pid=""
}

db_pids() {
  for p in /proc/[0-9]*; do
    [ "$(cat "$p/comm" 2>/dev/null)" = mariadbd ] || continue
    tr '\0' '\n' <"$p/cmdline" 2>/dev/null | grep -qxF -- "--datadir=$WORK/mariadb/data" && echo "${p#/proc/}"
  done
}

auth=()
get() { curl -s "${auth[@]}" "$API$1"; }
field() { sed -n "s/.*\"$1\"[[:space:]]*:[[:space:]]*\"\{0,1\}\([^,\"}]*\).*/\1/p" | head -1; }
total() { get "$1" | field total; }
leftovers() { find "$WORK/work" "$WORK/tmp" -type f \( -name 'antq-*' -o -path '*/form-uploads/*' \) 2>/dev/null | wc -l; }

echo "crash: starting the API on port $API_PORT (embedded MariaDB on $DB_PORT)"
start_api || { echo "crash: the API did not start"; tail -30 "$WORK/api.log"; exit 1; }
auth=(-H "Authorization: Bearer $("$KC" token central.admin)")

# 19 indicators x 44 demo communes x 27 years of months (1990-2016, before any demo value): ~270,000 new values.
communes=$(get '/api/v1/communes?size=500' | grep -o '"code":"[0-9]\{5\}"' | cut -d'"' -f4 | tr '\n' ' ')
awk -v communes="$communes" 'BEGIN {
  split("TIPS_RECEIVED VALUABLE_TIPS CASES_SOLVED SUBJECTS_HANDLED WANTED_SURRENDERED WEAPONS_HANDED_IN FIRECRACKERS_KG POPPY_AREA_M2 POPPY_PLANTS DRUG_USERS_REHAB COMMUNITY_SENTENCES_MANAGED EX_PRISONERS_SUPPORTED DISPUTES_MEDIATED CAMPAIGNS_HELD ATTENDEES LEAFLETS PATROLS FORUMS_HELD OPINIONS_COLLECTED", ind, " ")
  n = split(communes, code, " ")
  print "indicatorCode,period,value,communeCode"
  for (y = 1990; y <= 2016; y++) for (m = 1; m <= 12; m++) for (c = 1; c <= n; c++) for (i = 1; i <= 19; i++)
    printf "%s,%d%02d,%d,%s\n", ind[i], y, m, (c + m + i) % 9 + 1, code[c]
}' >"$WORK/outcomes.csv"
rows=$(($(wc -l <"$WORK/outcomes.csv") - 1))

# crash_during_import NAME KILL_WATCHDOG: one background import killed mid-way, then a restart.
crash_during_import() {
  local name="$1" kill_watchdog="$2" outcomes_before audit_before location job state processed
  echo "crash: $name"
  outcomes_before=$(total '/api/v1/outcomes?size=1')
  audit_before=$(total '/api/v1/audit?size=1')
  location=$(curl -s -D - -o /dev/null "${auth[@]}" -H 'Content-Type: text/csv' --data-binary @"$WORK/outcomes.csv" \
    "$API/api/v1/imports/outcomes?async=true" | tr -d '\r' | sed -n 's/^[Ll]ocation: //p')
  job="${location##*/}"
  [ -n "$job" ] || { fail "$name: the import was not accepted as a background job"; return; }
  # Kill once every row is checked, while the one transaction that writes them is under way.
  for _ in $(seq 1 600); do
    local answer; answer=$(curl -s "${auth[@]}" "$location")
    state=$(printf '%s' "$answer" | field state)
    processed=$(printf '%s' "$answer" | field processed)
    [ "$state" = RUNNING ] && [ "${processed:-0}" -ge "$rows" ] && break
    [ "$state" = DONE ] || [ "$state" = FAILED ] && break
    sleep 0.1
  done
  expect "$name: the import is running when the API is killed ($processed of $rows rows checked)" "$state" RUNNING
  [ "$(leftovers)" -gt 0 ] && ok "$name: the import's upload and spool files exist before the kill" \
    || fail "$name: no upload or spool file seen in the work folder before the kill"
  local watchdog; watchdog=$(pgrep -f "antq-db-watchdog $api_pid " || true)
  if [ "$kill_watchdog" = yes ] && [ -n "$watchdog" ]; then kill -9 $watchdog; fi
  kill_api_hard
  if [ "$kill_watchdog" = yes ]; then
    [ -n "$(db_pids)" ] && ok "$name: the embedded MariaDB outlived the killed API" || fail "$name: the MariaDB server did not outlive the API"
  fi
  local began; began=$(date +%s)
  if start_api; then
    ok "$name: the API started again by itself after $(( $(date +%s) - began )) s"
  else
    fail "$name: the API did not start again"; tail -20 "$WORK/api.log"; return
  fi
  auth=(-H "Authorization: Bearer $("$KC" token central.admin)")
  expect "$name: the job reads FAILED" "$(get "/api/v1/imports/$job" | field state)" FAILED
  expect "$name: not one outcome value of the job was written" "$(total '/api/v1/outcomes?size=1')" "$outcomes_before"
  expect "$name: not one audit row of the job was written" "$(total '/api/v1/audit?size=1')" "$audit_before"
  expect "$name: no upload or spool file remains" "$(leftovers)" 0
  expect "$name: one MariaDB server runs on the data directory" "$(db_pids | wc -l | tr -d ' ')" 1
}

crash_during_import "kill -9 of the API during an import" no
crash_during_import "kill -9 of the API and its database watchdog" yes
grep -q "left by a crashed API is being stopped" "$WORK/api.log" && ok "the start said in one line that it stopped the left-over server" \
  || fail "the start did not report the left-over server"

echo "crash: the database server killed under the running API"
commune=$(printf '%s' "$communes" | cut -d' ' -f1)
kill -9 $(db_pids)
codes=""
declare -A answered
for attempt in $(seq 1 8); do
  year=$((2040 + attempt))
  # Two values per batch: a batch is all or nothing, so a refused one must leave neither.
  status=$(curl -s -o "$WORK/write.json" -D "$WORK/write.headers" -w '%{http_code}' "${auth[@]}" -H 'Content-Type: application/json' \
    -d "{\"values\": [{\"indicatorCode\": \"PATROLS\", \"period\": \"${year}01\", \"value\": 1, \"communeCode\": \"$commune\"},
                      {\"indicatorCode\": \"PATROLS\", \"period\": \"${year}02\", \"value\": 2, \"communeCode\": \"$commune\"}]}" \
    "$API/api/v1/outcomes")
  codes="$codes $status"
  answered[$year]=$status
  if [ "$status" = 503 ]; then
    grep -qi '^content-type: application/problem+json' "$WORK/write.headers" && grep -qi '^retry-after: [0-9]' "$WORK/write.headers" \
      || fail "a 503 without problem+json or Retry-After: $(tr -d '\r' <"$WORK/write.headers" | head -5 | tr '\n' ' ')"
  fi
  sleep 0.5
done
case " $codes " in *" 503 "*) ok "writes answer 503 while the server is down:$codes" ;; *) fail "no write answered 503 while the server was down:$codes" ;; esac
expect "every write answered 200 or 503" "$(printf '%s\n' $codes | grep -vx '200\|503' | tr '\n' ' ')" ""
for _ in $(seq 1 60); do curl -sf -o /dev/null "$API/q/health/ready" && break; sleep 1; done
expect "the API serves again once the server is back" "$(curl -s -o /dev/null -w '%{http_code}' "${auth[@]}" "$API/api/v1/provinces/12")" 200
partial=0
for year in "${!answered[@]}"; do
  stored=$(total "/api/v1/outcomes?communeCode=$commune&indicatorCode=PATROLS&within=$year&size=1")
  want=0; [ "${answered[$year]}" = 200 ] && want=2
  [ "$stored" = "$want" ] || { partial=1; fail "the batch of $year answered ${answered[$year]} but $stored of its 2 values are stored"; }
done
[ "$partial" = 0 ] && ok "each batch is stored whole when it answered 200 and not at all when it answered 503"
status=$(curl -s -o /dev/null -w '%{http_code}' "${auth[@]}" -H 'Content-Type: application/json' \
  -d "{\"values\": [{\"indicatorCode\": \"PATROLS\", \"period\": \"2049\", \"value\": 9, \"communeCode\": \"$commune\"}]}" "$API/api/v1/outcomes")
expect "a write after the server is back is stored" "$status" 200

echo "crash: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
