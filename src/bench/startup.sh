#!/usr/bin/env bash
# Startup time and memory (issue 15). Starts the packaged application on a Liberty server of its
# own, polls a delivery URL until its first 200, and prints the seconds from the server process's
# start to that answer, Liberty's own "application started" and "server started" figures, and the
# JVM's RSS once idle; with --load also after a load, with --nmt the native memory summary and how
# RSS splits into anonymous and file-backed pages. Then it stops the server. Not a test: nothing
# runs it in a build and it asserts no timings; the figures are only as quiet as the machine.
#
# Usage: src/bench/startup.sh [options]          (from any directory; after `mvn package`)
#   --fresh            start on an empty database (the demo newsroom is loaded); else the data of
#                      earlier runs in target/bench-startup/data-NAME is reused (first run: empty)
#   --cold             a server never started before: no OSGi bundle cache, annotation cache,
#                      OpenAPI cache or LTPA keys in its workarea (else those of the variant's
#                      previous run are kept, as when an installed server restarts)
#   --name NAME        a label for this variant: its data dir and output (default: current)
#   --war FILE         the WAR to run (default: target/tilmash.war)
#   --config DIR       the Liberty config to run it with (default: liberty-config)
#   --load S           after the idle reading, S seconds of wrk load on delivery and search, then
#                      RSS again
#   --nmt              native memory tracking: NMT summary and smaps_rollup after the last reading
#   --idle S           seconds to wait after the first 200 before reading idle RSS (default 10)
# Environment: JAVA_HOME (the JDK that runs the server), BENCH_JVM_ARGS (extra JVM options, one
# line each, appended to the config's jvm.options), STARTUP_PORT (default 9791; https on +2),
# STARTUP_TIMEOUT (seconds to wait for the first 200, default 1800).
# Output: one line "RESULT name=... first200_s=... cpu_s=... load1=... app_started_s=... server_started_s=...
# rss_idle_mb=... classes=... [rss_load_mb=...]", and the server's logs in target/bench-startup/run-NAME/.
set -euo pipefail
{ # bash reads the whole block before running it: editing this file during a run is harmless

ROOT=$(cd "$(dirname "$0")/../.." && pwd)
cd "$ROOT"

FRESH=0
COLD=0
NAME=current
WAR=$ROOT/target/tilmash.war
CONFIG=$ROOT/liberty-config
LOAD=0
NMT=0
IDLE=10
while [ $# -gt 0 ]; do
  case "$1" in
    --fresh) FRESH=1; shift ;;
    --cold) COLD=1; shift ;;
    --name) NAME=$2; shift 2 ;;
    --war) WAR=$(realpath "$2"); shift 2 ;;
    --config) CONFIG=$(realpath "$2"); shift 2 ;;
    --load) LOAD=$2; shift 2 ;;
    --nmt) NMT=1; shift ;;
    --idle) IDLE=$2; shift 2 ;;
    -h | --help) sed -n '2,22p' "$0"; exit 0 ;;
    *) echo "unknown option: $1 (see --help)" >&2; exit 2 ;;
  esac
done

PORT=${STARTUP_PORT:-9791}
HTTPS_PORT=$((PORT + 2))
BASE=http://127.0.0.1:$PORT
OUT=$ROOT/target/bench-startup
RUN=$OUT/run-$NAME
DATA=$OUT/data-$NAME
WLP=$ROOT/target/liberty/wlp
SERVER=startupBench
# The benchmark's own Liberty user directory per variant, so it never touches the servers of
# `mvn liberty:run` or of the integration tests, and two variants can run at the same time (on two
# ports): on a shared, loaded machine that is the fairest A/B, both under the same load.
export WLP_USER_DIR=$OUT/wlp-$NAME
SDIR=$WLP_USER_DIR/servers/$SERVER
JAVA=${JAVA_HOME:+$JAVA_HOME/bin/}java

# shellcheck source=bench-server.sh
. "$ROOT/src/bench/bench-server.sh"
say() { printf '%s\n' "$*"; }
die() { printf 'startup.sh: %s\n' "$*" >&2; exit 1; }
now() { date +%s.%N; }
since() { awk -v a="$1" -v b="$(now)" 'BEGIN { printf "%.1f", b - a }'; }
port_taken() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

SERVER_PID=
cleanup() {
  if [ -n "$SERVER_PID" ]; then
    "$WLP/bin/server" stop "$SERVER" >>"$RUN/server.log" 2>&1 || kill "$SERVER_PID" 2>/dev/null || true
    wait "$SERVER_PID" 2>/dev/null || true
  fi
}
trap cleanup EXIT
trap 'exit 130' INT TERM

[ -f "$WAR" ] || die "no $WAR (run mvn package first)"
[ -x "$WLP/bin/server" ] || die "no Liberty runtime in $WLP (mvn liberty:create)"
for p in "$PORT" "$HTTPS_PORT"; do
  port_taken "$p" && die "port $p is in use; set STARTUP_PORT"
done
if [ "$LOAD" != 0 ]; then command -v wrk >/dev/null || die "--load needs wrk (apt-get install wrk)"; fi

rm -rf "$RUN"
if [ "$COLD" = 1 ]; then
  rm -rf "$SDIR"
else # a restart: the server keeps its workarea and keys, and gets its config and WAR anew
  find "$SDIR" -mindepth 1 -maxdepth 1 ! -name workarea ! -name resources -exec rm -rf {} + 2>/dev/null || true
