#!/usr/bin/env bash
# A local Keycloak for the ANTQ registry, without Docker (LOCAL DEMO ONLY: known passwords, no TLS).
#
#   keycloak.sh install      fetch keycloak-quarkus-dist from Maven Central (via backend/mvnw), unzip it,
#                            copy docker/keycloak/antq-realm.json into <dist>/data/import/
#   keycloak.sh start        install, then start `kc.sh start-dev --import-realm` in the background
#   keycloak.sh wait         wait until realm antq answers (up to KEYCLOAK_WAIT_SECONDS, default 240)
#   keycloak.sh stop         stop the Keycloak started by `start`
#   keycloak.sh token USER   print an access token: USER=antq-integration uses client credentials,
#                            any other USER the password grant on client antq-cli (password antq-demo)
#
# Environment: KEYCLOAK_DIR (default <repo>/.data/keycloak), KEYCLOAK_PORT (default 8180),
# KEYCLOAK_VERSION (default 26.7.3). Admin console: http://localhost:8180/admin, admin / antq-demo-admin.
# Editing the realm file and running `start` again re-imports it: the stored H2 data is then deleted.
set -euo pipefail

REPO="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
KEYCLOAK_DIR="${KEYCLOAK_DIR:-$REPO/.data/keycloak}"
KEYCLOAK_PORT="${KEYCLOAK_PORT:-8180}"
KEYCLOAK_VERSION="${KEYCLOAK_VERSION:-26.7.3}"
KEYCLOAK_WAIT_SECONDS="${KEYCLOAK_WAIT_SECONDS:-240}"

REALM=antq
REALM_FILE="$REPO/docker/keycloak/antq-realm.json"
DIST="$KEYCLOAK_DIR/keycloak-$KEYCLOAK_VERSION"
LOG="$KEYCLOAK_DIR/keycloak.log"
PID_FILE="$KEYCLOAK_DIR/keycloak.pid"             # the Java process serving Keycloak
LAUNCHER_PID_FILE="$KEYCLOAK_DIR/keycloak-launcher.pid" # the kc.sh that started it
BASE_URL="http://localhost:$KEYCLOAK_PORT"
ISSUER="$BASE_URL/realms/$REALM"

say() { printf 'keycloak: %s\n' "$*" >&2; }
die() { say "$*"; exit 1; }

usage() {
  sed -n '2,14s/^# \{0,1\}//p' "${BASH_SOURCE[0]}" >&2
  exit 2
}

# 0 when something answers HTTP on the port (whatever the status).
port_answers() { curl -s -o /dev/null --max-time 3 "$BASE_URL/"; }

# 0 when the PID is alive and is a process of this distribution (guards against PID reuse).
is_ours() {
  local pid="$1" args
  [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null || return 1
  args="$(ps -o args= -p "$pid" 2>/dev/null)" || return 1
  case "$args" in *"$DIST/"*) return 0 ;; *) return 1 ;; esac
}

read_pid() { [ -f "$1" ] && tr -dc '0-9' <"$1" || true; }

# The Java process started by the kc.sh with PID $1. kc.sh runs Java as a child and, when Keycloak
# re-augments itself (first start), exec()s a second Java in its own place; both carry -Dkc.script.pid.
find_java() {
  local launcher="$1" pid
  for pid in $(pgrep -f -- "-Dkc\.script\.pid=$launcher( |\$)" 2>/dev/null || true); do
    if is_ours "$pid"; then echo "$pid"; fi
  done | tail -n 1
}

# Re-resolve the Java PID (it changes once on the first start) and record it.
refresh_pid() {
  local launcher java
  launcher="$(read_pid "$LAUNCHER_PID_FILE")"
  [ -n "$launcher" ] || return 0
  java="$(find_java "$launcher")"
  if [ -n "$java" ]; then echo "$java" >"$PID_FILE"; fi
}

running() {
  is_ours "$(read_pid "$PID_FILE")" || is_ours "$(read_pid "$LAUNCHER_PID_FILE")"
}

