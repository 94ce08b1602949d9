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
# Environment: BENCH_PORT (default 9380; https on +1, nginx on +2), BENCH_JVM_OPTIONS (lines
# replacing the server's jvm.options; default: liberty-config's, if any, else the JVM's defaults).
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
    -h | --help) sed -n '2,31p' "$0"; exit 0 ;;
    *) echo "unknown option: $1 (see --help)" >&2; exit 2 ;;
  esac
done

PORT=${BENCH_PORT:-9380}
HTTPS_PORT=$((PORT + 1))
NGINX_PORT=$((PORT + 2))
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
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# shellcheck source=bench-server.sh
. "$ROOT/src/bench/bench-server.sh"
say() { printf '%s\n' "$*"; }
die() { printf 'scale.sh: %s\n' "$*" >&2; exit 1; }
now() { date +%s.%N; }
port_taken() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

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
  mvn -q -Dmaven.test.skip=true package liberty:install-server dependency:build-classpath \
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
SOURCES=(src/bench/java/dev/tilmash/article/BenchDataset.java src/bench/java/dev/tilmash/bench/JfrHotspots.java)
javac -nowarn -encoding UTF-8 --release 17 -d "$OUT/classes" -cp "target/classes:$CP" \
  -sourcepath src/bench/java -implicit:class "${SOURCES[@]}" 2>"$RUN/javac.log" || { cat "$RUN/javac.log" >&2; die "javac failed"; }

# --- dataset -------------------------------------------------------------------------------------
if [ "$REUSE" = 1 ] && [ -f "$DB.mv.db" ]; then
  say "reusing the dataset in $DB.mv.db"
  DATASET="reused $(cat "$OUT/db-$ARTICLES/dataset.txt" 2>/dev/null || echo '(build figures unknown)')"
else
  say "building the dataset: $ARTICLES articles x 5 languages"
  rm -rf "$OUT/db-$ARTICLES"
  mkdir -p "$OUT/db-$ARTICLES"
  set +e
  java -Xmx1g -cp "$OUT/classes:target/classes:$CP" dev.tilmash.article.BenchDataset \
    "$DB" "$ARTICLES" src/main/resources/demo/articles 2>&1 |
    { grep --line-buffered -v '^SLF4J' || true; } | tee "$RUN/dataset.log"
  status=${PIPESTATUS[0]}
  set -e
  [ "$status" = 0 ] || die "the dataset builder failed"
  line=$(grep '^DATASET' "$RUN/dataset.log")
  val() { sed -E "s/.* $1=([^ ]+).*/\1/" <<<"$line"; }
  DATASET="$(val versions) versions in $(val build_s) s = $(val rate) versions/s (builder's CPU: $(val cpu_s) s = $(val per_cpu_s) versions per CPU second); with migrations, checks and compacting the file ($(val compact_s) s): $(val total_s) s"
  echo "$DATASET" >"$OUT/db-$ARTICLES/dataset.txt"
fi
DB_SIZE=$(du -sh "$DB.mv.db" | cut -f1)

# --- server --------------------------------------------------------------------------------------
SDIR=$WLP_USER_DIR/servers/$SERVER
rm -rf "$SDIR"
mkdir -p "$SDIR/apps" "$SDIR/configDropins/overrides" "$WLP_USER_DIR/shared/resources/jdbc"
cp -r liberty-config/. "$SDIR/"
cp target/tilmash.war "$SDIR/apps/"
H2_JAR=$(tr ':' '\n' <"$OUT/classpath.txt" | grep '/h2-[0-9.]*\.jar$' | head -1)
[ -n "$H2_JAR" ] || die "no H2 jar on the class path"
cp "$H2_JAR" "$WLP_USER_DIR/shared/resources/jdbc/h2.jar"
bench_server_files "$SDIR" "$DB" "$PORT" "$HTTPS_PORT"
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
  deadline=$(($(date +%s) + 600))
  while [ "$(date +%s)" -lt "$deadline" ]; do
    code=$(curl -s -o /dev/null -w '%{http_code}' "$PROBE" || true)
    if [ "$code" = 200 ]; then
      STARTED_AFTER=$(awk -v a="$t0" -v b="$(now)" 'BEGIN { printf "%.1f", b - a }')
      return 0
    fi
    sleep 0.1
  done
  die "no 200 from $PROBE within 600 s (see $SDIR/logs/messages.log)"
}
stop_server() {
  "$WLP/bin/server" stop "$SERVER" >>"$RUN/server-start.log" 2>&1 || true
  SERVER_STARTED=0
}