fi
mkdir -p "$RUN" "$SDIR/apps" "$SDIR/configDropins/overrides" "$WLP_USER_DIR/shared/resources/jdbc"
[ "$FRESH" = 1 ] && rm -rf "$DATA"
mkdir -p "$DATA"
cp -r "$CONFIG/." "$SDIR/"
cp "$WAR" "$SDIR/apps/tilmash.war"
cp "$WLP/usr/shared/resources/jdbc/"*.jar "$WLP_USER_DIR/shared/resources/jdbc/" 2>/dev/null ||
  die "no JDBC drivers in $WLP/usr/shared/resources/jdbc (mvn liberty:deploy copies them)"
bench_server_files "$SDIR" "$DATA/tilmash" "$PORT" "$HTTPS_PORT"
[ -n "${BENCH_JVM_ARGS:-}" ] && printf '\n%s\n' "$BENCH_JVM_ARGS" >>"$SDIR/jvm.options"
[ "$NMT" = 1 ] && printf '\n-XX:NativeMemoryTracking=summary\n' >>"$SDIR/jvm.options"

PROBE="$BASE/api/v1/content/articles?lang=en&size=1"
say "$NAME: $("$JAVA" -version 2>&1 | head -1); $([ "$FRESH" = 1 ] && echo 'empty database' || echo 'existing database'); $([ "$COLD" = 1 ] && echo 'cold server' || echo 'restart')"
T0=$(now)
# `server run` ends in exec java, so the background job's PID is the JVM's own
"$WLP/bin/server" run "$SERVER" >"$RUN/server.log" 2>&1 &
SERVER_PID=$!
deadline=$(($(date +%s) + ${STARTUP_TIMEOUT:-1800}))
while :; do
  [ "$(date +%s)" -lt "$deadline" ] || die "no 200 from $PROBE within ${STARTUP_TIMEOUT:-1800} s (see $RUN/server.log)"
  kill -0 "$SERVER_PID" 2>/dev/null || die "the server ended (see $RUN/server.log)"
  [ "$(curl -s -o /dev/null -w '%{http_code}' "$PROBE" || true)" = 200 ] && break
  sleep 0.1
done
FIRST=$(since "$T0")
# CPU seconds the JVM used until then (user + system, all threads): on a shared, loaded machine
# this moves far less than the wall time
TICKS=$(getconf CLK_TCK)
cpu_s() { awk -v t="$TICKS" '{ sub(/^.*\) /, ""); printf "%.1f", ($12 + $13) / t }' "/proc/$SERVER_PID/stat"; }
CPU=$(cpu_s)
LOG=$SDIR/logs/messages.log
# CWWKZ0001I: Application tilmash started in 13.1 seconds. CWWKF0011I: ... started in 18.8 seconds.
seconds_of() { grep -h "$1" "$LOG" | sed -E 's/.* in ([0-9.]+) seconds.*/\1/' | tail -1; }
APP=$(seconds_of CWWKZ0001I)
SRV=$(seconds_of CWWKF0011I)
rss_mb() { awk '/^VmRSS/ { printf "%.0f", $2 / 1024 }' "/proc/$SERVER_PID/status"; }
sleep "$IDLE"
RSS_IDLE=$(rss_mb)
# classes loaded by then (jstat -class: Loaded), the start's main work being class loading
CLASSES=$("${JAVA_HOME:+$JAVA_HOME/bin/}jstat" -class "$SERVER_PID" 2>/dev/null | awk 'NR == 2 { print $1 }')
RESULT="RESULT name=$NAME cold=$COLD first200_s=$FIRST cpu_s=$CPU load1=$(cut -d" " -f1 /proc/loadavg) app_started_s=${APP:-?} server_started_s=${SRV:-?} rss_idle_mb=$RSS_IDLE classes=${CLASSES:-?}"

if [ "$LOAD" != 0 ]; then
  # a third each: one article negotiated for a Kazakh reader, a Russian list, a Russian search
  SLUG=$(curl -s "$BASE/api/v1/content/articles?lang=en&size=1" | sed -E 's/.*"slug":"([^"]+)".*/\1/')
  third=$(((LOAD + 2) / 3))
  wrk -t2 -c16 --timeout 30s -d"${third}s" -H 'Accept-Language: kk-KZ,ru;q=0.8' \
    "$BASE/api/v1/content/articles/$SLUG" >"$RUN/wrk-article.txt"
  wrk -t2 -c16 --timeout 30s -d"${third}s" "$BASE/api/v1/content/articles?lang=ru&size=20" >"$RUN/wrk-list.txt"
  wrk -t2 -c16 --timeout 30s -d"${third}s" "$BASE/api/v1/content/search?q=corridor&lang=en" >"$RUN/wrk-search.txt"
  sleep 2
  RESULT="$RESULT rss_load_mb=$(rss_mb) load_s=$LOAD"
fi
if [ "$NMT" = 1 ]; then
  "${JAVA_HOME:+$JAVA_HOME/bin/}jcmd" "$SERVER_PID" VM.native_memory summary >"$RUN/nmt.txt" 2>&1 || true
  cp "/proc/$SERVER_PID/smaps_rollup" "$RUN/smaps_rollup.txt"
  awk '/^(Rss|Anonymous|Pss_Anon|Pss_File|Pss_Shmem):/ { printf "%s %.0f MB  ", $1, $2 / 1024 } END { print "" }' \
    "$RUN/smaps_rollup.txt"
  grep -E '^-? *(Total|Java Heap|Class|Thread|Code|GC|Compiler|Internal|Symbol|Native Memory Tracking|Arena Chunk|Metaspace|Shared class space|Other)' "$RUN/nmt.txt" || true
fi
cp "$LOG" "$RUN/messages.log"
say "$RESULT"
}
