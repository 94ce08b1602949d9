#!/usr/bin/env bash
# Delivery, editorial list and search at scale (issue 5). Builds a newsroom of N articles x 5
# languages, all published, starts the server on it, measures the scenarios below with wrk on
# loopback, and measures nginx serving the bytes of scenario (a) as a static file, for the ratio.
# Also reports the dataset build rate, the startup time to the first served delivery request and
# the server's RSS after the load. Not a test: it never runs in `mvn verify` and asserts no
# timings; the figures are only as quiet as the machine.
#
# Usage: src/bench/scale.sh [options]            (from any directory; needs root for apt-get)
#   --articles N       articles, each in en ru kk uz zh (default 100000)
#   --smoke            N=200, 2 s per scenario, 1 s warm-up: proves the script works
#   --duration S       seconds of measurement per scenario (default 10)
#   --warmup S         seconds of unreported load before each scenario (default 5)
#   --jit-warmup S     seconds of unreported load on (a) before the first scenario (default 90), after
#                      a third of that on (e) and on each (f): the JIT needs about that long to compile
#                      Liberty's request path (measured: (a) went from 2,900 req/s after 15 s of
#                      load to 16,700-19,100 after 75-90 s)
#   --connections C    wrk connections (default 32), --threads T wrk threads (default 2)
#   --reuse-dataset    keep target/bench/db-N if it exists instead of building it again
#   --skip-package     use the existing target/tilmash.war instead of `mvn package`
#   --index-timeout S  longest wait for the server's search index rebuild on the first start
#                      (default 14400)
#   --profile          record scenario (a) with JDK Flight Recorder and print where the CPU went
#                      (target/bench/run/a.jfr; summary by dev.tilmash.bench.JfrHotspots)
#   --compression R    also (a), (b), (c) with and without Accept-Encoding: gzip beside nginx
#                      gzip_static on the same bytes, R rounds, medians (src/bench/compression.sh)
#   --delivery-only    only (a)-(d) (and --compression): no editorial list, no search
#   --database D       h2 (default: a file) or postgresql (Debian's, started like src/cluster's, on
#                      PG_PORT, in target/bench/pg-...; --reuse-dataset keeps it)
#   --search S         lucene (default: embedded) or opensearch (one node, as in src/cluster, on
#                      OS_PORT; needs --database postgresql); the first start waits until OpenSearch
#                      holds every version and the outbox is empty, and reports how long that took
#   --balancer         then (a)-(f) again through nginx in front of two instances of src/cluster
#                      (A_PORT, B_PORT, CLUSTER_PORT) on the same database and index, and the time
#                      until an unpublish on A is seen by B and the index (needs postgresql, opensearch)
#   --rounds R         unpublish rounds for that time (default 5)
#   --soak S           after the scenarios, S seconds of the standard load (articles in every language,
#                      lists, searches, half with gzip, at random) with RSS and the heap read every 10 s:
#                      target/bench/run/soak.csv, the plot target/bench/soak.svg (src/bench/soak.sh)
# Environment: BENCH_PORT (default 9380; https on +1, nginx on +2, or BENCH_HTTPS_PORT and
# BENCH_NGINX_PORT), BENCH_JVM_OPTIONS (lines
# replacing the server's jvm.options; default: liberty-config's, if any, else the JVM's defaults);
# PG_PORT (5442), OS_PORT (9280, HTTP on +1: the runner takes no HTTP port above 9299),
# CLUSTER_PORT (9580), A_PORT (9581), B_PORT (9582).
#
# Scenarios: (a) one article by slug, Accept-Language: kk-KZ,ru;q=0.8; (b) one article by id,
# ?lang=ru; (c) a delivery list of 20 in Russian; (d) (a) again with If-None-Match: 304;
# (e) the editorial list, state=PUBLISHED&language=kk, as editor (Basic); (f) full-text search
# in Russian and in Chinese; (e) and (f) once more with a single connection.
# Output: one line per scenario, a final table, and target/bench/report.md.
set -euo pipefail
{ # bash reads the whole block before running it: editing this file during a run is harmless

ROOT=$(cd "$(dirname "$0")/../.." && pwd)
cd "$ROOT"

ARTICLES=100000
DURATION=10
WARMUP=5
JIT_WARMUP=90
CONNECTIONS=32
THREADS=2
REUSE=0
PACKAGE=1
INDEX_TIMEOUT=14400
PROFILE=0
COMPRESSION_ROUNDS=0
DELIVERY_ONLY=0
DATABASE=h2
SEARCH=lucene
BALANCER=0
ROUNDS=5
SOAK=0
ARGS="$*"
while [ $# -gt 0 ]; do
  case "$1" in
    --articles) ARTICLES=$2; shift 2 ;;
    --smoke) ARTICLES=200; DURATION=2; WARMUP=1; JIT_WARMUP=2; shift ;;
    --duration) DURATION=$2; shift 2 ;;
    --warmup) WARMUP=$2; shift 2 ;;
    --jit-warmup) JIT_WARMUP=$2; shift 2 ;;
    --connections) CONNECTIONS=$2; shift 2 ;;
    --threads) THREADS=$2; shift 2 ;;
    --reuse-dataset) REUSE=1; shift ;;
    --skip-package) PACKAGE=0; shift ;;
    --index-timeout) INDEX_TIMEOUT=$2; shift 2 ;;
    --profile) PROFILE=1; shift ;;
    --compression) COMPRESSION_ROUNDS=$2; shift 2 ;;
    --delivery-only) DELIVERY_ONLY=1; shift ;;
    --database) DATABASE=$2; shift 2 ;;
    --search) SEARCH=$2; shift 2 ;;
    --balancer) BALANCER=1; shift ;;
    --rounds) ROUNDS=$2; shift 2 ;;
    --soak) SOAK=$2; shift 2 ;;
    -h | --help) sed -n '2,50p' "$0"; exit 0 ;;
    *) echo "unknown option: $1 (see --help)" >&2; exit 2 ;;
  esac
