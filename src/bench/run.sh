#!/usr/bin/env bash
# Runs one benchmark of src/bench/java, which Maven compiles with the tests but never runs.
# Usage: src/bench/run.sh NAME [-Dproperty=value ...] [ARGUMENTS ...]   (from any directory)
#   NAME is the class's simple name: EditorialListBenchmark, MemoryBenchmark, SearchBenchmark,
#   XliffThroughput or XliffHttpThroughput; -D options go to the benchmark's JVM, the rest to it.
# See src/bench/README.md for what each one measures.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
cd "$ROOT"
[ $# -ge 1 ] || { sed -n '2,6p' "$0" >&2; exit 2; }
NAME=$1
shift
SOURCE=$(find src/bench/java -name "$NAME.java" | head -1)
[ -n "$SOURCE" ] || { echo "no benchmark named $NAME in src/bench/java" >&2; exit 2; }
CLASS=$(echo "${SOURCE#src/bench/java/}" | sed 's/\.java$//; s#/#.#g')
JVM=()
ARGS=()
for arg in "$@"; do
  case "$arg" in -D*) JVM+=("$arg") ;; *) ARGS+=("$arg") ;; esac
done
mvn -B -ntp -q test-compile dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt \
  -Dmdep.includeScope=test
exec java "${JVM[@]}" -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" \
  "$CLASS" "${ARGS[@]}"