say "first start (the account table is empty: the server creates the demo accounts)"
start_server
FIRST_START=$STARTED_AFTER
say "  first delivery answer after $FIRST_START s"
# The server rebuilds its search index in the background when the index does not hold what the
# database holds (rows written past Hibernate, as here): wait for that on the first start, so that
# (f) searches the whole dataset. The signal is the server's log (dev.tilmash.search).
INDEX_NOTE=""
LOG=$SDIR/logs/messages.log
sleep 2
if grep -q 'Search index holds .* rebuilding' "$LOG" 2>/dev/null; then
  say "  the server is rebuilding its search index; waiting (at most ${INDEX_TIMEOUT} s)"
  deadline=$(($(date +%s) + INDEX_TIMEOUT))
  until grep -qE 'Search index rebuilt|Search index check failed' "$LOG"; do
    [ "$(date +%s)" -lt "$deadline" ] || break
    sleep 5
  done
  INDEX_NOTE=$(grep -hoE 'Search index (rebuilt: .*|check failed.*)' "$LOG" | tail -1)
  INDEX_NOTE=${INDEX_NOTE:-"search index rebuild not finished after ${INDEX_TIMEOUT} s: (f) searched a partial index"}
  if [[ "$INDEX_NOTE" =~ rebuilt:\ ([0-9]+)\ versions\ in\ ([0-9]+)\ ms ]]; then
    INDEX_NOTE="search index rebuilt by the server: ${BASH_REMATCH[1]} versions in $((BASH_REMATCH[2] / 1000)) s = $(awk -v n="${BASH_REMATCH[1]}" -v ms="${BASH_REMATCH[2]}" 'BEGIN { printf "%.0f", n / (ms / 1000) }') versions/s"
  fi
  say "  $INDEX_NOTE"
fi
stop_server
say "restart"
start_server
STARTUP=$STARTED_AFTER
say "  first delivery answer after $STARTUP s"

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
  if [ "${f[1]}" = - ]; then
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

# (a) first: its body is what nginx serves
probe a "$BASE/api/v1/content/articles/$SLUG" "$NEGOTIATED"
[ "$CODE" = 200 ] || die "(a) answered $CODE"
CONTENT_LANGUAGE=$(grep -i '^content-language:' "$RUN/headers-a" | cut -d' ' -f2 | tr -d '\r')
ETAG=$(grep -i '^etag:' "$RUN/headers-a" | cut -d' ' -f2- | tr -d '\r')
[ -n "$ETAG" ] || die "(a) has no ETag"

# --- nginx, the same bytes as a static file ------------------------------------------------------
NGINX_DIR=$(mktemp -d /tmp/tilmash-bench-nginx.XXXXXX)
chmod 755 "$NGINX_DIR"
mkdir -p "$NGINX_DIR/html" "$NGINX_DIR/logs" "$NGINX_DIR/tmp"
cp "$RUN/body-a" "$NGINX_DIR/html/article.json"
chmod -R a+rX "$NGINX_DIR"
cat >"$NGINX_DIR/nginx.conf" <<EOF
worker_processes auto;
pid $NGINX_DIR/nginx.pid;
error_log $NGINX_DIR/logs/error.log warn;
events { worker_connections 1024; }
http {
  access_log off;
  default_type application/json;
  sendfile on;
  tcp_nopush on;
  keepalive_requests 100000000;
  client_body_temp_path $NGINX_DIR/tmp/body;
  proxy_temp_path $NGINX_DIR/tmp/proxy;
  fastcgi_temp_path $NGINX_DIR/tmp/fastcgi;
  uwsgi_temp_path $NGINX_DIR/tmp/uwsgi;
  scgi_temp_path $NGINX_DIR/tmp/scgi;
  server {
    listen 127.0.0.1:$NGINX_PORT;
    root $NGINX_DIR/html;
  }
}
EOF
"$NGINX" -p "$NGINX_DIR" -c "$NGINX_DIR/nginx.conf" -e "$NGINX_DIR/logs/error.log" ||
  die "nginx did not start"
NGINX_URL=http://127.0.0.1:$NGINX_PORT/article.json
for _ in $(seq 1 50); do
  [ "$(curl -s -o /dev/null -w '%{http_code}' "$NGINX_URL" || true)" = 200 ] && break
  sleep 0.1
done
NGINX_BYTES=$(curl -s "$NGINX_URL" | wc -c)
cmp -s "$RUN/body-a" <(curl -s "$NGINX_URL") || die "nginx does not serve the bytes of (a)"

