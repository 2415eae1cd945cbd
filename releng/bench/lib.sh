# Sourced by the benchmark scripts: how a figure is recorded for releng/bench/all.sh, and what several scripts share.
#
# bench_record MEASURE KILN PEER RATIO GOAL
#   MEASURE  what was measured, with its unit ("cold build of the example (s)")
#   KILN     Kiln's figure;  PEER  the peer tool's or the goal's figure ("-" when there is none)
#   RATIO    Kiln against the peer, as the goal states it;  GOAL  e.g. "<= 0.9" or ">= 1.0"
# Appends one tab-separated line to $KILN_BENCH_RESULTS when all.sh set it; a script run alone prints
# its own report and records nothing.
bench_record() {
	[ -n "${KILN_BENCH_RESULTS:-}" ] || return 0
	printf '%s\t%s\t%s\t%s\t%s\t%s\n' "$(basename "$0" .sh)" "$1" "$2" "$3" "$4" "$5" >> "$KILN_BENCH_RESULTS"
}

# bench_ratio A B: A / B with three decimals
bench_ratio() { echo "scale=3; $1 / $2" | bc -l | sed 's/^\./0./'; }

# now: the time in seconds with nanoseconds; secs START END: seconds from START to END
now() { date +%s.%N; }
secs() { echo "$2 - $1" | bc; }

# The engine's bench classes (releng/bench/src) on a plain class path, compiled first
bench_classpath() {
	local bench=$ROOT/releng/bench
	"$ROOT/mvnw" -B -q -f "$bench/pom.xml" compile dependency:build-classpath -Dmdep.outputFile="$bench/target/classpath.txt" >&2
	echo "$bench/target/classes:$(cat "$bench/target/classpath.txt")"
}