done

case "$DATABASE/$SEARCH/$BALANCER" in
  h2/lucene/0 | postgresql/lucene/0 | postgresql/opensearch/?) ;;
  */*/1) echo "--balancer needs --database postgresql --search opensearch: the embedded index and the H2 file belong to one instance" >&2; exit 2 ;;
  *) echo "--database h2|postgresql, --search lucene|opensearch (opensearch with postgresql)" >&2; exit 2 ;;
esac

PORT=${BENCH_PORT:-9380}
HTTPS_PORT=${BENCH_HTTPS_PORT:-$((PORT + 1))}
NGINX_PORT=${BENCH_NGINX_PORT:-$((PORT + 2))}
BASE=http://127.0.0.1:$PORT
OUT=$ROOT/target/bench
RUN=$OUT/run
DB=$OUT/db-$ARTICLES/tilmash
SERVER=tilmashBench
WLP=$ROOT/target/liberty/wlp
LUA=$ROOT/src/bench/wrk-report.lua
# The benchmark's own Liberty user directory: its own server, port and database, so it never
# touches the `tilmash` server of `mvn liberty:run` or the tilmashIT server of `mvn verify`.
export WLP_USER_DIR=$OUT/wlp

SERVER_STARTED=0
NGINX_DIR=
cleanup() {
  if [ "$SERVER_STARTED" = 1 ]; then
    "$WLP/bin/server" stop "$SERVER" >/dev/null 2>&1 || true
    SERVER_STARTED=0
  fi
  if [ -n "$NGINX_DIR" ]; then
    if [ -f "$NGINX_DIR/nginx.pid" ]; then
      kill "$(cat "$NGINX_DIR/nginx.pid")" 2>/dev/null || true
      for _ in $(seq 1 50); do [ -f "$NGINX_DIR/nginx.pid" ] || break; sleep 0.1; done
    fi
    rm -rf "$NGINX_DIR"
    NGINX_DIR=
  fi
  if declare -F cluster_down >/dev/null; then cluster_down; fi
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# shellcheck source=bench-server.sh
. "$ROOT/src/bench/bench-server.sh"
say() { printf '%s\n' "$*"; }
die() { printf 'scale.sh: %s\n' "$*" >&2; exit 1; }
now() { date +%s.%N; }
port_taken() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
if [ "$DATABASE" = postgresql ]; then
  # shellcheck source=scale-cluster.sh
  . "$ROOT/src/bench/scale-cluster.sh"
fi

# --- tools ---------------------------------------------------------------------------------------
missing=()
command -v wrk >/dev/null || missing+=(wrk)
command -v nginx >/dev/null || [ -x /usr/sbin/nginx ] || missing+=(nginx)
command -v jq >/dev/null || missing+=(jq)
command -v curl >/dev/null || missing+=(curl)
if [ ${#missing[@]} -gt 0 ]; then
  say "installing ${missing[*]} (apt-get)"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi
NGINX=$(command -v nginx || echo /usr/sbin/nginx)

for p in "$PORT" "$HTTPS_PORT" "$NGINX_PORT"; do
  if port_taken "$p"; then
    # a benchmark server left over from an interrupted run is ours to stop
    if [ -d "$WLP_USER_DIR/servers/$SERVER" ]; then
      "$WLP/bin/server" stop "$SERVER" >/dev/null 2>&1 || true
    fi
    port_taken "$p" && die "port $p is in use; set BENCH_PORT"
  fi
done

rm -rf "$RUN"
mkdir -p "$RUN" "$OUT"
LOAD_BEFORE=$(cut -d' ' -f1-3 /proc/loadavg)

# --- build ---------------------------------------------------------------------------------------
if [ "$PACKAGE" = 1 ]; then
  say "building the application (mvn package), the Liberty runtime and the class path"
  # with OpenSearch also the class path its runner starts from (src/cluster/parts.sh)
  OS_GOAL=()
  [ "$SEARCH" = lucene ] || OS_GOAL=(dependency:build-classpath@cluster-classpath)
  mvn -q -Dmaven.test.skip=true package liberty:install-server dependency:build-classpath "${OS_GOAL[@]}" \
    -Dmdep.outputFile="$OUT/classpath.txt" -Dmdep.includeScope=compile >"$RUN/mvn.log" 2>&1 ||
    { tail -30 "$RUN/mvn.log" >&2; die "mvn failed (log: $RUN/mvn.log)"; }
elif [ ! -f "$OUT/classpath.txt" ]; then
  mvn -q dependency:build-classpath -Dmdep.outputFile="$OUT/classpath.txt" \
    -Dmdep.includeScope=compile >"$RUN/mvn.log" 2>&1 || die "mvn failed (log: $RUN/mvn.log)"
fi
[ -f target/tilmash.war ] || die "no target/tilmash.war"
[ -x "$WLP/bin/server" ] || die "no Liberty runtime in $WLP (run without --skip-package)"
CP=$(cat "$OUT/classpath.txt")
rm -rf "$OUT/classes"
# only the dataset builder and the profile summary, with what they use: the other benchmarks in
# src/bench/java need the test classes (Maven compiles them all with the tests)
SOURCES=(src/bench/java/dev/tilmash/article/BenchDataset.java src/bench/java/dev/tilmash/bench/JfrHotspots.java
  src/bench/java/dev/tilmash/bench/SoakPlot.java)
javac -nowarn -encoding UTF-8 --release 17 -d "$OUT/classes" -cp "target/classes:$CP" \
  -sourcepath src/bench/java -implicit:class "${SOURCES[@]}" 2>"$RUN/javac.log" || { cat "$RUN/javac.log" >&2; die "javac failed"; }

# --- dataset -------------------------------------------------------------------------------------
if [ "$DATABASE" = postgresql ]; then
  DB_DIR=$CLUSTER_DIR
  TARGET=$PG_URL
else
  DB_DIR=$OUT/db-$ARTICLES
  TARGET=$DB
fi
HAVE_DATASET=$DB.mv.db
[ "$DATABASE" = h2 ] || HAVE_DATASET=$DB_DIR/dataset.txt
if [ "$REUSE" = 1 ] && [ -f "$HAVE_DATASET" ]; then
  say "reusing the dataset in $DB_DIR"
  [ "$DATABASE" = h2 ] || cluster_up 0
  DATASET="reused $(cat "$DB_DIR/dataset.txt" 2>/dev/null || echo '(build figures unknown)')"
else
  say "building the dataset: $ARTICLES articles x 5 languages ($DATABASE)"
  if [ "$DATABASE" = postgresql ]; then
    cluster_up 1
  else
    rm -rf "$DB_DIR"
    mkdir -p "$DB_DIR"
  fi
  set +e
  java -Xmx1g -cp "$OUT/classes:target/classes:$CP" dev.tilmash.article.BenchDataset \
    "$TARGET" "$ARTICLES" src/main/resources/demo/articles 2>&1 |
    { grep --line-buffered -v '^SLF4J' || true; } | tee "$RUN/dataset.log"
  status=${PIPESTATUS[0]}
  set -e
  [ "$status" = 0 ] || die "the dataset builder failed"
  line=$(grep '^DATASET' "$RUN/dataset.log")
  val() { sed -E "s/.* $1=([^ ]+).*/\1/" <<<"$line"; }
  FINISH=$(grep -oE '(compacted|vacuumed) .* in [0-9.]+ s' "$RUN/dataset.log" | sed -E 's/ in [0-9.]+ s$//')
  DATASET="$(val versions) versions in $(val build_s) s = $(val rate) versions/s into $DATABASE (builder's CPU: $(val cpu_s) s = $(val per_cpu_s) versions per CPU second of the builder); with migrations, checks and the end of the load ($FINISH, $(val finish_s) s): $(val total_s) s"
  echo "$DATASET" >"$DB_DIR/dataset.txt"