say ""
say "wrk -t$THREADS -c$CONNECTIONS, ${WARMUP} s warm-up + ${DURATION} s per scenario, loopback; load average now: $(cut -d' ' -f1-3 /proc/loadavg)"
say "$HEADER"
measure nginx "$NGINX_URL" ""
NGINX_RPS=$RPS
row "nginx: the bytes of (a) as a static file" "$RPS" "$P50" "$P95" "$P99" "$NGINX_BYTES" "100%" "$ERRORS"
# stop nginx before Liberty is measured, so only one server runs at a time
kill "$(cat "$NGINX_DIR/nginx.pid")" 2>/dev/null || true
ratio() { awk -v a="$1" -v b="$NGINX_RPS" 'BEGIN { if (b > 0) printf "%.1f%%", 100 * a / b; else print "-" }'; }

scenario() { # key label url headers expected-status
  local key=$1 label=$2 url=$3 headers=$4 expected=$5
  probe "$key" "$url" "$headers"
  if [ "$CODE" != "$expected" ]; then
    if [ "$CODE" = 404 ] && [[ "$key" == f-* ]]; then
      row "$label" - "not available: ${url#"$BASE"} answers 404"
      return 0
    fi
    die "$label answered $CODE, expected $expected (body in $RUN/body-$key)"
  fi
  measure "$key" "$url" "$headers"
  if [ "$REQUESTS" = 0 ]; then
    row "$label" - "no answer within the ${DURATION} s run (one request with curl took $(printf '%.1f' "$TIME_TOTAL") s)"
    return 0
  fi
  row "$label" "$RPS" "$P50" "$P95" "$P99" "$BYTES" "$(ratio "$RPS")" "$ERRORS"
}

PID_FILE=$WLP_USER_DIR/servers/.pid/$SERVER.pid
# The editorial list and the search run through the REST runtime and security, which the JIT
# compiles apart from the delivery filter's path (measured: (e) went from 1,365 to 4,900 req/s
# between 15 s and 2 min of its own load). They are warmed first and (a) last: warming them after
# (a) made the JIT recompile the request path they share for both, and (a) lost a third.
JIT_OTHERS=$((JIT_WARMUP / 3))
say "(warming the JIT: ${JIT_OTHERS} s each on (e), (f) ru and (f) zh, then ${JIT_WARMUP} s on (a), not reported)"
: >"$RUN/wrk-jit-warmup.txt"
[ "$DELIVERY_ONLY" = 0 ] || JIT_OTHERS=0
if [ "$JIT_OTHERS" -gt 0 ]; then
  BENCH_HEADERS=$AUTH wrk -t"$THREADS" -c"$CONNECTIONS" -d"${JIT_OTHERS}s" --timeout 30s -s "$LUA" \
    "$BASE/api/v1/articles?state=PUBLISHED&language=kk" >>"$RUN/wrk-jit-warmup.txt" 2>&1 || true
  for q in "q=$Q_RU&lang=ru" "q=$Q_ZH&lang=zh"; do
    wrk -t"$THREADS" -c"$CONNECTIONS" -d"${JIT_OTHERS}s" --timeout 30s -s "$LUA" \
      "$BASE/api/v1/content/search?$q" >>"$RUN/wrk-jit-warmup.txt" 2>&1 || true
  done
fi
BENCH_HEADERS=$NEGOTIATED wrk -t"$THREADS" -c"$CONNECTIONS" -d"${JIT_WARMUP}s" --timeout 30s -s "$LUA" \
  "$BASE/api/v1/content/articles/$SLUG" >>"$RUN/wrk-jit-warmup.txt" 2>&1 || true
if [ "$PROFILE" = 1 ]; then
  jcmd "$(cat "$PID_FILE")" JFR.start name=bench settings=profile filename="$RUN/a.jfr" >/dev/null
fi
scenario a "(a) by slug, kk-KZ,ru;q=0.8 -> $CONTENT_LANGUAGE" "$BASE/api/v1/content/articles/$SLUG" \
  "$NEGOTIATED" 200
PROFILE_NOTE=""
if [ "$PROFILE" = 1 ]; then
  jcmd "$(cat "$PID_FILE")" JFR.stop name=bench >/dev/null
  java -cp "$OUT/classes" dev.tilmash.bench.JfrHotspots "$RUN/a.jfr" 15 >"$RUN/profile-a.txt"
  PROFILE_NOTE="$RUN/profile-a.txt"
fi
scenario b "(b) by id, ?lang=ru" "$BASE/api/v1/content/articles/$ID?lang=ru" "" 200
scenario c "(c) list of 20, ?lang=ru" "$BASE/api/v1/content/articles?lang=ru&size=20" "" 200
scenario d "(d) (a) with If-None-Match -> 304" "$BASE/api/v1/content/articles/$SLUG" \
  "$NEGOTIATED
If-None-Match: $ETAG" 304
if [ "$COMPRESSION_ROUNDS" -gt 0 ]; then
  . "$ROOT/src/bench/compression.sh"
