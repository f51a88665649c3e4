# What the API benchmarks share, for sourcing: `. backend/scripts/bench-api.sh`, with KEYCLOAK_DIR
# and KEYCLOAK_PORT exported first (keycloak.sh reads them). Then
#   bench_start_api WORK API_PORT DB_PORT [NAME=VALUE...]
# starts Keycloak and the packaged API (java -Xmx512m, the limit every benchmark holds the API to)
# on an embedded MariaDB in WORK/mariadb, with the extra environment given, waits until both are
# ready and sets api_pid (the JVM itself). bench_heap_sampler PID FILE keeps the peak used heap (KB)
# of the JVM PID in FILE until bench_stop_sampler; bench_cleanup (the scripts' EXIT trap) stops all three.

BENCH_SCRIPTS="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
BENCH_JAR="$(cd "$BENCH_SCRIPTS/../.." && pwd)/backend/target/quarkus-app/quarkus-run.jar"
BENCH_KC="$BENCH_SCRIPTS/keycloak.sh"
api_pid=""
sampler_pid=""

bench_say() { printf 'bench: %s\n' "$*" >&2; }

bench_start_api() {
  local work="$1" api_port="$2" db_port="$3"
  shift 3
  [ -f "$BENCH_JAR" ] || { bench_say "build the API first (make build)"; exit 1; }
  "$BENCH_KC" start >/dev/null
  (cd "$work" && exec env PORT="$api_port" EMBEDDED_DB_PORT="$db_port" EMBEDDED_DB_DIR="$work/mariadb" DEMO_DATA=false \
    OIDC_AUTH_SERVER_URL="http://localhost:$KEYCLOAK_PORT/realms/antq" "$@" \
    java -Xmx512m -jar "$BENCH_JAR" >"$work/api.log" 2>&1) &
  # The subshell exec'd env, which exec'd java: $! is the JVM itself.
  api_pid=$!
  "$BENCH_KC" wait >/dev/null
  local ready="http://127.0.0.1:$api_port/q/health/ready"
  for _ in $(seq 1 180); do
    curl -sf -o /dev/null "$ready" && return 0
    kill -0 "$api_pid" 2>/dev/null || break
    sleep 1
  done
  tail -n 30 "$work/api.log" >&2
  bench_say "the API did not start"
  exit 1
}

# Peak used heap (young + survivor + old, KB), sampled every 250 ms by one jstat: a jcmd per sample
# would start a JVM each time and take CPU from the run being measured.
bench_heap_sampler() {
  local pid="$1" file="$2"
  (jstat -gc "$pid" 250 2>/dev/null | awk '
    /S0C/ { for (i = 1; i <= NF; i++) col[$i] = i; next }
    { used = $col["S0U"] + $col["S1U"] + $col["EU"] + $col["OU"]; if (used > peak) { peak = used; print int(peak) > "'"$file"'"; fflush(); close("'"$file"'") } }') &
  sampler_pid=$!
}

# The sampler is a subshell running jstat | awk: its children go first.
bench_stop_sampler() {
  [ -n "$sampler_pid" ] || return 0
  pkill -P "$sampler_pid" 2>/dev/null || true
  kill "$sampler_pid" 2>/dev/null || true
  wait "$sampler_pid" 2>/dev/null || true
  sampler_pid=""
}

bench_cleanup() {
  set +e
  bench_stop_sampler
  [ -n "$api_pid" ] && kill "$api_pid" 2>/dev/null && wait "$api_pid" 2>/dev/null
  "$BENCH_KC" stop >/dev/null 2>&1 || true
}