fi
if [ "$DATABASE" = postgresql ]; then
  DB_SIZE="PostgreSQL database $(psql_tilmash "select pg_size_pretty(pg_database_size('tilmash'))")"
else
  DB_SIZE="H2 file $(du -sh "$DB.mv.db" | cut -f1)"
fi

# --- server --------------------------------------------------------------------------------------
SDIR=$WLP_USER_DIR/servers/$SERVER
rm -rf "$SDIR"
mkdir -p "$SDIR/apps" "$SDIR/configDropins/overrides" "$WLP_USER_DIR/shared/resources/jdbc"
cp -r liberty-config/. "$SDIR/"
cp target/tilmash.war "$SDIR/apps/"
H2_JAR=$(tr ':' '\n' <"$OUT/classpath.txt" | grep '/h2-[0-9.]*\.jar$' | head -1)
[ -n "$H2_JAR" ] || die "no H2 jar on the class path"
cp "$H2_JAR" "$WLP_USER_DIR/shared/resources/jdbc/h2.jar"
# the user feature that configDropins/defaults turns on, which the build put into the runtime's usr
if [ -d "$WLP/usr/extension" ]; then
  rm -rf "$WLP_USER_DIR/extension"
  cp -r "$WLP/usr/extension" "$WLP_USER_DIR/"
