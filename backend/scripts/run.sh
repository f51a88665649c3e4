#!/usr/bin/env bash
# `make run`: Keycloak (realm antq, demo users) in the background, the API in the foreground on an
# embedded MariaDB (or DB_URL), the built dashboard in the background. Ctrl-C stops all three.
# Ports: PORT (8080), KEYCLOAK_PORT (8180), DASHBOARD_PORT (5173).
set -euo pipefail

REPO="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
PORT="${PORT:-8080}"
export KEYCLOAK_PORT="${KEYCLOAK_PORT:-8180}"
DASHBOARD_PORT="${DASHBOARD_PORT:-5173}"
export DASHBOARD_ORIGIN="${DASHBOARD_ORIGIN:-http://localhost:$DASHBOARD_PORT}"
export KEYCLOAK_DIR="${KEYCLOAK_DIR:-$REPO/.data/keycloak}"
DATA_DIR="${DATA_DIR:-$REPO/.data}"
KC="$REPO/backend/scripts/keycloak.sh"
OIDC_AUTH_SERVER_URL="${OIDC_AUTH_SERVER_URL:-http://localhost:$KEYCLOAK_PORT/realms/antq}"

started_keycloak=""
dashboard_pid=""
if [ "${EXTERNAL_KEYCLOAK:-}" = "" ]; then
  "$KC" start
  started_keycloak=yes
fi
stop() {
  if [ -n "$dashboard_pid" ]; then kill "$dashboard_pid" 2>/dev/null || true; fi
  if [ -n "$started_keycloak" ]; then "$KC" stop || true; fi
}
trap stop EXIT

if [ -n "${ADMIN_UNITS_DIR:-}" ]; then
  communes="official 2025 list from $ADMIN_UNITS_DIR (loaded at first start)"
else
  communes="demo communes only (make run ADMIN_UNITS_DIR=<folder with communes-2025.csv> loads the official list)"
fi
export ADMIN_UNITS_DIR="${ADMIN_UNITS_DIR:-}"

# The dashboard is static files; vite preview serves them and answers /config.json with these URLs.
if [ -f "$REPO/frontend/dist/index.html" ]; then
  mkdir -p "$DATA_DIR"
  (cd "$REPO/frontend" && DASHBOARD_PORT="$DASHBOARD_PORT" API_URL="http://localhost:$PORT/api/v1" \
    KEYCLOAK_URL="${OIDC_AUTH_SERVER_URL%/realms/*}" exec node_modules/.bin/vite preview >"$DATA_DIR/dashboard.log" 2>&1) &
  dashboard_pid=$!
  dashboard="http://localhost:$DASHBOARD_PORT  (sign in as a demo user below)"
else
  dashboard="not built (make -C frontend build)"
fi

cat <<TEXT

  API:          http://localhost:$PORT/api/v1  (every call needs a bearer token)
  OpenAPI:      http://localhost:$PORT/q/openapi   Swagger UI: http://localhost:$PORT/q/swagger-ui
  Health:       http://localhost:$PORT/q/health
  Keycloak:     $OIDC_AUTH_SERVER_URL   (admin console http://localhost:$KEYCLOAK_PORT/admin, admin / antq-demo-admin)
  Database:     ${DB_URL:-embedded MariaDB on port ${EMBEDDED_DB_PORT:-3307}, data in $DATA_DIR/mariadb}
  Dashboard:    $dashboard
  Communes:     $communes

  Demo users (local only, password antq-demo):
    central.admin     central-admin
    central.viewer    central-viewer
    laichau.officer   province-officer, unit 12 (Lai Châu)
    camau.officer     province-officer, unit 96 (Cà Mau)
    phongtho.officer  commune-officer, unit 03549 (Xã Phong Thổ, Lai Châu)
  Client antq-integration (client credentials, secret antq-integration-local-secret): integration-client, unit 12

  The API waits for Keycloak before it starts (about a minute the first time, then seconds).

TEXT

cd "$REPO"
# Explicit memory bounds (API_JAVA_OPTS overrides them): a heap that cannot grow past 1 GiB, and a JVM that
# exits on OutOfMemoryError instead of limping on.
read -r -a java_opts <<<"${API_JAVA_OPTS:--Xms512m -Xmx1g -XX:MaxDirectMemorySize=256m -XX:+ExitOnOutOfMemoryError}"
PORT="$PORT" EMBEDDED_DB_DIR="${EMBEDDED_DB_DIR:-$DATA_DIR/mariadb}" WORK_DIR="${WORK_DIR:-$DATA_DIR/work}" OIDC_AUTH_SERVER_URL="$OIDC_AUTH_SERVER_URL" \
  java "${java_opts[@]}" -jar "$REPO/backend/target/quarkus-app/quarkus-run.jar"
