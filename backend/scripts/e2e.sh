#!/usr/bin/env bash
# End-to-end check of sign-in and permissions with the real Keycloak (no mocks): starts Keycloak
# from its distribution and the packaged API on an embedded MariaDB, gets tokens with curl by
# password grant and by client credentials, and proves 401 / 403 / 200 on the running API; then
# serves the built dashboard and drives it in Debian's chromium (frontend/e2e/dashboard.test.mjs);
# then kills the API and its database hard and checks that they come back clean (crash-recovery.sh).
# Run by `make test` after the unit suite; needs backend/target/quarkus-app and frontend/dist (make builds them).
set -uo pipefail

REPO="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
WORK="$REPO/backend/target/e2e"
export KEYCLOAK_DIR="${E2E_KEYCLOAK_DIR:-$REPO/backend/target/keycloak-e2e}"
export KEYCLOAK_PORT="${E2E_KEYCLOAK_PORT:-18180}"
API_PORT="${E2E_API_PORT:-18080}"
DB_PORT="${E2E_DB_PORT:-13307}"
DASHBOARD_PORT="${E2E_DASHBOARD_PORT:-15173}"
API="http://localhost:$API_PORT"
KC="$REPO/backend/scripts/keycloak.sh"

passed=0
failed=0
api_pid=""
dashboard_pid=""

cleanup() {
  [ -n "$dashboard_pid" ] && kill "$dashboard_pid" 2>/dev/null
  [ -n "$api_pid" ] && kill "$api_pid" 2>/dev/null && wait "$api_pid" 2>/dev/null
  "$KC" stop >/dev/null 2>&1 || true
}
trap cleanup EXIT

# check NAME EXPECTED_STATUS curl-args...: one assertion on the HTTP status of a request.
check() {
  local name="$1" expected="$2" status
  shift 2
  status=$(curl -s -o "$WORK/last.json" -w '%{http_code}' "$@")
  if [ "$status" = "$expected" ]; then
    passed=$((passed + 1))
    printf '  ok    %-70s %s\n' "$name" "$status"
  else
    failed=$((failed + 1))
    printf '  FAIL  %-70s got %s, expected %s: %s\n' "$name" "$status" "$expected" "$(head -c 300 "$WORK/last.json")"
  fi
}

# contains NAME TEXT: the body of the last request contains TEXT.
contains() {
  if grep -q -- "$2" "$WORK/last.json"; then
    passed=$((passed + 1)); printf '  ok    %-70s\n' "$1"
  else
    failed=$((failed + 1)); printf '  FAIL  %-70s body lacks %s: %s\n' "$1" "$2" "$(head -c 300 "$WORK/last.json")"
  fi
}

rm -rf "$WORK" && mkdir -p "$WORK"
[ -f "$REPO/backend/target/quarkus-app/quarkus-run.jar" ] || { echo "e2e: build the API first (make build)"; exit 1; }

echo "e2e: starting Keycloak on port $KEYCLOAK_PORT (first start builds Keycloak, about a minute)"
started=$(date +%s)
"$KC" start || exit 1

echo "e2e: starting the API on port $API_PORT"
# The same memory bounds as make run (API_JAVA_OPTS overrides them).
read -r -a java_opts <<<"${API_JAVA_OPTS:--Xms512m -Xmx1g -XX:MaxDirectMemorySize=256m -XX:+ExitOnOutOfMemoryError}"
# ADMIN_UNITS_DIR: the official lists (make passes ../shared's when it is there), so coverage counts every commune.
(cd "$WORK" && PORT=$API_PORT EMBEDDED_DB_PORT=$DB_PORT EMBEDDED_DB_DIR="$WORK/mariadb" ADMIN_UNITS_DIR="${ADMIN_UNITS_DIR:-}" \
  DASHBOARD_ORIGIN="http://localhost:$DASHBOARD_PORT" OIDC_AUTH_SERVER_URL="http://localhost:$KEYCLOAK_PORT/realms/antq" \
  exec java "${java_opts[@]}" -jar "$REPO/backend/target/quarkus-app/quarkus-run.jar" >"$WORK/api.log" 2>&1) &
api_pid=$!

"$KC" wait || exit 1
for _ in $(seq 1 120); do
  curl -sf -o /dev/null "$API/q/health/ready" && break
  kill -0 "$api_pid" 2>/dev/null || { echo "e2e: the API died:"; tail -30 "$WORK/api.log"; exit 1; }
  sleep 1
done
echo "e2e: both up after $(( $(date +%s) - started )) s"

token() { "$KC" token "$1"; }
viewer=$(token central.viewer)
admin=$(token central.admin)
laichau=$(token laichau.officer)
phongtho=$(token phongtho.officer)
integration=$(token antq-integration)
for t in viewer admin laichau phongtho integration; do
  [ -n "${!t}" ] || { echo "e2e: no token for $t"; exit 1; }
done
json=(-H 'Content-Type: application/json')
# post NAME STATUS TOKEN RESOURCE BODY: the user's JSON POST to /api/v1/RESOURCE answers STATUS
post() { check "$1" "$2" -H "Authorization: Bearer $3" "${json[@]}" -X POST -d "$5" "$API/api/v1/$4"; }