fi
bench_server_files "$SDIR" "$DB" "$PORT" "$HTTPS_PORT"
[ "$DATABASE" = h2 ] || bench_server_store "$SDIR" "$WLP_USER_DIR/shared/resources/jdbc"
if [ -n "${BENCH_JVM_OPTIONS:-}" ]; then
  printf '%s\n' "$BENCH_JVM_OPTIONS" >"$SDIR/jvm.options"
fi
JVM_NOTE="JVM defaults"
if [ -s "$SDIR/jvm.options" ]; then
  JVM_NOTE="jvm.options: $(grep -v '^#' "$SDIR/jvm.options" | tr '\n' ' ' | sed 's/ *$//')"
fi

PROBE="$BASE/api/v1/content/articles?lang=en&size=1"
# Starts the server; sets STARTED_AFTER to the seconds from `server start` to the first 200 of a
# delivery request.
start_server() {
  local t0 code deadline
  t0=$(now)
  SERVER_STARTED=1
  "$WLP/bin/server" start "$SERVER" >>"$RUN/server-start.log" 2>&1 ||
    die "server start failed (see $SDIR/logs/messages.log)"
  # a loaded machine took 8 minutes for a first start
  deadline=$(($(date +%s) + 1800))
  while [ "$(date +%s)" -lt "$deadline" ]; do
    code=$(curl -s -o /dev/null -w '%{http_code}' "$PROBE" || true)
    if [ "$code" = 200 ]; then
      STARTED_AFTER=$(awk -v a="$t0" -v b="$(now)" 'BEGIN { printf "%.1f", b - a }')
      return 0
    fi
    sleep 0.1
  done
  die "no 200 from $PROBE within 1800 s (see $SDIR/logs/messages.log)"
}
stop_server() {
  "$WLP/bin/server" stop "$SERVER" >>"$RUN/server-start.log" 2>&1 || true
  SERVER_STARTED=0
}

