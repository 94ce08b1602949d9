# Sourced by scale.sh, once for the server it started and, with --balancer, once more for the
# balancer in front of two instances: scenarios (a)-(f) against BASE, beside nginx serving the
# bytes of (a) from that very BASE as a static file, measured just before. Keys (file names in
# $RUN) begin with P; rows go to ROWS under the heading TITLE (none when empty). Uses what scale.sh
# defines: probe, measure, row, heading, say, die, RUN, NGINX, NGINX_PORT, SLUG, ID, AUTH, NEGOTIATED,
# Q_RU, Q_ZH and the options. Sets NGINX_RPS, CONTENT_LANGUAGE, ETAG, MISS_NOTE, SEARCH_NOTE and
# PROFILE_NOTE.
[ -z "$TITLE" ] || heading "$TITLE"

# (a) first: its body is what nginx serves
probe "${P}a" "$BASE/api/v1/content/articles/$SLUG" "$NEGOTIATED"
[ "$CODE" = 200 ] || die "(a) answered $CODE"
CONTENT_LANGUAGE=$(grep -i '^content-language:' "$RUN/headers-${P}a" | cut -d' ' -f2 | tr -d '\r')
ETAG=$(grep -i '^etag:' "$RUN/headers-${P}a" | cut -d' ' -f2- | tr -d '\r')
[ -n "$ETAG" ] || die "(a) has no ETag"

# --- nginx, the same bytes as a static file ------------------------------------------------------
[ -n "$NGINX_DIR" ] || NGINX_DIR=$(mktemp -d /tmp/tilmash-bench-nginx.XXXXXX)
chmod 755 "$NGINX_DIR"
mkdir -p "$NGINX_DIR/html" "$NGINX_DIR/logs" "$NGINX_DIR/tmp"
cp "$RUN/body-${P}a" "$NGINX_DIR/html/article.json"
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
cmp -s "$RUN/body-${P}a" <(curl -s "$NGINX_URL") || die "nginx does not serve the bytes of (a)"

say ""
say "wrk -t$THREADS -c$CONNECTIONS, ${WARMUP} s warm-up + ${DURATION} s per scenario, loopback; load average now: $(cut -d' ' -f1-3 /proc/loadavg)"
say "$HEADER"
measure "${P}nginx" "$NGINX_URL" ""
NGINX_RPS=$RPS
row "nginx: the bytes of (a) as a static file" "$RPS" "$P50" "$P95" "$P99" "$NGINX_BYTES" "100%" "$ERRORS"
# stop nginx before Liberty is measured, so only one server runs at a time
kill "$(cat "$NGINX_DIR/nginx.pid")" 2>/dev/null || true
for _ in $(seq 1 50); do [ -f "$NGINX_DIR/nginx.pid" ] || break; sleep 0.1; done
ratio() { awk -v a="$1" -v b="$NGINX_RPS" 'BEGIN { if (b > 0) printf "%.1f%%", 100 * a / b; else print "-" }'; }

scenario() { # key label url headers expected-status
  local key=$P$1 label=$2 url=$3 headers=$4 expected=$5
  probe "$key" "$url" "$headers"
  if [ "$CODE" != "$expected" ]; then
    if [ "$CODE" = 404 ] && [[ "$key" == *f-* ]]; then
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
if [ "$PROFILE" = 1 ] && [ -z "$P" ]; then
  jcmd "$(cat "$PID_FILE")" JFR.start name=bench settings=profile filename="$RUN/a.jfr" >/dev/null
fi
scenario a "(a) by slug, kk-KZ,ru;q=0.8 -> $CONTENT_LANGUAGE" "$BASE/api/v1/content/articles/$SLUG" \
  "$NEGOTIATED" 200
PROFILE_NOTE=""
if [ "$PROFILE" = 1 ] && [ -z "$P" ]; then
  jcmd "$(cat "$PID_FILE")" JFR.stop name=bench >/dev/null
  java -cp "$OUT/classes" dev.tilmash.bench.JfrHotspots "$RUN/a.jfr" 15 >"$RUN/profile-a.txt"
  PROFILE_NOTE="$RUN/profile-a.txt"
fi
scenario b "(b) by id, ?lang=ru" "$BASE/api/v1/content/articles/$ID?lang=ru" "" 200
scenario c "(c) list of 20, ?lang=ru" "$BASE/api/v1/content/articles?lang=ru&size=20" "" 200
scenario d "(d) (a) with If-None-Match -> 304" "$BASE/api/v1/content/articles/$SLUG" \
  "$NEGOTIATED
If-None-Match: $ETAG" 304
if [ "$COMPRESSION_ROUNDS" -gt 0 ] && [ -z "$P" ]; then
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
    probe "$P$1" "$2" "$3"
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
    hits=$(jq -r '.total // empty' "$RUN/body-$P$k" 2>/dev/null || true)
    SEARCH_NOTE="$SEARCH_NOTE${SEARCH_NOTE:+;} $q: ${hits:-no} hits"
  done
fi

