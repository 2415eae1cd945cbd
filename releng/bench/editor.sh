#!/usr/bin/env bash
# Benchmark: how long the manifest editor keeps the UI thread busy while it validates a 500-line
# appliance.xml after each of 30 edits (goal: <= 50 ms). Runs EditorResponsivenessBenchmark in a real
# workbench under Xvfb (it is not part of the test run) and prints its report, also written to
# tests/dev.kiln.ui.tests/target/editor-benchmark.txt. Build offline first if Maven has not got the
# dependencies yet: the command is the UI tests' with one class selected.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
cd "$ROOT"
. releng/java-home.sh
. releng/scripts/ui-test-modules.sh
. releng/bench/lib.sh
log=$(mktemp)
xvfb-run -a -s "-screen 0 1280x1024x24" ./mvnw -B -q verify -pl "$UI_TEST_MODULES" \
	-Dtest=EditorResponsivenessBenchmark -Dsurefire.failIfNoSpecifiedTests=false "$@" >"$log" 2>&1 || {
	tail -n 40 "$log" >&2
	exit 1
}
rm -f "$log"
report=tests/dev.kiln.ui.tests/target/editor-benchmark.txt
cat "$report"
stall=$(sed -n 's/^ *longest UI-thread stall while validating, UI-thread CPU: *\([0-9.]*\) ms.*/\1/p' "$report")
bench_record "UI-thread stall while the editor validates 500 lines (ms)" "$stall" "50 (goal)" "$(bench_ratio "$stall" 50)" "<= 1.0"