# Waits until the start's index reconciliation of the server with PID has finished (it runs in
# the background and logs nothing when nothing was missing): two thread dumps in a row without
# it. Sets RECONCILE_S.
wait_reconciled() {
  local pid=$1 t0 absent=0 deadline
  t0=$(now)
  deadline=$(($(date +%s) + INDEX_TIMEOUT))
  while [ "$absent" -lt 2 ] && [ "$(date +%s)" -lt "$deadline" ]; do
    if jcmd "$pid" Thread.print 2>/dev/null | grep -q 'SearchIndexCheck.reconcileAtStart'; then
      absent=0
    else
      absent=$((absent + 1))
    fi
    sleep 2
  done
  RECONCILE_S=$(awk -v a="$t0" -v b="$(now)" 'BEGIN { printf "%.0f", b - a }')
}

PID_FILE=$WLP_USER_DIR/servers/.pid/$SERVER.pid
say "first start (the account table is empty: the server creates the demo accounts)"
FIRST_T0=$(now)
start_server
FIRST_START=$STARTED_AFTER
say "  first delivery answer after $FIRST_START s"
# The server reconciles its search index with the database in the background at every start
# (dev.tilmash.search.SearchIndexCheck); rows written past Hibernate, as here, are all missing
# from it. Wait for that on the first start, so that (f) searches the whole dataset: on Lucene the
# reconciliation indexes them itself; on OpenSearch it writes outbox events, which the server's
# agent then indexes.
INDEX_NOTE=""
LOG=$SDIR/logs/messages.log
if [ "$SEARCH" = opensearch ]; then
  wait_for_opensearch_index $((ARTICLES * 5)) "$FIRST_T0"
else
  say "  the server reconciles its search index; waiting (at most ${INDEX_TIMEOUT} s)"
  wait_reconciled "$(cat "$PID_FILE")"
  INDEX_NOTE=$(grep -hoE 'Search index (reconciled with the database: .*|checked: .*|check failed.*)' "$LOG" | tail -1 || true)
  INDEX_NOTE=${INDEX_NOTE:-"search index check not finished after ${INDEX_TIMEOUT} s: (f) searched a partial index"}
  if [[ "$INDEX_NOTE" =~ :\ ([0-9]+)\ versions\ reindexed.*\ in\ ([0-9]+)\ ms ]]; then
    INDEX_NOTE="search index reconciled by the server: ${BASH_REMATCH[1]} versions indexed in $((BASH_REMATCH[2] / 1000)) s = $(awk -v n="${BASH_REMATCH[1]}" -v ms="${BASH_REMATCH[2]}" 'BEGIN { printf "%.0f", n / (ms / 1000) }') versions/s"
  fi
  say "  $INDEX_NOTE"
fi
stop_server
say "restart"
start_server
STARTUP=$STARTED_AFTER
say "  first delivery answer after $STARTUP s"
# the restart's index check compares every version again: let it finish before measuring
wait_reconciled "$(cat "$PID_FILE")"
RESTART_CHECK=$RECONCILE_S
say "  its index check (nothing to do) ended $RESTART_CHECK s later"

# --- the requests --------------------------------------------------------------------------------
MIDDLE=$(curl -sf "$BASE/api/v1/content/articles?lang=kk&size=1&page=$((ARTICLES / 2))") ||
  die "cannot list Kazakh articles"
ID=$(jq -r '.items[0].id' <<<"$MIDDLE")
SLUG=$(jq -r '.items[0].slug' <<<"$MIDDLE")
[ -n "$ID" ] && [ "$ID" != null ] || die "no article in the middle of the Kazakh list"
NEGOTIATED="Accept-Language: kk-KZ,ru;q=0.8"
AUTH="Authorization: Basic $(printf 'editor:demo' | base64)"
Q_RU=$(jq -rn --arg q 'торговля' '$q|@uri')
Q_ZH=$(jq -rn --arg q '中亚' '$q|@uri')

# Fetches a scenario's URL once with curl; sets CODE and BYTES (body bytes) and keeps the body and
# the headers in $RUN.
probe() {
  local name=$1 url=$2 headers=$3 args=()
  while IFS= read -r h; do [ -n "$h" ] && args+=(-H "$h"); done <<<"$headers"
  read -r CODE BYTES TIME_TOTAL < <(curl -s -o "$RUN/body-$name" -D "$RUN/headers-$name" \
    -w '%{http_code} %{size_download} %{time_total}\n' "${args[@]}" "$url" || echo "000 0 0")
}

