# Sourced by scale.sh for --database postgresql, --search opensearch and --balancer: the
# production topology's parts (src/cluster/parts.sh, on ports and in a folder of the benchmark's
# own), the wait for a complete OpenSearch index, and the time until a change is seen everywhere.
#
# Environment: PG_PORT [5442], OS_PORT [9280] (HTTP on +1; codelibs' runner refuses an HTTP port
# above 9299), CLUSTER_PORT [9580] for the balancer,
# A_PORT [9581] and B_PORT [9582] for its two instances (HTTPS on +400, as in src/cluster).

CLUSTER_DIR=$OUT/pg-$SEARCH-$ARTICLES
PG_PORT=${PG_PORT:-5442}
OS_PORT=${OS_PORT:-9280}
OS_HTTP=$((OS_PORT + 1))
CLUSTER_PORT=${CLUSTER_PORT:-9580}
A_PORT=${A_PORT:-9581}
B_PORT=${B_PORT:-9582}
export CLUSTER_DIR PG_PORT OS_PORT OS_HTTP CLUSTER_PORT A_PORT B_PORT WLP ROOT
# shellcheck source=../cluster/parts.sh
. "$ROOT/src/cluster/parts.sh"

PG_URL=jdbc:postgresql://localhost:$PG_PORT/tilmash
OS_URL=http://localhost:$OS_HTTP
CLUSTER_STARTED=0

# Stops every part this run started, by the PIDs in its own folder (the trap calls it too).
cluster_down() {
  [ "$CLUSTER_STARTED" = 1 ] || return 0
  nginx_down 2>/dev/null || true
  instance_down b 2>/dev/null || true
  instance_down a 2>/dev/null || true
  opensearch_down 2>/dev/null || true
  postgres_down 2>/dev/null || true
  CLUSTER_STARTED=0
}

# PostgreSQL, and OpenSearch when it is the search backend. A fresh dataset gets a fresh folder.
cluster_up() {
  local fresh=$1
  for p in "$PG_PORT" "$OS_HTTP"; do
    port_taken "$p" && ! alive postgres && ! alive opensearch && die "port $p is in use"
  done
  if [ "$fresh" = 1 ]; then rm -rf "$CLUSTER_DIR"; fi
  mkdir -p "$CLUSTER_DIR/logs" "$CLUSTER_DIR/pids"
  CLUSTER_STARTED=1
  postgres_up
  if [ "$SEARCH" = opensearch ]; then
    [ -s "$ROOT/target/cluster-classpath.txt" ] || die "no target/cluster-classpath.txt (run without --skip-package)"
    # the branch that fixes run.sh splits opensearch_up into a start and a wait
    if declare -F opensearch_up >/dev/null; then
      opensearch_up
    else
      opensearch_start
      opensearch_ready
    fi
  fi
}

psql_tilmash() { "$(postgres_bin)/psql" -h localhost -p "$PG_PORT" -U tilmash -d tilmash -tAqc "$1"; }

# Documents in the OpenSearch indexes (not the hidden ones), and outbox events not yet processed.
os_documents() { curl -s "$OS_URL/*,-.*/_count" | jq -r '.count // 0'; }
outbox_events() { psql_tilmash "select count(*) from hsearch_outbox_event"; }

# The server's settings for this database and search backend (configDropins/overrides), and the
# database's JDBC driver in the user directory's shared resources.
bench_server_store() {
  local dir=$1 jdbc_dir=$2 jar
  jar=$(tr ':' '\n' <"$OUT/classpath.txt" | grep '/postgresql-[0-9.]*\.jar$' | head -1)
  [ -n "$jar" ] || die "no PostgreSQL driver on the class path"
  cp "$jar" "$jdbc_dir/postgresql.jar"
  {
    echo '<server>'
    echo "  <variable name=\"tilmash.db.url\" value=\"$PG_URL\"/>"
    echo '  <variable name="tilmash.db.user" value="tilmash"/>'
    echo '  <variable name="tilmash.db.password" value="tilmash"/>'
    echo '  <variable name="tilmash.db.datasource-class" value="org.postgresql.ds.PGSimpleDataSource"/>'
    if [ "$SEARCH" = opensearch ]; then
      echo '  <variable name="tilmash.search.backend" value="opensearch"/>'
      echo "  <variable name=\"tilmash.search.opensearch.uris\" value=\"$OS_URL\"/>"
    fi
    echo '</server>'
  } >"$dir/configDropins/overrides/bench-store.xml"
}

