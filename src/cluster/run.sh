#!/usr/bin/env bash
# The production topology on one machine: PostgreSQL, one OpenSearch node, two Tilmash instances
# and nginx balancing them, with the demo newsroom.
#
#   src/cluster/run.sh up       build if needed, start everything, return once all of it is ready
#   src/cluster/run.sh down     stop everything `up` started, by PID
#   src/cluster/run.sh status   what is running
#
# Ports (environment, defaults in brackets): CLUSTER_PORT [9080] for nginx, A_PORT [9081] and
# B_PORT [9082] for the instances, PG_PORT [5440], OS_PORT [9200] (OpenSearch's HTTP is then on
# OS_PORT+1). CLUSTER_DIR [target/cluster] holds the data, the logs and the PID files.
# CLUSTER_SKIP_BUILD=1 uses the WAR that is there. INSTANCE_START_SECONDS [900] is how long an
# instance may take to be ready (a loaded machine needs minutes). See docs/cluster.md.
set -euo pipefail

ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
HERE="$ROOT/src/cluster"
CLUSTER_DIR="${CLUSTER_DIR:-$ROOT/target/cluster}"
CLUSTER_PORT="${CLUSTER_PORT:-9080}"
A_PORT="${A_PORT:-9081}"
B_PORT="${B_PORT:-9082}"
PG_PORT="${PG_PORT:-5440}"
OS_PORT="${OS_PORT:-9200}"
OS_HTTP=$((OS_PORT + 1))
WLP="$ROOT/target/liberty/wlp"
export CLUSTER_DIR CLUSTER_PORT A_PORT B_PORT PG_PORT OS_PORT OS_HTTP WLP ROOT

# shellcheck source=src/cluster/parts.sh
source "$HERE/parts.sh"

stop_all() {
  nginx_down
  instance_down b
  instance_down a
  opensearch_down
  postgres_down
}

case "${1:-}" in
  up)
    mkdir -p "$CLUSTER_DIR/logs" "$CLUSTER_DIR/pids"
    # A failed `up` stops what it had started, so that nothing is left behind.
    trap 'rc=$?; if [ "$rc" -ne 0 ]; then log "up failed; stopping what it started"; stop_all; fi' EXIT
    need_debian_packages
    build_once
    opensearch_start # its JVM starts while PostgreSQL does
    postgres_up
    opensearch_ready
    # A starts first and migrates the empty database and loads the demo newsroom; B then finds
    # both done, so the two never race over the first start.
    instance_up a "$A_PORT"
    instance_up b "$B_PORT"
    nginx_up
    trap - EXIT
    echo "cluster ready: http://localhost:$CLUSTER_PORT (instances $A_PORT and $B_PORT," \
      "PostgreSQL $PG_PORT, OpenSearch $OS_HTTP) after $SECONDS s"
    ;;
  down)
    stop_all
    echo "cluster stopped"
    ;;
  status)
    for name in nginx tilmash-a tilmash-b opensearch postgres; do
      if alive "$name"; then echo "$name: running (pid $(pid_of "$name"))"; else echo "$name: stopped"; fi
    done
    ;;
  *)
    echo "usage: $0 up|down|status" >&2
    exit 2
    ;;
esac