fi
MISS_NOTE="-"
SEARCH_NOTE=" -"
if [ "$DELIVERY_ONLY" = 0 ]; then
  scenario e "(e) editorial list PUBLISHED+kk, editor" \
    "$BASE/api/v1/articles?state=PUBLISHED&language=kk" "$AUTH" 200
  scenario f-ru "(f) full-text search, ru" "$BASE/api/v1/content/search?q=$Q_RU&lang=ru" "" 200
  scenario f-zh "(f) full-text search, zh" "$BASE/api/v1/content/search?q=$Q_ZH&lang=zh" "" 200
  # The same three with one connection: the time one request takes when it does not queue behind
  # 31 others on two cores, i.e. what a single editor or reader waits.
  SCENARIO_CONNECTIONS=1 scenario e1 "(e) editorial list, 1 connection" \
    "$BASE/api/v1/articles?state=PUBLISHED&language=kk" "$AUTH" 200
  SCENARIO_CONNECTIONS=1 scenario f-ru1 "(f) search ru, 1 connection" \
    "$BASE/api/v1/content/search?q=$Q_RU&lang=ru" "" 200
  SCENARIO_CONNECTIONS=1 scenario f-zh1 "(f) search zh, 1 connection" \
    "$BASE/api/v1/content/search?q=$Q_ZH&lang=zh" "" 200
  # The editorial list and the search remember answers until the data or the index changes, so the
  # scenarios above measure remembered answers. What an answer costs when it is computed: pages and
  # queries not asked before, one request each with curl, the JIT warm.
  MISS_NOTE=""
  miss() { # key url headers
    probe "$1" "$2" "$3"
    MISS_NOTE="$MISS_NOTE${MISS_NOTE:+, }$1 $(awk -v t="$TIME_TOTAL" 'BEGIN { printf "%.0f", 1000 * t }') ms ($CODE)"
  }
  for p in 2 3 4; do
    miss "e-page$p" "$BASE/api/v1/articles?state=PUBLISHED&language=kk&page=$p" "$AUTH"
    miss "f-ru-page$p" "$BASE/api/v1/content/search?q=$Q_RU&lang=ru&page=$p" ""
    miss "f-zh-page$p" "$BASE/api/v1/content/search?q=$Q_ZH&lang=zh&page=$p" ""
  done
  SEARCH_NOTE=""
  for k in f-ru f-zh; do
    case $k in f-ru) q='q=торговля&lang=ru' ;; *) q='q=中亚&lang=zh' ;; esac
    hits=$(jq -r '.total // empty' "$RUN/body-$k" 2>/dev/null || true)
    SEARCH_NOTE="$SEARCH_NOTE${SEARCH_NOTE:+;} $q: ${hits:-no} hits"
  done
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

# --- report --------------------------------------------------------------------------------------
CPU=$(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ //')
MEM=$(awk '/MemTotal/ { printf "%.0f GB", $2 / 1048576 }' /proc/meminfo)
say ""
say "dataset:  $ARTICLES articles x 5 languages: $DATASET; H2 file $DB_SIZE"
say "startup:  $STARTUP s from 'server start' to the first 200 of $PROBE (first start, creating the demo accounts: $FIRST_START s)"
say "RSS:      $RSS_MB MB (Liberty JVM after the load; $JVM_NOTE)"
say "GC:       $GC_NOTE"
say "search:  $SEARCH_NOTE${INDEX_NOTE:+ ($INDEX_NOTE at the first start)}"
say "answers computed, not remembered (pages not asked before, warm JIT): $MISS_NOTE"
say "machine:  $(nproc) cores ($CPU), $MEM; load average before $LOAD_BEFORE, after $LOAD_AFTER"
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
    if [ "${f[1]}" = - ]; then
      echo "| ${f[0]} | ${f[2]} | | | | | | |"
    else
      echo "| ${f[0]} | ${f[1]} | ${f[2]} | ${f[3]} | ${f[4]} | ${f[5]} | ${f[6]} | ${f[7]} |"
    fi
  done
  echo
  echo "- Dataset: $DATASET; H2 file $DB_SIZE."
  echo "- Startup: $STARTUP s from \`server start\` to the first 200 of a delivery request" \
    "(first start on the new database, which also creates the demo accounts: $FIRST_START s)."
  echo "- RSS of the Liberty JVM after the load: $RSS_MB MB ($JVM_NOTE)."
  echo "- Garbage collection since the restart: $GC_NOTE."
  echo "- Search:$SEARCH_NOTE${INDEX_NOTE:+ ($INDEX_NOTE at the first start)}."
  echo "- Answers of (e) and (f) computed rather than remembered (pages 2-4, not asked before; one request each with curl, the JIT warm): $MISS_NOTE."
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