# Waits until OpenSearch holds a document for each of EXPECTED versions and the outbox is empty;
# T0 is when the server was started, FIRST_START the seconds until its first answer. Sets
# INDEX_NOTE.
wait_for_opensearch_index() {
  local expected=$1 t0=$2 deadline docs events done_at
  deadline=$(($(date +%s) + INDEX_TIMEOUT))
  say "  waiting for OpenSearch to hold all $expected versions (at most ${INDEX_TIMEOUT} s)"
  while :; do
    docs=$(os_documents || echo 0)
    events=$(outbox_events || echo '?')
    if [ "$docs" -ge "$expected" ] && [ "$events" = 0 ] &&
      grep -qE 'Search index (reconciled|checked|check failed)' "$LOG"; then
      break
    fi
    if [ "$(date +%s)" -ge "$deadline" ]; then
      INDEX_NOTE="OpenSearch index not complete after ${INDEX_TIMEOUT} s: $docs of $expected documents, $events outbox events left; (f) searched a partial index"
      say "  $INDEX_NOTE"
      return 0
    fi
    sleep 5
  done
  done_at=$(now)
  local total since queued
  total=$(awk -v a="$t0" -v b="$done_at" 'BEGIN { printf "%.0f", b - a }')
  since=$(awk -v a="$t0" -v f="$FIRST_START" -v b="$done_at" 'BEGIN { printf "%.0f", b - a - f }')
  # (|| true: with nothing to reconcile, as on a reused index, the check logs "checked", and a grep
  # that finds nothing must not end the script under set -e)
  queued=$(grep -hoE 'Search index reconciled.* in [0-9]+ ms' "$LOG" | grep -oE '[0-9]+ ms' | tail -1 || true)
  if [ -n "$queued" ]; then
    INDEX_NOTE="OpenSearch index complete: $docs documents $since s after the first answer ($total s after \`server start\`) = $(awk -v n="$expected" -v s="$since" 'BEGIN { printf "%.0f", n / (s > 0 ? s : 1) }') versions/s (the start's reconciliation wrote the outbox events in $queued; the agent indexed them)"
  else
    INDEX_NOTE="OpenSearch already held all $docs documents; the start's check, which found nothing to do, ended $since s after the first answer"
  fi
  say "  $INDEX_NOTE"
}

# Instances A and B of src/cluster on the prebuilt database, and nginx balancing them; each waits
# for its start's index check before the next part starts.
balancer_up() {
  mkdir -p "$WLP/usr/shared/resources/jdbc"
  cp "$WLP_USER_DIR/shared/resources/jdbc/postgresql.jar" "$WLP/usr/shared/resources/jdbc/"
  local i port
  for i in a b; do
    port=$A_PORT
    [ "$i" = a ] || port=$B_PORT
    port_taken "$port" && die "port $port is in use; set ${i^^}_PORT"
    # instance_up waits 300 s for readiness; a loaded machine may need longer, so go on waiting
    # while the server lives
    (unset WLP_USER_DIR && instance_up "$i" "$port") ||
      { alive "tilmash-$i" && wait_for "tilmash-$i" "http://localhost:$port/health/ready" 1500; } ||
      die "instance $i did not start (logs: $CLUSTER_DIR/logs, $WLP/usr/servers/tilmash-$i*/logs)"
    wait_reconciled "$(pid_of "tilmash-$i")"
    say "  instance $i ready on $port; its index check took $RECONCILE_S s more"
  done
  port_taken "$CLUSTER_PORT" && die "port $CLUSTER_PORT is in use; set CLUSTER_PORT"
  nginx_up || die "the balancer did not start"
}

