#!/usr/bin/env bash
# `make bench-import`: 1,000,000 outcome rows as CSV, imported through the API with curl (dry run,
# then for real), against MariaDB's own LOAD DATA of the same file into a bare table and into a copy
# of the outcome table (same keys and indexes); prints rows/s,
# their ratio and the API's peak heap (the API runs with -Xmx512m, so it must stay under 512 MB).
set -euo pipefail

REPO="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
WORK="$REPO/backend/target/bench-import"
ROWS="${BENCH_ROWS:-1000000}"
export KEYCLOAK_DIR="${E2E_KEYCLOAK_DIR:-$REPO/backend/target/keycloak-e2e}"
export KEYCLOAK_PORT="${BENCH_KEYCLOAK_PORT:-18180}"
API_PORT="${BENCH_API_PORT:-18081}"
DB_PORT="${BENCH_DB_PORT:-13308}"
API="http://localhost:$API_PORT/api/v1"
KC="$REPO/backend/scripts/keycloak.sh"
# shellcheck source=bench-api.sh
. "$REPO/backend/scripts/bench-api.sh"
trap bench_cleanup EXIT
now_ms() { date +%s%3N; }

rm -rf "$WORK" && mkdir -p "$WORK"
bench_start_api "$WORK" "$API_PORT" "$DB_PORT"
TOKEN=$("$KC" token central.admin)

communes=$(( (ROWS + 19 * 24 - 1) / (19 * 24) ))
echo "bench: $communes communes for $ROWS rows (19 indicators x 24 months each)"
seq 1 "$communes" | xargs -P 4 -I{} sh -c 'curl -s -o /dev/null -H "Authorization: Bearer '"$TOKEN"'" -H "Content-Type: application/json" \
  -d "{\"code\": \"$(printf "%05d" $((60000 + {})))\", \"name\": \"Thử {}\", \"type\": \"XA\", \"provinceCode\": \"01\"}" '"$API"'/communes'

awk -v rows="$ROWS" -v communes="$communes" 'BEGIN {
  split("TIPS_RECEIVED VALUABLE_TIPS CASES_SOLVED SUBJECTS_HANDLED WANTED_SURRENDERED WEAPONS_HANDED_IN FIRECRACKERS_KG POPPY_AREA_M2 POPPY_PLANTS DRUG_USERS_REHAB COMMUNITY_SENTENCES_MANAGED EX_PRISONERS_SUPPORTED DISPUTES_MEDIATED CAMPAIGNS_HELD ATTENDEES LEAFLETS PATROLS FORUMS_HELD OPINIONS_COLLECTED", ind, " ")
  print "indicatorCode,period,value,communeCode"; n = 0
  for (m = 0; m < 24 && n < rows; m++) for (c = 1; c <= communes && n < rows; c++) for (i = 1; i <= 19 && n < rows; i++) {
    printf "%s,%d%02d,%d,%05d\n", ind[i], 2032 + int(m / 12), m % 12 + 1, (c + m + i) % 9, 60000 + c; n++ }
}' > "$WORK/outcomes.csv"
echo "bench: $(($(wc -l < "$WORK/outcomes.csv") - 1)) rows, $(du -h "$WORK/outcomes.csv" | cut -f1) CSV"

bench_heap_sampler "$api_pid" "$WORK/peak-heap-kb"

# import QUERY SUFFIX: posts the file; a large file answers 202 and is polled until DONE. Prints ms.
import() {
  local started ended status location state
  started=$(now_ms)
  status=$(curl -s -D "$WORK/headers$2" -o "$WORK/import$2.json" -w '%{http_code}' -H "Authorization: Bearer $TOKEN" \
    -H 'Content-Type: text/csv' --data-binary @"$WORK/outcomes.csv" "$API/imports/outcomes$1")
  if [ "$status" = 202 ]; then
    location=$(tr -d '\r' < "$WORK/headers$2" | sed -n 's/^[Ll]ocation: //p')
    state=QUEUED
    while [ "$state" = QUEUED ] || [ "$state" = RUNNING ]; do
      sleep 0.2
      curl -s -H "Authorization: Bearer $TOKEN" "$location" > "$WORK/import$2.json"
      state=$(sed -n 's/.*"state":"\([A-Z]*\)".*/\1/p' "$WORK/import$2.json")
    done
  fi
  ended=$(now_ms)
  grep -q '"status":"SUCCESS"' "$WORK/import$2.json" || { echo "bench: import failed: $(head -c 400 "$WORK/import$2.json")" >&2; exit 1; }
  echo $((ended - started))
}
dry_ms=$(import '?dryRun=true' -dry)
api_ms=$(import '' '')

driver=$(find "$HOME/.m2/repository/org/mariadb/jdbc/mariadb-java-client" -name 'mariadb-java-client-*.jar' | sort | tail -1)
read -r load_rows load_ms keyed_ms < <(java -cp "$driver" "$REPO/backend/scripts/LoadData.java" "jdbc:mariadb://127.0.0.1:$DB_PORT/antq" "$WORK/outcomes.csv")
bench_stop_sampler
peak_kb=$(cat "$WORK/peak-heap-kb" 2>/dev/null || echo 0)

rate() { awk -v r="$1" -v ms="$2" 'BEGIN { printf "%.0f", r * 1000 / ms }'; }
echo
printf '%-44s %10s %12s\n' "" "ms" "rows/s"
printf '%-44s %10d %12s\n' "API import, dry run (curl, CSV)" "$dry_ms" "$(rate "$ROWS" "$dry_ms")"
printf '%-44s %10d %12s\n' "API import, atomic, audited (curl, CSV)" "$api_ms" "$(rate "$ROWS" "$api_ms")"
printf '%-44s %10d %12s\n' "MariaDB LOAD DATA into a bare table" "$load_ms" "$(rate "$load_rows" "$load_ms")"
printf '%-44s %10d %12s\n' "MariaDB LOAD DATA into a copy of outcome" "$keyed_ms" "$(rate "$load_rows" "$keyed_ms")"
awk -v a="$api_ms" -v d="$dry_ms" -v l="$load_ms" 'BEGIN { printf "ratio API / LOAD DATA bare table: %.3f (dry run %.3f)\n", l / a, l / d }'
awk -v a="$api_ms" -v k="$keyed_ms" 'BEGIN { printf "ratio API / LOAD DATA into a copy of outcome (same keys, no checks, no audit): %.3f\n", k / a }'
echo "API peak heap during the imports: $((peak_kb / 1024)) MB (-Xmx512m)"
