#!/usr/bin/env bash
# Crash test under load: nothing acknowledged is ever lost (a 2xx write survives kill -9).
#
# Each round, WRITERS background curl loops create articles and save their English versions with
# If-Match while the server runs; at a random moment the server gets SIGKILL. It is started again
# and every write that got a 2xx is checked: the article answers by id, and each acknowledged save
# is there as the revision it was acknowledged as, with its words (the version may be further on,
# from a write that committed but whose answer the kill cut off). The restarted server serves the
# next round. Prints the figures per round and in total; exits 1 on any loss.
#
# Usage: src/bench/durability.sh [ROUNDS] [WRITERS]   (from any directory, after `mvn package`)
#   ROUNDS   rounds of load, kill and restart (default 5)
#   WRITERS  concurrent writer loops (default 6)
# Environment: CRASH_PORT (default 9690; https on +1), CRASH_MIN_SECONDS and CRASH_MAX_SECONDS
# (the kill comes a random 3-10 s after the round's first acknowledged write by default), CRASH_MAX_WRITES (per writer and
# round, default 400), MVN (default `mvn -q`, e.g. `mvn -q -o`; only used when target/ lacks the
# Liberty runtime or the H2 driver).
#
# The server is a Liberty server of its own (tilmashCrash, in target/crash/wlp) on its own ports
# with a throw-away database, so it never touches the `tilmash` server of `mvn liberty:run`, the
# integration tests' tilmashIT or another checkout's servers. It is stopped on exit, however the
# script ends.
set -euo pipefail
{ # bash reads the whole block before running it: editing this file during a run is harmless

ROOT=$(cd "$(dirname "$0")/../.." && pwd)
cd "$ROOT"

ROUNDS=${1:-5}
WRITERS=${2:-6}
PORT=${CRASH_PORT:-9690}
HTTPS_PORT=$((PORT + 1))
MIN_S=${CRASH_MIN_SECONDS:-3}
MAX_S=${CRASH_MAX_SECONDS:-10}
MAX_WRITES=${CRASH_MAX_WRITES:-400}
MVN=${MVN:-mvn -q}
BASE=http://127.0.0.1:$PORT/api/v1
HEALTH=http://127.0.0.1:$PORT/health/ready
WLP=$ROOT/target/liberty/wlp
SERVER=tilmashCrash
OUT=$ROOT/target/crash
export WLP_USER_DIR=$OUT/wlp
SDIR=$WLP_USER_DIR/servers/$SERVER
PID_FILE=$WLP_USER_DIR/servers/.pid/$SERVER.pid
RUN=$(mktemp -d)
DB=$RUN/db/tilmash

say() { printf '%s\n' "$*"; }
die() { printf 'durability.sh: %s\n' "$*" >&2; exit 2; }
port_taken() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

WRITER_PIDS=()
SERVER_UP=0
cleanup() {
  touch "$RUN/stop" 2>/dev/null || true
  for pid in "${WRITER_PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done
  wait 2>/dev/null || true
  if [ "$SERVER_UP" = 1 ]; then
    "$WLP/bin/server" stop "$SERVER" >/dev/null 2>&1 || true
    if [ -f "$PID_FILE" ]; then kill -9 "$(cat "$PID_FILE")" 2>/dev/null || true; fi
  fi
  rm -rf "$RUN"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

[[ "$ROUNDS" =~ ^[1-9][0-9]*$ ]] || die "ROUNDS must be a positive integer"
[[ "$WRITERS" =~ ^[1-9][0-9]*$ ]] || die "WRITERS must be a positive integer"
[ -f target/tilmash.war ] || die "no target/tilmash.war: run mvn package first"
command -v curl >/dev/null || die "curl is needed"
for p in "$PORT" "$HTTPS_PORT"; do
  port_taken "$p" && die "port $p is in use; set CRASH_PORT"
done

# --- the server's files ---------------------------------------------------------------------------
H2=$WLP/usr/shared/resources/jdbc/h2.jar
if [ ! -x "$WLP/bin/server" ] || [ ! -f "$H2" ]; then
  say "installing the Liberty runtime and the H2 driver into target/liberty"
  $MVN -Dmaven.test.skip=true liberty:install-server dependency:copy@it-jdbc-drivers >/dev/null
fi
rm -rf "$SDIR"
mkdir -p "$SDIR/apps" "$WLP_USER_DIR/shared/resources/jdbc" "$RUN/acks"
cp -r liberty-config/. "$SDIR/"
cp target/tilmash.war "$SDIR/apps/"
cp "$H2" "$WLP_USER_DIR/shared/resources/jdbc/h2.jar"
cat >"$SDIR/bootstrap.properties" <<EOF
tilmash.db.path=$DB
http.port=$PORT
https.port=$HTTPS_PORT
EOF

start_server() {
  SERVER_UP=1
  "$WLP/bin/server" start "$SERVER" >>"$RUN/server.log" 2>&1 ||
    die "server start failed (see $SDIR/logs/messages.log)"
  for _ in $(seq 1 300); do
    [ "$(curl -s -o /dev/null -w '%{http_code}' "$HEALTH")" = 200 ] && return 0
    sleep 1
  done
  die "the server was not ready after 300 s (see $SDIR/logs/messages.log)"
}

kill_server() {
  [ -f "$PID_FILE" ] || die "no pid file $PID_FILE"
  kill -9 "$(cat "$PID_FILE")"
  for _ in $(seq 1 100); do port_taken "$PORT" || break; sleep 0.1; done
  rm -f "$PID_FILE"
}

# One writer: creates articles and saves each one's English version three times with If-Match,
# until the round stops it; prints a line per acknowledged write, only once its 2xx has arrived:
# "A <id>" for an article, "V <id> <revision> <marker>" for a save.
writer() {
  set +e
  local round=$1 w=$2 n=0 s id code etag rev marker
  local body=$RUN/w$round-$w.body hdr=$RUN/w$round-$w.hdr
  while [ ! -e "$RUN/stop" ] && [ "$n" -lt "$MAX_WRITES" ]; do
    n=$((n + 1))
    code=$(curl -s -m 60 -o "$body" -w '%{http_code}' -u editor:demo \
      -H 'Content-Type: application/json' "$BASE/articles" \
      -d "{\"sourceLanguage\":\"en\",\"title\":\"Crash r$round w$w n$n\",\"body\":\"Body r$round w$w n$n\"}")
    [ "$code" = 201 ] || continue
    id=$(grep -o '"id":"[^"]*"' "$body" | head -1 | cut -d'"' -f4)
    echo "A $id"
    code=$(curl -s -m 60 -D "$hdr" -o /dev/null -w '%{http_code}' -u editor:demo \
      "$BASE/articles/$id/versions/en")
    [ "$code" = 200 ] || continue
    etag=$(grep -i '^etag:' "$hdr" | cut -d' ' -f2- | tr -d '\r')
    for s in 1 2 3; do
      [ -e "$RUN/stop" ] && break
      marker=r$round-w$w-n$n-s$s
      code=$(curl -s -m 60 -D "$hdr" -o "$body" -w '%{http_code}' -u editor:demo -X PUT \
        -H 'Content-Type: application/json' -H "If-Match: $etag" "$BASE/articles/$id/versions/en" \
        -d "{\"title\":\"Saved $marker\",\"body\":\"Words of $marker\"}")
      [ "$code" = 200 ] || break
      rev=$(grep -o '"workingRevision":[0-9]*' "$body" | head -1 | cut -d: -f2)
      etag=$(grep -i '^etag:' "$hdr" | cut -d' ' -f2- | tr -d '\r')
      echo "V $id $rev $marker"
    done
  done
}

# The status of a GET as editor (the body in $2 when given). A request that gets no answer at all
# (000: the restarted server still warming up on a loaded machine) is tried again, up to 5 times:
# only an answer says whether a write is there.
get_status() {
  local code=000
  for _ in 1 2 3 4 5; do
    code=$(curl -s -m 60 -o "${2:-/dev/null}" -w '%{http_code}' -u editor:demo "$1")
    [ "$code" != 000 ] && break
    sleep 5
  done
  echo "$code"
}

# Checks the acknowledged writes listed in $1 on the running server; prints how many are lost
# (and each loss on stderr). A write that could not be checked at all counts as lost.
verify() {
  local lost=0 kind id rev marker code
  while read -r kind id rev marker; do
    if [ "$kind" = A ]; then
      code=$(get_status "$BASE/articles/$id")
      [ "$code" = 200 ] || { echo "lost: article $id ($code)" >&2; lost=$((lost + 1)); }
    else
      code=$(get_status "$BASE/articles/$id/versions/en/revisions/$rev" "$RUN/check")
      if [ "$code" != 200 ] || ! grep -q "Saved $marker" "$RUN/check"; then
        echo "lost: save $marker of $id as revision $rev ($code)" >&2
        lost=$((lost + 1))
      fi
    fi
  done <"$1"
  echo "$lost"
}

# --- rounds ---------------------------------------------------------------------------------------
T0=$(date +%s)
say "crash test: $ROUNDS rounds, $WRITERS writers, SIGKILL ${MIN_S}-${MAX_S} s into the load, port $PORT"
start_server
TOTAL_ACKS=0 TOTAL_ARTICLES=0 TOTAL_SAVES=0 TOTAL_LOST=0
for round in $(seq 1 "$ROUNDS"); do
  rm -f "$RUN/stop"
  WRITER_PIDS=()
  for w in $(seq 1 "$WRITERS"); do
    writer "$round" "$w" >"$RUN/acks/r$round-w$w" 2>/dev/null &
    WRITER_PIDS+=($!)
  done
  # The kill comes at a random moment once the writers are under way (the first acknowledged
  # write, at most 120 s in), so that a slow machine still gives every round writes to check.
  for _ in $(seq 1 1200); do
    [ -n "$(cat "$RUN"/acks/r"$round"-w* 2>/dev/null | head -1)" ] && break
    sleep 0.1
  done
  after=$((MIN_S + RANDOM % (MAX_S - MIN_S + 1)))
  sleep "$after"
  kill_server
  touch "$RUN/stop"
  wait "${WRITER_PIDS[@]}" 2>/dev/null || true
  WRITER_PIDS=()
  start_server
  cat "$RUN"/acks/r"$round"-w* >"$RUN/round-$round"
  articles=$(grep -c '^A ' "$RUN/round-$round" || true)
  saves=$(grep -c '^V ' "$RUN/round-$round" || true)
  lost=$(verify "$RUN/round-$round")
  TOTAL_ARTICLES=$((TOTAL_ARTICLES + articles)) TOTAL_SAVES=$((TOTAL_SAVES + saves))
  TOTAL_ACKS=$((TOTAL_ACKS + articles + saves)) TOTAL_LOST=$((TOTAL_LOST + lost))
  say "round $round: SIGKILL $after s after the first acknowledged write; acknowledged $((articles + saves)) writes ($articles articles, $saves saves); lost $lost"
done

# Every round's writes once more, after the last restart.
cat "$RUN"/round-* >"$RUN/all"
lost_at_end=$(verify "$RUN/all")
"$WLP/bin/server" stop "$SERVER" >/dev/null 2>&1 || true
SERVER_UP=0
WALL=$(($(date +%s) - T0))
say "total: $ROUNDS rounds, $TOTAL_ACKS acknowledged writes ($TOTAL_ARTICLES articles, $TOTAL_SAVES saves), $TOTAL_LOST lost after their round's restart, $lost_at_end lost after the last, wall time $WALL s"
[ "$TOTAL_LOST" = 0 ] && [ "$lost_at_end" = 0 ]
exit
}