# The time until an unpublish on A is seen everywhere, over ROUNDS articles: A's own answer right
# after (the promise: never served after the unpublish returned), B's delivery answer (its caches,
# through the change log) and the shared index (OpenSearch: the version's document no longer
# live). B's answer for the article in kk falls back to another language once kk is gone. Sets
# VISIBILITY_ROWS (label|median ms|max ms|rounds) and VISIBILITY_NOTE.
visibility_rounds() {
  local rounds=$1 a=http://127.0.0.1:$A_PORT b=http://127.0.0.1:$B_PORT r id t1 lang code
  local b_ms=() s_ms=() a_after=() limit
  for r in $(seq 1 "$rounds"); do
    # old articles, one per round, far from those the scenarios read
    id=$(curl -sf "$a/api/v1/content/articles?lang=kk&size=1&page=$((ARTICLES - 1 - 3 * r))" | jq -r '.items[0].id')
    [ -n "$id" ] && [ "$id" != null ] || die "no Kazakh article for visibility round $r"
    for base in "$a" "$b" "http://127.0.0.1:$CLUSTER_PORT"; do
      lang=$(curl -sf "$base/api/v1/content/articles/$id?lang=kk" | jq -r .language)
      [ "$lang" = kk ] || die "round $r: $base does not serve $id in kk before the unpublish"
    done
    code=$(curl -s -o "$RUN/unpublish-$r.json" -w '%{http_code}' -X POST -H "$AUTH" \
      -H 'Content-Type: application/json' -d '{"action":"unpublish"}' \
      "$a/api/v1/articles/$id/versions/kk/transitions")
    t1=$(now)
    [ "$code" = 200 ] || die "round $r: the unpublish on A answered $code ($RUN/unpublish-$r.json)"
    a_after+=("$(curl -s "$a/api/v1/content/articles/$id?lang=kk" | jq -r .language)")
    limit=$(($(date +%s) + 120))
    until [ "$(curl -s "$b/api/v1/content/articles/$id?lang=kk" | jq -r .language)" != kk ]; do
      [ "$(date +%s)" -lt "$limit" ] || die "round $r: B still serves $id in kk after 120 s"
      sleep 0.02
    done
    b_ms+=("$(awk -v a="$t1" -v b="$(now)" 'BEGIN { printf "%.0f", 1000 * (b - a) }')")
    if [ "$SEARCH" = opensearch ]; then
      until [ "$(curl -s "$OS_URL/*,-.*/_search" -H 'Content-Type: application/json' -d \
        "{\"size\":1,\"_source\":[\"live\"],\"query\":{\"bool\":{\"filter\":[{\"term\":{\"article_id\":\"$id\"}},{\"term\":{\"language\":\"kk\"}}]}}}" |
        jq -r '.hits.hits[0]._source.live')" = false ]; do
        [ "$(date +%s)" -lt "$limit" ] || die "round $r: OpenSearch still holds $id in kk as live after 120 s"
        sleep 0.02
      done
      s_ms+=("$(awk -v a="$t1" -v b="$(now)" 'BEGIN { printf "%.0f", 1000 * (b - a) }')")
    fi
    sleep 1
  done
  stats() { printf '%s\n' "$@" | sort -n | awk '{ v[NR] = $1 } END { m = NR % 2 ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2; printf "%.0f|%.0f", m, v[NR] }'; }
  VISIBILITY_ROWS=("B no longer serves the kk version (delivery, change log)|$(stats "${b_ms[@]}")|$rounds")
  if [ "${#s_ms[@]}" -gt 0 ]; then
    VISIBILITY_ROWS+=("the shared OpenSearch index no longer holds it as live (outbox)|$(stats "${s_ms[@]}")|$rounds")
  fi
  VISIBILITY_NOTE="A's own answer right after each unpublish returned: $(printf '%s ' "${a_after[@]}")(never kk is the promise); B's times each round: ${b_ms[*]} ms${s_ms:+; OpenSearch: ${s_ms[*]} ms}"
}
