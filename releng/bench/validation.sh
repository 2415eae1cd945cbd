#!/usr/bin/env bash
# Benchmark: validation time of a 500-line appliance.xml, warm (JMH). Goal: <= 100 ms.
# Prints JMH's table, then each score as a ratio of the goal.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
. "$ROOT/releng/java-home.sh"
. "$ROOT/releng/bench/lib.sh"
bench="$ROOT/releng/bench"
"$ROOT/mvnw" -B -q -f "$bench/pom.xml" compile dependency:build-classpath -Dmdep.outputFile="$bench/target/classpath.txt"
out=$(mktemp)
"$JAVA_HOME/bin/java" -cp "$bench/target/classes:$(cat "$bench/target/classpath.txt")" org.openjdk.jmh.Main \
	ManifestValidationBenchmark -rf csv -rff "$out"
echo
echo "benchmark, ms per operation, ratio to the 100 ms goal (<= 1.0 meets it)"
tail -n +2 "$out" | awk -F, '{gsub(/"/,""); printf "%s, %.3f, %.4f\n", $1, $5, $5/100}'
while IFS=, read -r name score; do
	bench_record "validation of a 500-line manifest, ${name##*.} (ms)" "$score" "100 (goal)" "$(bench_ratio "$score" 100)" "<= 1.0"
done < <(tail -n +2 "$out" | awk -F, '{gsub(/"/,""); printf "%s,%.3f\n", $1, $5}')
rm -f "$out"
