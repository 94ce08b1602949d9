# Sourced by scale.sh for --soak S (issue 15): S seconds of the standard load on the server it
# started, with the JVM's RSS and heap read every SOAK_EVERY seconds (default 10), to show whether
# memory stays flat. The load (soak.lua) picks each request at random from a list made here of
# articles by id in every language, delivery list pages and searches, half of them asking for
# gzip, so it reaches far more distinct answers than the caches hold: 70 % articles, 20 % lists,
# 10 % searches. Uses what scale.sh defines: BASE, RUN, OUT, ARTICLES, Q_RU, Q_ZH, say, die.
# Writes $RUN/soak.csv and $OUT/soak.svg; sets SOAK_NOTE, one line of what it found.

# soak_paths: $RUN/soak-paths.txt, one request a line ("PATH" or "PATH<TAB>Header: value")
soak_paths() {
  local out=$RUN/soak-paths.txt langs=(en ru kk uz zh) pages lists=$(((ARTICLES + 19) / 20)) i id lang
  pages=$(((ARTICLES + 99) / 100))
  [ "$pages" -le 200 ] || pages=200
  : >"$RUN/soak-ids.txt"
  for i in $(seq 0 $((pages - 1))); do
    curl -sf "$BASE/api/v1/content/articles?lang=en&size=100&page=$i" | jq -r '.items[].id' \
      >>"$RUN/soak-ids.txt" || die "soak: cannot list articles"
  done
  [ -s "$RUN/soak-ids.txt" ] || die "soak: no articles"
  : >"$out"
  maybe_gzip() { [ $((RANDOM % 2)) = 0 ] && printf '\tAccept-Encoding: gzip'; }
  while read -r id; do # two lines an article, seven in ten of all lines
    for i in 1 2; do
      lang=${langs[RANDOM % 5]}
      printf '/api/v1/content/articles/%s?lang=%s%s\n' "$id" "$lang" "$(maybe_gzip)" >>"$out"
    done
  done <"$RUN/soak-ids.txt"
  local n
  n=$(wc -l <"$out")
  for i in $(seq 1 $((n * 2 / 7))); do
    lang=${langs[RANDOM % 5]}
    printf '/api/v1/content/articles?lang=%s&size=20&page=%d%s\n' "$lang" $(((RANDOM * 32768 + RANDOM) % lists)) "$(maybe_gzip)" >>"$out"
  done
  for i in $(seq 1 $((n / 7))); do
    case $((RANDOM % 3)) in
      0) printf '/api/v1/content/search?q=%s&lang=ru&page=%d\n' "$Q_RU" $((RANDOM % 5)) ;;
      1) printf '/api/v1/content/search?q=%s&lang=zh&page=%d\n' "$Q_ZH" $((RANDOM % 5)) ;;
      *) printf '/api/v1/content/search?q=corridor&lang=en&page=%d\n' $((RANDOM % 5)) ;;
    esac >>"$out"
  done
}

# soak_run PID SECONDS
soak_run() {
  local pid=$1 seconds=$2 every=${SOAK_EVERY:-10} t0 wrk_pid line
  soak_paths
  say "soak: $seconds s of the standard load ($(wc -l <"$RUN/soak-paths.txt") distinct requests), RSS every $every s"
  echo "seconds,rss_mb,heap_used_mb,heap_committed_mb,metaspace_mb" >"$RUN/soak.csv"
  t0=$(date +%s)
  SOAK_PATHS=$RUN/soak-paths.txt BENCH_REPORT_LUA=$ROOT/src/bench/wrk-report.lua wrk -t2 -c16 -d"${seconds}s" --timeout 30s \
    -s "$ROOT/src/bench/soak.lua" "$BASE" >"$RUN/wrk-soak.txt" 2>&1 &
  wrk_pid=$!
  while kill -0 "$wrk_pid" 2>/dev/null; do
    soak_sample "$pid" $(($(date +%s) - t0)) >>"$RUN/soak.csv"
    sleep "$every"
  done
  wait "$wrk_pid" || die "soak: wrk failed (see $RUN/wrk-soak.txt)"
  sleep 2
  soak_sample "$pid" $(($(date +%s) - t0)) >>"$RUN/soak.csv"
  line=$(grep '^BENCH ' "$RUN/wrk-soak.txt") || die "soak: no figures from wrk"
  java -cp "$OUT/classes" dev.tilmash.bench.SoakPlot "$RUN/soak.csv" "$OUT/soak.svg" \
    "RSS of the Liberty JVM over a $((seconds / 60))-minute soak at $ARTICLES articles x 5" >"$RUN/soak-summary.txt" ||
    die "soak: no plot"
  w() { sed -E "s/.* $1=([0-9]+).*/\1/" <<<"$line"; }
  SOAK_NOTE="$(w requests) requests, $(awk -v r="$(w requests)" -v d="$(w duration_us)" 'BEGIN { printf "%.0f", r / (d / 1e6) }') req/s, errors $(($(w connect) + $(w read) + $(w write) + $(w status) + $(w timeout))); $(cat "$RUN/soak-summary.txt"); plot $OUT/soak.svg"
  say "soak: $SOAK_NOTE"
}

# soak_sample PID SECONDS: one CSV line (jstat -gc gives kB)
soak_sample() {
  local rss
  rss=$(awk '/^VmRSS/ { printf "%.1f", $2 / 1024 }' "/proc/$1/status")
  jstat -gc "$1" 2>/dev/null | awk -v t="$2" -v rss="$rss" 'NR == 1 { for (i = 1; i <= NF; i++) c[$i] = i }
    NR == 2 { printf "%d,%s,%.1f,%.1f,%.1f\n", t, rss,
      ($c["S0U"] + $c["S1U"] + $c["EU"] + $c["OU"]) / 1024,
      ($c["S0C"] + $c["S1C"] + $c["EC"] + $c["OC"]) / 1024, $c["MU"] / 1024 }'
}
