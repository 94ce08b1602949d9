#!/usr/bin/env bash
# Nothing acknowledged is lost: creates N articles, kills the server with SIGKILL right after the
# last 201, restarts it and checks that every acknowledged article is there.
# Usage: src/bench/durability.sh [N]   (run from the project root after `mvn package`)
set -euo pipefail
N=${1:-50}
DB=$(mktemp -d)/tilmash
WLP=target/liberty/wlp
LOG=$(mktemp)

start() {
  mvn -q -DskipTests -Dtilmash.db.path="$DB" liberty:create liberty:deploy >/dev/null
  "$WLP/bin/server" start tilmash >/dev/null
  for _ in $(seq 1 120); do
    curl -sf localhost:9080/health/ready >/dev/null 2>&1 && return 0
    sleep 1
  done
  echo "server did not become ready" >&2
  exit 1
}

start
ids=()
for i in $(seq 1 "$N"); do
  id=$(curl -sf -u editor:demo -H 'Content-Type: application/json' localhost:9080/api/v1/articles \
    -d "{\"sourceLanguage\":\"en\",\"title\":\"Durability $i\",\"body\":\"Body $i\"}" |
    sed -E 's/.*"id":"([^"]+)".*/\1/')
  ids+=("$id")
done
kill -9 "$(pgrep -f 'ws-server.jar tilmash' | head -1)"
echo "acknowledged $N articles, then SIGKILL"
sleep 2
start
missing=0
for id in "${ids[@]}"; do
  code=$(curl -s -o /dev/null -w '%{http_code}' -u editor:demo "localhost:9080/api/v1/articles/$id")
  [ "$code" = 200 ] || { echo "lost: $id ($code)"; missing=$((missing + 1)); }
done
"$WLP/bin/server" stop tilmash >/dev/null
echo "after restart: $((N - missing)) of $N present"
[ "$missing" = 0 ]
