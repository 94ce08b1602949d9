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

# Stops the process behind NAME by its PID: TERM, then KILL after a grace period.
stop_pid() {
  local name="$1" pid
  pid="$(pid_of "$name")"
  if [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null; then
    kill "$pid" 2>/dev/null || true
    for _ in $(seq 1 60); do
      kill -0 "$pid" 2>/dev/null || break
      sleep 1
    done
    kill -9 "$pid" 2>/dev/null || true
    log "$name stopped (pid $pid)"
  fi
  rm -f "$CLUSTER_DIR/pids/$name.pid"
}

as_root() {
  if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
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

# The WAR, the Liberty runtime with the JDBC drivers and our user feature, and the class path of
# the OpenSearch runner (the test class path, which has it with the smartcn plugin): built when
# missing.
build_once() {
  if [ -f "$ROOT/target/tilmash.war" ] && [ -d "$WLP/usr/shared/resources/jdbc" ] \
    && [ -d "$WLP/usr/extension/lib" ] && [ -s "$ROOT/target/cluster-classpath.txt" ]; then
    return
  fi
  if [ -n "${CLUSTER_SKIP_BUILD:-}" ]; then
    log "CLUSTER_SKIP_BUILD is set but the build is missing: run mvn package first"
    return 1
  fi
  log "building the WAR and the runtime (mvn package)"
  (cd "$ROOT" && mvn -B -ntp -q -DskipTests package dependency:copy@it-jdbc-drivers \
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

postgres_up() {
  local bin data="$CLUSTER_DIR/postgres"
  bin="$(postgres_bin)"
  if alive postgres; then return; fi
  if [ ! -f "$data/PG_VERSION" ]; then
    log "creating the PostgreSQL cluster in $data"
    mkdir -p "$data"
    if [ "$(id -u)" -eq 0 ]; then chown postgres "$data"; fi
    as_postgres "$bin/initdb" -D "$data" -U tilmash --auth=trust -E UTF8 --locale=C.UTF-8 >/dev/null
  fi
  mkdir -p "$CLUSTER_DIR/postgres-socket"
  touch "$CLUSTER_DIR/logs/postgres.log"
  if [ "$(id -u)" -eq 0 ]; then
    chown postgres "$CLUSTER_DIR/postgres-socket" "$CLUSTER_DIR/logs/postgres.log"
  fi
  as_postgres "$bin/pg_ctl" -D "$data" -w -l "$CLUSTER_DIR/logs/postgres.log" \
    -o "-p $PG_PORT -k $CLUSTER_DIR/postgres-socket -c listen_addresses=localhost" start >/dev/null
  head -1 "$data/postmaster.pid" >"$CLUSTER_DIR/pids/postgres.pid"
  if ! "$bin/psql" -h localhost -p "$PG_PORT" -U tilmash -d postgres -tAc \
    "select 1 from pg_database where datname = 'tilmash'" | grep -q 1; then
    "$bin/psql" -h localhost -p "$PG_PORT" -U tilmash -d postgres -qc "create database tilmash"
  fi
  log "PostgreSQL ready on $PG_PORT (pid $(pid_of postgres))"
}

postgres_down() { stop_pid postgres; }

# --- OpenSearch (one node of the Maven Central runner, in its own JVM) ---

opensearch_up() {
  if alive opensearch; then return; fi
  local base="$CLUSTER_DIR/opensearch"
  mkdir -p "$base"
  log "starting OpenSearch (HTTP $OS_HTTP)"
  nohup java -Xms256m -Xmx512m -cp "$(cat "$ROOT/target/cluster-classpath.txt")" \
    org.codelibs.opensearch.runner.OpenSearchRunner \
    -numOfNode 1 -basePath "$base" -baseHttpPort "$OS_PORT" -clusterName tilmash-cluster \
    -pluginTypes org.opensearch.plugin.analysis.smartcn.AnalysisSmartChinesePlugin \
    >"$CLUSTER_DIR/logs/opensearch.log" 2>&1 &
  echo $! >"$CLUSTER_DIR/pids/opensearch.pid"
  wait_for opensearch "http://localhost:$OS_HTTP/_cluster/health?wait_for_status=yellow" 240
  log "OpenSearch ready on $OS_HTTP (pid $(pid_of opensearch))"
}

opensearch_down() { stop_pid opensearch; }

# --- Tilmash instances (a Liberty server each, on the runtime the build installed) ---

instance_up() {
  local name="tilmash-$1" port="$2" dir="$WLP/usr/servers/tilmash-$1"
  if alive "$name"; then return; fi
  mkdir -p "$dir/apps" "$dir/configDropins/overrides"
  cp -r "$ROOT/liberty-config/." "$dir/"
  cp "$ROOT/target/tilmash.war" "$dir/apps/tilmash.war"
  sed -e "s|@PORT@|$port|g" -e "s|@HTTPS_PORT@|$((port + 400))|g" -e "s|@PG_PORT@|$PG_PORT|g" \
    -e "s|@OS_HTTP@|$OS_HTTP|g" -e "s|@INSTANCE@|$1|g" -e "s|@CLUSTER_DIR@|$CLUSTER_DIR|g" -e "s|@CLUSTER_PORT@|$CLUSTER_PORT|g" \
    "$ROOT/src/cluster/instance.xml" >"$dir/configDropins/overrides/cluster.xml"
  log "starting $name on $port"
  "$WLP/bin/server" start "$name" >"$CLUSTER_DIR/logs/$name.start.log" 2>&1
  cp "$WLP/usr/servers/.pid/$name.pid" "$CLUSTER_DIR/pids/$name.pid"
  wait_for "$name" "http://localhost:$port/health/ready" 300
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
