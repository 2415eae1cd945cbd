#!/usr/bin/env bash
# Runs every benchmark of Kiln once, one after the other, and prints one table of their figures with
# the ratio of each to its peer tool or goal (the table of docs/performance.md). Run it as root on an
# idle machine: the figures are wall-clock times of one run.
#
# Usage: releng/bench/all.sh [SCRIPT...]   (default: every script below; e.g. `all.sh formats ova`)
# Each script's whole report goes to target/bench/<script>.log; the table to target/bench/table.md.
# Builds the reactor first (./mvnw -B -o -DskipTests verify): the CLI, the product and the test classes
# some scripts run.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
cd "$ROOT"
. releng/java-home.sh
SCRIPTS=("$@")
[ ${#SCRIPTS[@]} -gt 0 ] || SCRIPTS=(engine loop formats ova publish validation editor audit update)
OUT=$ROOT/target/bench
mkdir -p "$OUT"
export KILN_BENCH_RESULTS=$OUT/results.tsv
: > "$KILN_BENCH_RESULTS"

load=$(cut -d' ' -f1-3 /proc/loadavg)
echo "Building the reactor (tests skipped) ..."
./mvnw -B -o -q -DskipTests verify > "$OUT/build.log" 2>&1 || { tail -n 40 "$OUT/build.log" >&2; exit 1; }

failed=()
for script in "${SCRIPTS[@]}"; do
	echo "== $script"
	start=$(date +%s)
	if "releng/bench/$script.sh" > "$OUT/$script.log" 2>&1; then
		echo "   done in $(( $(date +%s) - start )) s; report: $OUT/$script.log"
	else
		echo "   FAILED after $(( $(date +%s) - start )) s; last lines of $OUT/$script.log:"
		tail -n 15 "$OUT/$script.log" | sed 's/^/   /'
		failed+=("$script")
	fi
done

{
	echo "Machine: $(nproc) cores ($(sed -n 's/^model name\s*: //p' /proc/cpuinfo | head -n 1)), $(( $(sed -n 's/^MemTotal: *\([0-9]*\) kB/\1/p' /proc/meminfo) >> 20 )) GiB," \
		"$(. /etc/os-release && echo "$PRETTY_NAME"), Linux $(uname -r), $("$JAVA_HOME/bin/java" -version 2>&1 | head -n 1)"
	echo "Date: $(date -u '+%Y-%m-%d %H:%M UTC'); commit $(git rev-parse --short HEAD 2>/dev/null || echo '?'); load average before the run: $load"
	echo
	echo "| benchmark | measure | Kiln | peer or goal | ratio | goal |"
	echo "|---|---|---|---|---|---|"
	# numbers with three significant places at most; words ("yes", "8 (goal)") as they are
	awk -F'\t' 'function n(x) { if (x !~ /^-?[0-9]*\.?[0-9]+$/) return x; x += 0; return sprintf(x >= 100 ? "%.0f" : x >= 10 ? "%.1f" : "%.2f", x) }
		{ printf "| %s | %s | %s | %s | %s | %s |\n", $1, $2, n($3), n($4), n($5), $6 }' "$KILN_BENCH_RESULTS"
	for script in "${failed[@]}"; do
		echo "| $script | failed: see target/bench/$script.log | | | | |"
	done
} | tee "$OUT/table.md"
[ ${#failed[@]} -eq 0 ]