download_and_unpack() {
  local zip="$KEYCLOAK_DIR/download/keycloak-quarkus-dist-$KEYCLOAK_VERSION.zip" tmp
  mkdir -p "$KEYCLOAK_DIR/download"
  if [ ! -f "$zip" ]; then
    say "downloading org.keycloak:keycloak-quarkus-dist:$KEYCLOAK_VERSION:zip from Maven Central (~170 MB)"
    # Run from KEYCLOAK_DIR (no pom.xml there): the goal needs no project, and the backend's
    # build is left alone.
    (cd "$KEYCLOAK_DIR" && "$REPO/backend/mvnw" -q -B \
      org.apache.maven.plugins:maven-dependency-plugin:3.9.0:copy \
      "-Dartifact=org.keycloak:keycloak-quarkus-dist:$KEYCLOAK_VERSION:zip" \
      "-DoutputDirectory=$KEYCLOAK_DIR/download") || die "download failed"
    [ -f "$zip" ] || die "download failed: $zip is missing"
  fi
  say "unpacking $(basename "$zip") into $KEYCLOAK_DIR"
  tmp="$KEYCLOAK_DIR/.unpack.$$"
  rm -rf "$tmp" && mkdir -p "$tmp"
  if command -v unzip >/dev/null 2>&1; then
    unzip -q "$zip" -d "$tmp"
  else
    (cd "$tmp" && jar xf "$zip")
  fi
  chmod +x "$tmp/keycloak-$KEYCLOAK_VERSION"/bin/*.sh
  rm -rf "$DIST"
  mv "$tmp/keycloak-$KEYCLOAK_VERSION" "$DIST"
  rm -rf "$tmp" "$zip" # the zip stays in ~/.m2/repository
}

cmd_install() {
  [ -f "$REALM_FILE" ] || die "missing $REALM_FILE"
  mkdir -p "$KEYCLOAK_DIR"
  [ -f "$DIST/bin/kc.sh" ] || download_and_unpack
  local import="$DIST/data/import/antq-realm.json"
  if [ -f "$import" ] && cmp -s "$REALM_FILE" "$import"; then
    return 0
  fi
  # The realm changed since it was imported. Keycloak never re-imports a realm that exists, so the
  # stored data (H2) must go. Not under a running server, though.
  if running || port_answers; then
    say "the realm file changed; run '$0 stop' then '$0 start' to re-import it"
    return 0
  fi
  if [ -d "$DIST/data/h2" ]; then
    say "realm file changed: deleting $DIST/data/h2 so the realm is imported again"
    rm -rf "$DIST/data/h2"
  fi
  mkdir -p "$DIST/data/import"
  cp "$REALM_FILE" "$import"
}

cmd_start() {
  if running; then
    refresh_pid
    say "already running (pid $(read_pid "$PID_FILE")) on $BASE_URL"
    return 0
  fi
  if port_answers; then
    say "something already answers on $BASE_URL: not starting another Keycloak"
    return 0
  fi
  cmd_install
  say "starting Keycloak $KEYCLOAK_VERSION on $BASE_URL (log: $LOG)"
  : >"$LOG"
  # setsid (where it exists): its own session, so a Ctrl-C in this terminal does not reach it.
  local setsid=""
  if command -v setsid >/dev/null 2>&1; then setsid=setsid; fi
  (
    cd "$DIST"
    export KC_BOOTSTRAP_ADMIN_USERNAME=admin KC_BOOTSTRAP_ADMIN_PASSWORD=antq-demo-admin
    exec $setsid "$DIST/bin/kc.sh" start-dev \
      --http-port "$KEYCLOAK_PORT" \
      --import-realm \
      --health-enabled=true \
      --http-management-health-enabled=false \
      --log=console --log-console-color=false \
      --log-level=info
  ) </dev/null >>"$LOG" 2>&1 &
  local launcher=$! java="" i
  echo "$launcher" >"$LAUNCHER_PID_FILE"
  for i in $(seq 1 100); do
    java="$(find_java "$launcher")"
    [ -n "$java" ] && break
    kill -0 "$launcher" 2>/dev/null || break
    sleep 0.2
  done
  if [ -z "$java" ]; then
    tail -n 30 "$LOG" >&2 || true
    die "Keycloak did not start"
  fi
  echo "$java" >"$PID_FILE"
  say "started (java pid $java); '$0 wait' waits for the realm"
}

cmd_wait() {
  local url="$ISSUER/.well-known/openid-configuration" start=$SECONDS code n=0
  printf 'keycloak: waiting for %s ' "$url" >&2
  while :; do
    code="$(curl -s -o /dev/null -w '%{http_code}' --max-time 5 "$url" || true)"
    if [ "$code" = 200 ]; then
      printf ' ready after %ss\n' "$((SECONDS - start))" >&2
      refresh_pid
      return 0
    fi
    if [ -f "$LAUNCHER_PID_FILE" ] && ! running && ! port_answers; then
      printf '\n' >&2
      tail -n 40 "$LOG" >&2 || true
      die "Keycloak exited (log: $LOG)"
    fi
    if [ $((SECONDS - start)) -ge "$KEYCLOAK_WAIT_SECONDS" ]; then
      printf '\n' >&2
      tail -n 40 "$LOG" >&2 || true
      die "realm $REALM did not answer within ${KEYCLOAK_WAIT_SECONDS}s (log: $LOG)"
    fi
    n=$((n + 1))
    [ $((n % 3)) -eq 0 ] && printf '.' >&2
    sleep 1
  done
}

cmd_stop() {
  refresh_pid
  local java launcher pids="" p i
  java="$(read_pid "$PID_FILE")"
  launcher="$(read_pid "$LAUNCHER_PID_FILE")"
  for p in "$java" "$launcher"; do
    if is_ours "$p"; then
      pids="$pids $p $(pgrep -P "$p" 2>/dev/null | tr '\n' ' ' || true)"
    fi
  done
  pids="$(printf '%s\n' $pids | sort -u | tr '\n' ' ')"
  pids="${pids% }"
  if [ -z "$pids" ]; then
    say "not running"
    rm -f "$PID_FILE" "$LAUNCHER_PID_FILE"
    return 0
  fi
  say "stopping (pids $pids)"
  kill -TERM $pids 2>/dev/null || true
  for i in $(seq 1 60); do
    local alive=""
    for p in $pids; do kill -0 "$p" 2>/dev/null && alive="$alive $p"; done
    [ -z "$alive" ] && break
    if [ "$i" -eq 45 ]; then kill -KILL $alive 2>/dev/null || true; fi
    sleep 0.5
  done
  rm -f "$PID_FILE" "$LAUNCHER_PID_FILE"
  say "stopped"
}

json_field() { # json_field NAME < json: the string value of a top-level field (no jq needed)
  tr -d '\n' | sed -n "s/.*\"$1\"[[:space:]]*:[[:space:]]*\"\([^\"]*\)\".*/\1/p"
}

cmd_token() {
  local user="${1:-}" response token
  [ -n "$user" ] || usage
  local url="$ISSUER/protocol/openid-connect/token"
  if [ "$user" = antq-integration ]; then
    response="$(curl -s --max-time 20 "$url" \
      -d grant_type=client_credentials \
      -d client_id=antq-integration \
      --data-urlencode "client_secret=${KEYCLOAK_CLIENT_SECRET:-antq-integration-local-secret}")" \
      || die "no answer from $url (is Keycloak started?)"
  else
    response="$(curl -s --max-time 20 "$url" \
      -d grant_type=password \
      -d client_id=antq-cli \
      -d scope=openid \
      --data-urlencode "username=$user" \
      --data-urlencode "password=${KEYCLOAK_PASSWORD:-antq-demo}")" \
      || die "no answer from $url (is Keycloak started?)"
  fi
  token="$(printf '%s' "$response" | json_field access_token)"
  [ -n "$token" ] || die "no token for $user: $response"
  printf '%s\n' "$token"
}

case "${1:-}" in
  install) cmd_install ;;
  start) cmd_start ;;
  wait) cmd_wait ;;
  stop) cmd_stop ;;
  token) shift; cmd_token "$@" ;;
  *) usage ;;
esac
