# The parts of the cluster that run.sh starts and stops, one pair of functions each. Sourced by
# run.sh, which sets the ports and folders.

log() { echo "[cluster] $*" >&2; }

pid_of() { cat "$CLUSTER_DIR/pids/$1.pid" 2>/dev/null || true; }

alive() {
  local pid
  pid="$(pid_of "$1")"
  [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null
}

# Waits until a URL answers 200 (or the process behind NAME has died), at most SECONDS seconds.
wait_for() {
  local name="$1" url="$2" deadline=$((SECONDS + $3))
  until curl -fs -o /dev/null --max-time 5 "$url"; do
    if ! alive "$name"; then
      log "$name died while starting; its log is in $CLUSTER_DIR/logs"
      return 1
    fi
    if [ "$SECONDS" -ge "$deadline" ]; then
      log "$name was not ready at $url after $3 s; its log is in $CLUSTER_DIR/logs"
      return 1
    fi
    sleep 1
  done
}

# Stops the process behind NAME by its PID: SIGNAL (TERM unless given), then KILL after a grace
# period, and waits until it is gone, so that `down` leaves no process behind.
stop_pid() {
  local name="$1" signal="${2:-TERM}" pid
  pid="$(pid_of "$name")"
  if [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null; then
    kill "-$signal" "$pid" 2>/dev/null || true
    for _ in $(seq 1 120); do
      kill -0 "$pid" 2>/dev/null || break
      sleep 0.5
    done
    if kill -0 "$pid" 2>/dev/null; then
      log "$name did not stop within 60 s: kill -9 $pid"
      kill -9 "$pid" 2>/dev/null || true
      while kill -0 "$pid" 2>/dev/null; do sleep 0.2; done
    fi
    log "$name stopped (pid $pid)"
  fi
  rm -f "$CLUSTER_DIR/pids/$name.pid"
}

# Root's commands: as root, or through sudo without a prompt (a build must never wait on one).
as_root() {
  if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo -n "$@"; fi
}

need_debian_packages() {
  local missing=()
  command -v nginx >/dev/null || [ -x /usr/sbin/nginx ] || missing+=(nginx)
  postgres_bin >/dev/null || missing+=(postgresql)
  command -v curl >/dev/null || missing+=(curl)
  if [ "${#missing[@]}" -gt 0 ]; then
    log "installing from Debian: ${missing[*]}"
    as_root apt-get update -qq
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
  fi
}

# The WAR and the Liberty runtime with the JDBC drivers and our user feature (`mvn package` and
# the drivers' copy), and the class path of the OpenSearch runner: the test class path, which has
# the runner with the smartcn plugin, written to a file by the dependency plugin. Whatever is
# missing is built; after a `mvn package` only the class path is.
build_once() {
  local built=yes
  [ -f "$ROOT/target/tilmash.war" ] && [ -d "$WLP/usr/extension/lib" ] || built=
  if [ -n "$built" ] && [ -s "$ROOT/target/cluster-classpath.txt" ] \
    && [ -f "$WLP/usr/shared/resources/jdbc/postgresql.jar" ]; then
    return
  fi
  if [ -n "${CLUSTER_SKIP_BUILD:-}" ]; then
    log "CLUSTER_SKIP_BUILD is set but the build is missing: run mvn package first"
    return 1
  fi
  if [ -z "$built" ]; then
    log "building the WAR and the runtime (mvn package)"
    (cd "$ROOT" && mvn -B -ntp -q -DskipTests package)
  fi
  log "copying the JDBC drivers and writing the OpenSearch runner's class path"
  (cd "$ROOT" && mvn -B -ntp -q dependency:copy@it-jdbc-drivers \
    dependency:build-classpath@cluster-classpath)
}

# --- PostgreSQL (Debian's package; run as the postgres user when started by root) ---

postgres_bin() {
  local dir
  dir="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)"
  [ -n "$dir" ] && [ -x "$dir/pg_ctl" ] && echo "$dir"
}

as_postgres() {
  if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

# Where PostgreSQL keeps its files: CLUSTER_DIR, unless root runs this and the postgres user cannot
# reach CLUSTER_DIR (a clone under /root, say): then a folder of its own under /var/tmp. The choice
# is written to CLUSTER_DIR/postgres-home, so `up` finds the database again, and a new (emptied)
# CLUSTER_DIR starts a new one.
postgres_home() {
  if [ -f "$CLUSTER_DIR/postgres-home" ]; then
    cat "$CLUSTER_DIR/postgres-home"
    return
  fi
  local home="$CLUSTER_DIR"
  if [ "$(id -u)" -eq 0 ] && ! runuser -u postgres -- test -x "$CLUSTER_DIR"; then
    home="/var/tmp/tilmash-cluster-$PG_PORT-$(printf '%s' "$CLUSTER_DIR" | md5sum | cut -c1-12)"
    rm -rf "$home"
    mkdir -p "$home"
    chown postgres "$home"
  fi
  echo "$home" >"$CLUSTER_DIR/postgres-home"
  echo "$home"
}

postgres_up() {
  local bin home data socket pglog="$CLUSTER_DIR/logs/postgres.log"
  bin="$(postgres_bin)"
  if alive postgres; then return; fi
  home="$(postgres_home)"
  data="$home/postgres"
  socket="$home/postgres-socket"
  if [ "$home" != "$CLUSTER_DIR" ]; then
    pglog="$home/postgres.log"
    ln -sfn "$pglog" "$CLUSTER_DIR/logs/postgres.log"
  fi
  if [ ! -f "$data/PG_VERSION" ]; then
    log "creating the PostgreSQL cluster in $data"
    mkdir -p "$data"
    if [ "$(id -u)" -eq 0 ]; then chown postgres "$data"; fi
    as_postgres "$bin/initdb" -D "$data" -U tilmash --auth=trust -E UTF8 --locale=C.UTF-8 >/dev/null
  fi
  mkdir -p "$socket"
  touch "$pglog"
  if [ "$(id -u)" -eq 0 ]; then chown postgres "$socket" "$pglog"; fi
  as_postgres "$bin/pg_ctl" -D "$data" -w -l "$pglog" \
    -o "-p $PG_PORT -k $socket -c listen_addresses=localhost" start >/dev/null
  head -1 "$data/postmaster.pid" >"$CLUSTER_DIR/pids/postgres.pid"
  if ! "$bin/psql" -h localhost -p "$PG_PORT" -U tilmash -d postgres -tAc \
    "select 1 from pg_database where datname = 'tilmash'" | grep -q 1; then
    "$bin/psql" -h localhost -p "$PG_PORT" -U tilmash -d postgres -qc "create database tilmash"
  fi
  log "PostgreSQL ready on $PG_PORT (pid $(pid_of postgres))"
}

# SIGINT is PostgreSQL's fast shutdown: it ends the sessions left instead of waiting for them.
postgres_down() { stop_pid postgres INT; }

# --- OpenSearch (one node of the Maven Central runner, in its own JVM) ---

# Starts the node in the background; opensearch_ready waits for it, so that PostgreSQL starts
# meanwhile. The cluster's name carries the port, so that two clusters on one machine (a
# developer's and the IT's) never join each other through the shared transport port range.
opensearch_start() {
  if alive opensearch; then return; fi
  local base="$CLUSTER_DIR/opensearch" java="java"
  [ -n "${JAVA_HOME:-}" ] && [ -x "$JAVA_HOME/bin/java" ] && java="$JAVA_HOME/bin/java"
  mkdir -p "$base"
  log "starting OpenSearch (HTTP $OS_HTTP)"
  nohup "$java" -Xms256m -Xmx512m -cp "$(cat "$ROOT/target/cluster-classpath.txt")" \
    org.codelibs.opensearch.runner.OpenSearchRunner \
    -numOfNode 1 -basePath "$base" -baseHttpPort "$OS_PORT" -clusterName "tilmash-$OS_PORT" \
    -pluginTypes org.opensearch.plugin.analysis.smartcn.AnalysisSmartChinesePlugin \
    >"$CLUSTER_DIR/logs/opensearch.log" 2>&1 </dev/null &
  echo $! >"$CLUSTER_DIR/pids/opensearch.pid"
}

opensearch_ready() {
  wait_for opensearch "http://localhost:$OS_HTTP/_cluster/health?wait_for_status=yellow&timeout=2s" 300
  log "OpenSearch ready on $OS_HTTP (pid $(pid_of opensearch))"
}

opensearch_down() { stop_pid opensearch; }

# --- Tilmash instances (a Liberty server each, on the runtime the build installed) ---

# The Liberty server of instance NAME (a or b) is named after its port too, so that the IT's
# cluster and a developer's, on one runtime, never share a server.
instance_up() {
  local name="tilmash-$1" port="$2" server="tilmash-$1-$2"
  local dir="$WLP/usr/servers/$server"
  if alive "$name"; then return; fi
  mkdir -p "$dir/apps" "$dir/configDropins/overrides"
  cp -r "$ROOT/liberty-config/." "$dir/"
  cp "$ROOT/target/tilmash.war" "$dir/apps/tilmash.war"
  sed -e "s|@PORT@|$port|g" -e "s|@HTTPS_PORT@|$((port + 400))|g" -e "s|@PG_PORT@|$PG_PORT|g" \
    -e "s|@OS_HTTP@|$OS_HTTP|g" -e "s|@INSTANCE@|$1|g" -e "s|@CLUSTER_DIR@|$CLUSTER_DIR|g" \
    -e "s|@CLUSTER_PORT@|$CLUSTER_PORT|g" \
    "$ROOT/src/cluster/instance.xml" >"$dir/configDropins/overrides/cluster.xml"
  log "starting $name on $port (Liberty server $server)"
  rm -f "$WLP/usr/servers/.pid/$server.pid"
  # `server start` gives up waiting long before a loaded machine has started the server; the
  # readiness check below is what counts, so its verdict is only logged.
  "$WLP/bin/server" start "$server" >"$CLUSTER_DIR/logs/$name.start.log" 2>&1 \
    || log "$server: server start returned $? (see $CLUSTER_DIR/logs/$name.start.log)"
  if [ ! -s "$WLP/usr/servers/.pid/$server.pid" ]; then
    log "$server did not start; see $CLUSTER_DIR/logs/$name.start.log"
    return 1
  fi
  cp "$WLP/usr/servers/.pid/$server.pid" "$CLUSTER_DIR/pids/$name.pid"
  ln -sfn "$dir/logs" "$CLUSTER_DIR/logs/$name"
  wait_for "$name" "http://localhost:$port/health/ready" "${INSTANCE_START_SECONDS:-900}"
  log "$name ready on $port (pid $(pid_of "$name"))"
}

instance_down() { stop_pid "tilmash-$1"; }

# --- nginx, the balancer ---

nginx_up() {
  if alive nginx; then return; fi
  local conf="$CLUSTER_DIR/nginx"
  mkdir -p "$conf/temp"
  sed -e "s|@CLUSTER_PORT@|$CLUSTER_PORT|g" -e "s|@A_PORT@|$A_PORT|g" -e "s|@B_PORT@|$B_PORT|g" \
    -e "s|@DIR@|$conf|g" "$ROOT/src/cluster/nginx.conf" >"$conf/nginx.conf"
  /usr/sbin/nginx -p "$conf" -c "$conf/nginx.conf"
  for _ in $(seq 1 20); do [ -s "$conf/nginx.pid" ] && break; sleep 0.5; done
  cp "$conf/nginx.pid" "$CLUSTER_DIR/pids/nginx.pid"
  wait_for nginx "http://localhost:$CLUSTER_PORT/health/ready" 30
  log "nginx balancing on $CLUSTER_PORT (pid $(pid_of nginx))"
}

nginx_down() { stop_pid nginx; }
