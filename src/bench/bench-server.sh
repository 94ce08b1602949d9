# Sourced by the benchmark scripts (scale.sh, startup.sh): the files that make a copy of
# liberty-config a benchmark's own server.
# bench_server_files SERVER_DIR DB_PATH HTTP_PORT HTTPS_PORT (with WLP set): its database
# (tilmash.db.path, without .mv.db), its ports, loopback only, our user feature, and transactions of
# up to 15 minutes: on a loaded machine the first start's demo accounts and articles (one
# transaction) took more than the default 120 s and were rolled back, which stopped the application.
bench_server_files() {
  mkdir -p "$1/configDropins/overrides"
  # our user feature (tilmashChannel-1.0, which liberty-config switches on), installed by `mvn
  # package` into the runtime's usr/, which a WLP_USER_DIR of the benchmark's own replaces
  if [ -n "${WLP_USER_DIR:-}" ] && [ -d "$WLP/usr/extension" ]; then
    rm -rf "$WLP_USER_DIR/extension"
    cp -r "$WLP/usr/extension" "$WLP_USER_DIR/extension"
  fi
  cat >"$1/bootstrap.properties" <<PROPERTIES
tilmash.db.path=$2
http.port=$3
https.port=$4
PROPERTIES
  cat >"$1/configDropins/overrides/bench.xml" <<'XML'
<server>
  <httpEndpoint id="defaultHttpEndpoint" host="127.0.0.1"/>
  <transaction totalTranLifetimeTimeout="900s"/>
</server>
XML
}