echo "e2e: checks"
check "anonymous read is refused" 401 "$API/api/v1/models"
check "health is public" 200 "$API/q/health/ready"
check "the OpenAPI document is public" 200 "$API/q/openapi"
# Tamper with the first character of the signature (the last one may only carry padding bits).
signature=${viewer##*.}
case "${signature:0:1}" in A) forged_first=B ;; *) forged_first=A ;; esac
forged="${viewer%.*}.${forged_first}${signature:1}"
check "a forged token is refused" 401 -H "Authorization: Bearer $forged" "$API/api/v1/models"
check "central.viewer reads the national summary" 200 -H "Authorization: Bearer $viewer" "$API/api/v1/summary?period=2024"
post "central.viewer cannot create a model" 403 "$viewer" models \
  '{"name": "Mô hình thử", "categoryCode": "OTHER", "provinceCode": "12"}'
post "laichau.officer creates a model in Lai Châu (12)" 201 "$laichau" models \
  '{"name": "Camera an ninh bản Pa So", "categoryCode": "TECHNOLOGY", "provinceCode": "12"}'
post "laichau.officer cannot create a model in Cà Mau (96)" 403 "$laichau" models \
  '{"name": "Mô hình ngoài tỉnh", "categoryCode": "OTHER", "provinceCode": "96"}'
contains "the refusal names the unit" "tỉnh 12"
post "laichau.officer cannot recognise a model nationally" 403 "$laichau" models \
  '{"name": "Mô hình quốc gia", "categoryCode": "OTHER", "provinceCode": "12", "recognitionLevel": "NATIONAL"}'
post "phongtho.officer reports for Xã Phong Thổ (03549)" 200 "$phongtho" outcomes \
  '{"values": [{"indicatorCode": "PATROLS", "period": "202501", "value": 6, "communeCode": "03549"}]}'
post "phongtho.officer cannot report for another commune" 403 "$phongtho" outcomes \
  '{"values": [{"indicatorCode": "PATROLS", "period": "202501", "value": 6, "communeCode": "03562"}]}'
post "antq-integration (client credentials) writes for Lai Châu" 200 "$integration" outcomes \
  '{"values": [{"indicatorCode": "TIPS_RECEIVED", "period": "2025", "value": 12, "provinceCode": "12"}]}'
post "antq-integration cannot write for Cà Mau" 403 "$integration" outcomes \
  '{"values": [{"indicatorCode": "TIPS_RECEIVED", "period": "2025", "value": 12, "provinceCode": "96"}]}'
check "antq-integration cannot read the audit log" 403 -H "Authorization: Bearer $integration" "$API/api/v1/audit"
check "central.admin sees the integration client's change in the audit log" 200 -H "Authorization: Bearer $admin" \
  "$API/api/v1/audit?user=service-account-antq-integration&entity=outcome"
contains "the audit row names the client" '"clientId":"antq-integration"'
check "laichau.officer sees Lai Châu's audit log" 200 -H "Authorization: Bearer $laichau" "$API/api/v1/audit?entity=model"
contains "with the officer's own change" '"username":"laichau.officer"'

echo "e2e: $passed passed, $failed failed"

echo "e2e: the dashboard in chromium (http://localhost:$DASHBOARD_PORT)"
[ -f "$REPO/frontend/dist/index.html" ] || { echo "e2e: build the dashboard first (make build-dashboard)"; exit 1; }
(cd "$REPO/frontend" && DASHBOARD_PORT=$DASHBOARD_PORT API_URL="$API/api/v1" KEYCLOAK_URL="http://localhost:$KEYCLOAK_PORT" \
  exec node_modules/.bin/vite preview >"$WORK/dashboard.log" 2>&1) &
dashboard_pid=$!
for _ in $(seq 1 30); do curl -sf -o /dev/null "http://localhost:$DASHBOARD_PORT/config.json" && break; sleep 1; done
(cd "$REPO/frontend" && DASHBOARD_URL="http://localhost:$DASHBOARD_PORT" API_URL="$API/api/v1" \
  KEYCLOAK_URL="http://localhost:$KEYCLOAK_PORT" SCREENSHOT_DIR="$WORK/screenshots" \
  node --test --test-reporter=spec e2e/dashboard.test.mjs) 2>&1 | tee "$WORK/browser.log"
browser=${PIPESTATUS[0]}
echo "e2e: screenshots in $WORK/screenshots"

echo "e2e: crash recovery (hard kills of the API and of its database)"
"$REPO/backend/scripts/crash-recovery.sh"
crash=$?
# CI keeps only the end of the output: the browser failures are repeated here, last, where it is read.
if [ "$browser" -ne 0 ]; then
  echo "e2e: the browser tests failed (screenshots of failures in $WORK/screenshots):"
  sed -n '/failing tests:/,$p' "$WORK/browser.log" | grep -v '^ *at ' | head -80
fi
[ "$failed" -eq 0 ] && [ "$browser" -eq 0 ] && [ "$crash" -eq 0 ]