# Runs wrk: a warm-up, then the measurement; sets RPS P50 P95 P99 (ms) and ERRORS.
measure() {
  local name=$1 url=$2 headers=$3 line args=() i
  # a few requests one at a time first, so the cold path does not meet 32 connections at once
  while IFS= read -r h; do [ -n "$h" ] && args+=(-H "$h"); done <<<"$headers"
  for i in $(seq 1 10); do curl -s -o /dev/null "${args[@]}" "$url" || true; done
  local c=${SCENARIO_CONNECTIONS:-$CONNECTIONS} t=$THREADS
  [ "$t" -le "$c" ] || t=$c
  BENCH_HEADERS=$headers wrk -t"$t" -c"$c" -d"${WARMUP}s" --timeout 30s -s "$LUA" "$url" \
    >"$RUN/wrk-$name-warmup.txt" 2>&1 || true
  BENCH_HEADERS=$headers wrk -t"$t" -c"$c" -d"${DURATION}s" --timeout 30s --latency -s "$LUA" \
    "$url" >"$RUN/wrk-$name.txt" 2>&1 || die "wrk failed for $name (see $RUN/wrk-$name.txt)"
  line=$(grep '^BENCH ' "$RUN/wrk-$name.txt") || die "no figures from wrk for $name"
  w() { sed -E "s/.* $1=([0-9]+).*/\1/" <<<"$line"; }
  REQUESTS=$(w requests)
  RPS=$(awk -v r="$(w requests)" -v d="$(w duration_us)" 'BEGIN { printf "%.0f", r / (d / 1e6) }')
  P50=$(awk -v v="$(w p50_us)" 'BEGIN { printf "%.2f", v / 1000 }')
  P95=$(awk -v v="$(w p95_us)" 'BEGIN { printf "%.2f", v / 1000 }')
  P99=$(awk -v v="$(w p99_us)" 'BEGIN { printf "%.2f", v / 1000 }')
  ERRORS=$(($(w connect) + $(w read) + $(w write) + $(w status) + $(w timeout)))
}

ROWS=() # label|req/s|p50|p95|p99|bytes|vs nginx|errors, or label|-|why not measured
FORMAT='%-44s %9s %8s %8s %8s %7s %9s %6s'
HEADER=$(printf "$FORMAT" scenario 'req/s' 'p50 ms' 'p95 ms' 'p99 ms' bytes 'vs nginx' errors)
show() {
  local f
  IFS='|' read -r -a f <<<"$1"
  if [ "${f[0]}" = "#" ]; then
    printf '%s\n' "${f[1]}"
  elif [ "${f[1]}" = - ]; then
    printf '%-44s %s\n' "${f[0]}" "${f[2]}"
  else
    printf "$FORMAT\n" "${f[@]}"
  fi
}
row() {
  local IFS='|'
  ROWS+=("$*")
  show "$*"
}

heading() {
  ROWS+=("#|$1")
  say "$1"
}

# (a)-(f) against this server
P=""
TITLE=""
[ "$BALANCER" = 0 ] || TITLE="one instance ($DATABASE, $SEARCH)"
# shellcheck source=scenarios.sh
. "$ROOT/src/bench/scenarios.sh"

SOAK_NOTE=
if [ "$SOAK" != 0 ]; then
  [ -f "$PID_FILE" ] || die "--soak: no server PID file"
  # shellcheck source=soak.sh
  . "$ROOT/src/bench/soak.sh"
  soak_run "$(cat "$PID_FILE")" "$SOAK"
fi

