#!/usr/bin/env bash
# Benchmark (not a test): kiln's maintenance audit of a 500-package release SBOM against the pockets of trixie on
# the mirrors of this machine's apt sources (its Debian archive and its security archive).
#  1. the audit against cached indexes, changelogs cached too (what a scheduled CI audit does most days),
#     each in a fresh JVM: from the SBOM's bytes to the report                               goal <= 1 s
#     in a JVM that ran audits before (the workbench's), and through releng/kiln audit (a project with the
#     same package list), JVM and OSGi included
#  2. what fetching a changelog costs per pending package: cold (its .deb downloaded, checked against the index,
#     its changelog read out of data.tar) and warm (from the changelog cache), one after the other
# The first run downloads trixie's indexes (about 10 MB) and makes the version tables; later runs with the same
# WORK_DIR reuse them (the security pocket's InRelease is asked every audit, as kiln audit does).
#
# Usage: [KILN_BENCH_RUNS=5] releng/bench/audit.sh [WORK_DIR]
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
. "$ROOT/releng/java-home.sh"
. "$ROOT/releng/bench/lib.sh"
RUNS=${KILN_BENCH_RUNS:-5}
if [ $# -ge 1 ]; then
	W=$1
	mkdir -p "$W"
else
	W=$(mktemp -d /var/tmp/kiln-bench-audit.XXXXXX)
	trap 'rm -rf "$W"' EXIT
fi
CACHE=$W/cache/debian   # the layout of kiln's cache: kiln audit --cache $W/cache reads the same indexes
SBOM=$W/bench-appliance.cdx.json

CLASSPATH_BENCH=$(bench_classpath)
bench() { "$JAVA_HOME/bin/java" -cp "$CLASSPATH_BENCH" dev.kiln.bench.AuditBench "$@"; }

echo "== preparing: a 500-package SBOM, trixie's indexes and version tables"
bench prepare "$CACHE" "$SBOM" 500
bench audit "$CACHE" "$SBOM" > /dev/null   # fetches each pending package's changelog once

echo "== 1. audit of the SBOM, indexes and changelogs cached ($RUNS runs, each a new JVM)"
inside=()
wall=()
for _ in $(seq "$RUNS"); do
	t0=$(now)
	line=$(bench audit "$CACHE" "$SBOM")
	t1=$(now)
	echo "   $line"
	inside+=("$(sed -n 's/^audit of [0-9]* packages: \([0-9.]*\) s.*/\1/p' <<< "$line")")
	wall+=("$(secs "$t0" "$t1")")
done
median() { printf '%s\n' "$@" | sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }
audit_s=$(median "${inside[@]}")
wall_s=$(median "${wall[@]}")
echo "   median: $audit_s s in the JVM, $wall_s s with the JVM's start"
warm_line=$(bench audit "$CACHE" "$SBOM" 4 | tail -n 1)
warm_s=$(sed -n 's/^audit of [0-9]* packages: \([0-9.]*\) s.*/\1/p' <<< "$warm_line")
echo "   in a JVM that audited before (as the workbench's): $warm_line"

kiln_s=-
if [ -x "$ROOT/releng/kiln" ] && ls "$ROOT"/releng/dev.kiln.product/target/products/dev.kiln.workbench/linux/gtk/x86_64/kiln-workbench/plugins/org.eclipse.equinox.launcher_*.jar > /dev/null 2>&1; then
	project=$W/project
	rm -rf "$project"
	cp -a "$ROOT/examples/hello-appliance" "$project"
	rm -rf "$project/build"
	mkdir -p "$project/build"
	bench packages "$CACHE" "$SBOM" > "$project/build/hello-appliance-1.0.0.packages"
	kiln_runs=()
	for _ in $(seq 3); do
		t0=$(now)
		status=0
		"$ROOT/releng/kiln" audit "$project" --cache "$W/cache" > "$W/kiln-audit.txt" 2> "$W/kiln-audit.err" || status=$?
		t1=$(now)
		[ "$status" -le 1 ] || { cat "$W/kiln-audit.err" >&2; exit 1; }
		kiln_runs+=("$(secs "$t0" "$t1")")
	done
	kiln_s=$(median "${kiln_runs[@]}")
	echo "   releng/kiln audit of the same packages: $kiln_s s (median of 3; exit $status; $(tail -n 1 "$W/kiln-audit.err"))"
else
	echo "   (no Kiln product: ./mvnw -B -DskipTests verify, then releng/kiln audit is timed too)"
fi

echo "== 2. changelog of each pending package, cold then warm"
bench changelogs "$CACHE" "$SBOM" | tee "$W/changelogs.txt" | sed 's/^/   /'
summary=$(tail -n 1 "$W/changelogs.txt")
cold_ms=$(sed -n 's/.*cold median \([0-9.]*\) ms.*/\1/p' <<< "$summary")
warm_ms=$(sed -n 's/.*warm median \([0-9.]*\) ms.*/\1/p' <<< "$summary")

bench_record "audit of a 500-package SBOM, indexes and changelogs cached (s)" "$audit_s" "1 (goal)" "$(bench_ratio "$audit_s" 1)" "<= 1.0"
bench_record "the same in a running JVM (the workbench's) (s)" "$warm_s" "1 (goal)" "$(bench_ratio "$warm_s" 1)" "<= 1.0"
bench_record "the same with the JVM's start / through releng/kiln audit (s)" "$wall_s / $kiln_s" "-" "-" "-"
bench_record "changelog of a pending package, cold / warm, median (ms)" "$cold_ms / $warm_ms" "-" "-" "-"
