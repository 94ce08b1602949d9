# Sourced by scale.sh with --compression ROUNDS (not run on its own): scenarios (a), (b) and (c)
# with and without Accept-Encoding: gzip, beside nginx serving the very same bytes (the identity
# body and Tilmash's own gzip body as FILE.gz, gzip_static on), in the same run. Every round
# measures the twelve pairs one after the other (scenario x server x coding), so the machine's
# noise falls on both servers alike; the table gives the medians over the rounds. Uses scale.sh's
# probe, measure, say, die, RUN, NGINX, NGINX_DIR, NGINX_PORT, BASE, SLUG, ID and NEGOTIATED.

GZIP_HEADER="Accept-Encoding: gzip"
COMPRESSION_ROWS=()
declare -A COMPRESSION_URL COMPRESSION_HEADERS
COMPRESSION_URL=([a]="$BASE/api/v1/content/articles/$SLUG" [b]="$BASE/api/v1/content/articles/$ID?lang=ru"
  [c]="$BASE/api/v1/content/articles?lang=ru&size=20")
COMPRESSION_HEADERS=([a]="$NEGOTIATED" [b]="" [c]="")

# The two bodies of each scenario as nginx's files: identity as KEY.json, gzip as KEY.json.gz.
mkdir -p "$NGINX_DIR/html/z"
for key in a b c; do
  probe "z-$key" "${COMPRESSION_URL[$key]}" "${COMPRESSION_HEADERS[$key]}"
  [ "$CODE" = 200 ] || die "($key) answered $CODE"
  probe "z-$key-gz" "${COMPRESSION_URL[$key]}" "${COMPRESSION_HEADERS[$key]}${COMPRESSION_HEADERS[$key]:+
}$GZIP_HEADER"
  grep -qi '^content-encoding: gzip' "$RUN/headers-z-$key-gz" || die "($key) was not sent in gzip"
  cmp -s "$RUN/body-z-$key" <(gzip -dc "$RUN/body-z-$key-gz") ||
    die "($key) in gzip does not decompress to its identity body"
  cp "$RUN/body-z-$key" "$NGINX_DIR/html/z/$key.json"
  cp "$RUN/body-z-$key-gz" "$NGINX_DIR/html/z/$key.json.gz"
done
chmod -R a+rX "$NGINX_DIR/html"
for _ in $(seq 1 50); do [ -f "$NGINX_DIR/nginx.pid" ] || break; sleep 0.1; done
sed -i 's|^  sendfile on;|  sendfile on;\n  gzip_static on;\n  gzip_vary on;|' "$NGINX_DIR/nginx.conf"
"$NGINX" -p "$NGINX_DIR" -c "$NGINX_DIR/nginx.conf" -e "$NGINX_DIR/logs/error.log" ||
  die "nginx did not start with gzip_static"
for _ in $(seq 1 50); do
  [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$NGINX_PORT/z/a.json" || true)" = 200 ] && break
  sleep 0.1
done
for key in a b c; do
  cmp -s "$RUN/body-z-$key-gz" <(curl -s -H "$GZIP_HEADER" "http://127.0.0.1:$NGINX_PORT/z/$key.json") ||
    die "nginx does not serve Tilmash's gzip bytes of ($key)"
  cmp -s "$RUN/body-z-$key" <(curl -s "http://127.0.0.1:$NGINX_PORT/z/$key.json") ||
    die "nginx does not serve the identity bytes of ($key)"
done

say ""
say "compression: (a), (b), (c) with and without $GZIP_HEADER against nginx gzip_static, $COMPRESSION_ROUNDS rounds, load average now: $(cut -d' ' -f1-3 /proc/loadavg)"
: >"$RUN/compression.tsv"
for round in $(seq 1 "$COMPRESSION_ROUNDS"); do
  for key in a b c; do
    for coding in identity gzip; do
      extra=""
      [ "$coding" = gzip ] && extra=$GZIP_HEADER
      measure "z-$key-nginx-$coding-$round" "http://127.0.0.1:$NGINX_PORT/z/$key.json" "$extra"
      printf '%s\tnginx\t%s\t%s\t%s\t%s\n' "$key" "$coding" "$RPS" "$P50" "$P99" >>"$RUN/compression.tsv"
      headers=${COMPRESSION_HEADERS[$key]}
      [ -n "$extra" ] && headers="$headers${headers:+
}$extra"
      measure "z-$key-tilmash-$coding-$round" "${COMPRESSION_URL[$key]}" "$headers"
      printf '%s\ttilmash\t%s\t%s\t%s\t%s\n' "$key" "$coding" "$RPS" "$P50" "$P99" >>"$RUN/compression.tsv"
    done
  done
  say "  round $round of $COMPRESSION_ROUNDS done"
done
kill "$(cat "$NGINX_DIR/nginx.pid")" 2>/dev/null || true

# The median of column COLUMN (4 req/s, 5 p50, 6 p99) of one scenario, server and coding.
median() {
  awk -F'\t' -v k="$1" -v s="$2" -v c="$3" '$1 == k && $2 == s && $3 == c { print $'"$4"' }' \
    "$RUN/compression.tsv" | sort -g | awk '{ v[NR] = $1 } END {
      if (NR % 2) print v[(NR + 1) / 2]; else printf "%.2f\n", (v[NR / 2] + v[NR / 2 + 1]) / 2 }'
}
COMPRESSION_FORMAT='%-10s %-9s %-8s %9s %8s %8s %7s %9s'
COMPRESSION_HEADER=$(printf "$COMPRESSION_FORMAT" scenario server coding 'req/s' 'p50 ms' 'p99 ms' bytes 'of nginx')
for key in a b c; do
  for coding in identity gzip; do
    body=$RUN/body-z-$key
    [ "$coding" = gzip ] && body=$RUN/body-z-$key-gz
    bytes=$(wc -c <"$body")
    nginx_rps=$(median "$key" nginx "$coding" 4)
    for server in nginx tilmash; do
      rps=$(median "$key" "$server" "$coding" 4)
      share=$(awk -v a="$rps" -v b="$nginx_rps" 'BEGIN { printf "%.1f%%", 100 * a / b }')
      COMPRESSION_ROWS+=("($key)|$server|$coding|$(printf '%.0f' "$rps")|$(median "$key" "$server" "$coding" 5)|$(median "$key" "$server" "$coding" 6)|$bytes|$share")
    done
  done
done
say "$COMPRESSION_HEADER"
for r in "${COMPRESSION_ROWS[@]}"; do
  IFS='|' read -r -a f <<<"$r"
  printf "$COMPRESSION_FORMAT\n" "${f[@]}"
done