RSS_MB="-"
GC_NOTE="-"
if [ -f "$PID_FILE" ]; then
  RSS_MB=$(($(ps -o rss= -p "$(cat "$PID_FILE")" | tr -d ' ') / 1024))
  # what the RSS is made of: the heap's sizes, and native memory by area when the JVM tracks it
  # (BENCH_JVM_OPTIONS with -XX:NativeMemoryTracking=summary)
  jcmd "$(cat "$PID_FILE")" GC.heap_info >"$RUN/heap-after-load.txt" 2>&1 || true
  jcmd "$(cat "$PID_FILE")" VM.native_memory summary >"$RUN/nmt-after-load.txt" 2>&1 || true
  # collections since the server started: young count and seconds, full count and seconds
  GC_NOTE=$(jstat -gc "$(cat "$PID_FILE")" 2>/dev/null | awk 'NR == 1 { for (i = 1; i <= NF; i++) c[$i] = i }
    NR == 2 { printf "%d young collections in %.2f s (%.1f ms each), %d full in %.2f s", $c["YGC"], $c["YGCT"],
      $c["YGC"] ? 1000 * $c["YGCT"] / $c["YGC"] : 0, $c["FGC"], $c["FGCT"] }') || GC_NOTE="-"
fi
LOAD_AFTER=$(cut -d' ' -f1-3 /proc/loadavg)
stop_server

# --- through the balancer ------------------------------------------------------------------------
if [ "$BALANCER" = 1 ]; then
  ONE=("$MISS_NOTE" "$SEARCH_NOTE")
  say ""
  say "two instances of src/cluster on the same database and index, nginx balancing them on $CLUSTER_PORT"
  balancer_up
  LB_LOAD_BEFORE=$(cut -d' ' -f1-3 /proc/loadavg)
  BASE=http://127.0.0.1:$CLUSTER_PORT
  P=lb-
  TITLE="through nginx balancing two instances ($DATABASE, $SEARCH)"
  . "$ROOT/src/bench/scenarios.sh"
  LB_NOTES=("$MISS_NOTE" "$SEARCH_NOTE")
  MISS_NOTE=${ONE[0]}
  SEARCH_NOTE=${ONE[1]}
  LB_RSS="A $(($(ps -o rss= -p "$(pid_of tilmash-a)" | tr -d ' ') / 1024)) MB, B $(($(ps -o rss= -p "$(pid_of tilmash-b)" | tr -d ' ') / 1024)) MB"
  LB_LOAD_AFTER=$(cut -d' ' -f1-3 /proc/loadavg)
  say ""
  say "the time until an unpublish on A is seen everywhere ($ROUNDS rounds)"
  visibility_rounds "$ROUNDS"
  for v in "${VISIBILITY_ROWS[@]}"; do
    IFS='|' read -r -a f <<<"$v"
    say "  ${f[0]}: median ${f[1]} ms, max ${f[2]} ms (${f[3]} rounds)"
  done
  say "  $VISIBILITY_NOTE"
fi

# --- report --------------------------------------------------------------------------------------
CPU=$(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ //')
MEM=$(awk '/MemTotal/ { printf "%.0f GB", $2 / 1048576 }' /proc/meminfo)
say ""
say "dataset:  $ARTICLES articles x 5 languages: $DATASET; $DB_SIZE"
say "startup:  $STARTUP s from 'server start' to the first 200 of $PROBE (first start, creating the demo accounts: $FIRST_START s)"
say "RSS:      $RSS_MB MB (Liberty JVM after the load; $JVM_NOTE)"
say "GC:       $GC_NOTE"
[ -z "$SOAK_NOTE" ] || say "soak:     $SOAK_NOTE"
say "search:  $SEARCH_NOTE${INDEX_NOTE:+ ($INDEX_NOTE at the first start)}; the restart's index check ended $RESTART_CHECK s after the first answer"
say "answers computed, not remembered (pages not asked before, warm JIT): $MISS_NOTE"
say "machine:  $(nproc) cores ($CPU), $MEM; load average before $LOAD_BEFORE, after $LOAD_AFTER"
if [ "$BALANCER" = 1 ]; then
  say "balancer: load average $LB_LOAD_BEFORE before its scenarios, $LB_LOAD_AFTER after; RSS after the load: $LB_RSS"
  say "          computed answers:$([ -n "${LB_NOTES[0]}" ] && echo " ${LB_NOTES[0]}"); search:${LB_NOTES[1]}"
fi
say ""
say "$HEADER"
for r in "${ROWS[@]}"; do show "$r"; done
if [ "$COMPRESSION_ROUNDS" -gt 0 ]; then
  say ""
  say "$COMPRESSION_HEADER"
  for r in "${COMPRESSION_ROWS[@]}"; do
    IFS='|' read -r -a f <<<"$r"
    printf "$COMPRESSION_FORMAT\n" "${f[@]}"
  done
fi

{
  echo "# Tilmash benchmark, $(date -u '+%Y-%m-%d %H:%M UTC')"
  echo
  echo "\`src/bench/scale.sh $ARGS\`: $ARTICLES articles x 5 languages, wrk -t$THREADS -c$CONNECTIONS," \
    "$((JIT_WARMUP / 3)) s of JIT warm-up on (e) and on each (f), then ${JIT_WARMUP} s on (a), then ${WARMUP} s warm-up + ${DURATION} s per scenario on loopback; machine: $(nproc) cores ($CPU), $MEM," \
    "load average $LOAD_BEFORE before, $LOAD_AFTER after."
  echo
  echo "| scenario | req/s | p50 ms | p95 ms | p99 ms | bytes | vs nginx | errors |"
  echo "|---|---:|---:|---:|---:|---:|---:|---:|"
  for r in "${ROWS[@]}"; do
    IFS='|' read -r -a f <<<"$r"
    if [ "${f[0]}" = "#" ]; then
      echo "| **${f[1]}** | | | | | | | |"
    elif [ "${f[1]}" = - ]; then
      echo "| ${f[0]} | ${f[2]} | | | | | | |"
    else
      echo "| ${f[0]} | ${f[1]} | ${f[2]} | ${f[3]} | ${f[4]} | ${f[5]} | ${f[6]} | ${f[7]} |"
    fi
  done
  echo
  echo "- Dataset: $DATASET; $DB_SIZE."
  echo "- Startup: $STARTUP s from \`server start\` to the first 200 of a delivery request" \
    "(first start on the new database, which also creates the demo accounts: $FIRST_START s)."
  echo "- RSS of the Liberty JVM after the load: $RSS_MB MB ($JVM_NOTE)."
  echo "- Garbage collection since the restart: $GC_NOTE."
  [ -z "$SOAK_NOTE" ] || echo "- Soak of $SOAK s after the scenarios: $SOAK_NOTE."
  echo "- Search:$SEARCH_NOTE${INDEX_NOTE:+ ($INDEX_NOTE at the first start)}; the restart's index check (nothing to do) ended $RESTART_CHECK s after the first answer, before the scenarios."
  echo "- Answers of (e) and (f) computed rather than remembered (pages 2-4, not asked before; one request each with curl, the JIT warm): $MISS_NOTE."
  if [ "$BALANCER" = 1 ]; then
    echo "- Through the balancer: load average $LB_LOAD_BEFORE before its scenarios, $LB_LOAD_AFTER after; RSS after the load: $LB_RSS; computed answers: ${LB_NOTES[0]}; search:${LB_NOTES[1]}."
    echo
    echo "The time until an unpublish on A (its answer returned) is seen everywhere:"
    echo
    echo "| seen | median ms | max ms | rounds |"
    echo "|---|---:|---:|---:|"
    for v in "${VISIBILITY_ROWS[@]}"; do echo "| ${v//|/ | } |"; done
    echo
    echo "$VISIBILITY_NOTE."
    echo
  fi
  echo "- Raw wrk output, bodies and headers: target/bench/run/."
  if [ "$COMPRESSION_ROUNDS" -gt 0 ]; then
    echo
    echo "Compression: medians of $COMPRESSION_ROUNDS rounds; nginx serves the same identity and gzip bytes (gzip_static on)."
    echo
    echo "| scenario | server | coding | req/s | p50 ms | p99 ms | bytes | of nginx |"
    echo "|---|---|---|---:|---:|---:|---:|---:|"
    for r in "${COMPRESSION_ROWS[@]}"; do echo "| ${r//|/ | } |"; done
  fi
  if [ -n "$PROFILE_NOTE" ]; then
    echo
    echo "Where scenario (a) spent its CPU (JFR, warm-up included):"
    echo
    echo '```'
    cat "$PROFILE_NOTE"
    echo '```'
  fi
} >"$OUT/report.md"
if [ -n "$PROFILE_NOTE" ]; then
  say ""
  say "where scenario (a) spent its CPU (JFR, warm-up included):"
  cat "$PROFILE_NOTE"
fi
say ""
say "report: $OUT/report.md"
exit
}
