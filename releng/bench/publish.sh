#!/usr/bin/env bash
# Benchmark (not a test): publish throughput of a 1 GiB OVA to Debian's docker-registry on 127.0.0.1
# with Kiln's OCI publisher, against curl uploading the same blob in one request (POST + one PUT),
# then a re-publish of the unchanged release (no blob may be uploaded again). One run, ratios printed.
#
# Usage: [KILN_BENCH_CHUNK_MIB=1024] [KILN_BENCH_RUNS=3] releng/bench/publish.sh [WORK_DIR]
#   Times are the median of KILN_BENCH_RUNS alternating curl and Kiln uploads (each to a new repository).
#   WORK_DIR holds the 1 GiB file (random bytes, reused when present); default: a temporary
#   directory, removed at the end. The registry's storage is a temporary directory of its own.
#
# Needs docker-registry, apache2-utils (htpasswd) and curl (releng/machine-setup.sh test), and a
# build of the publish bundle and its tests:
#   ./mvnw -B -o verify -DskipTests -pl releng/dev.kiln.target,bundles/dev.kiln.model,bundles/dev.kiln.image,bundles/dev.kiln.publish,tests/dev.kiln.testsupport,tests/dev.kiln.publish.testsupport,tests/dev.kiln.publish.tests
# dev.kiln.publish.bench.PublishBench (test fragment) runs on a plain class path: the target/classes
# folders and Gson. Both uploads get the SHA-256 computed beforehand (Kiln has it from the build report).
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
. "$ROOT/releng/java-home.sh"
. "$ROOT/releng/bench/lib.sh"
for tool in docker-registry htpasswd curl; do
	command -v "$tool" >/dev/null || { echo "$tool is missing: releng/machine-setup.sh test" >&2; exit 1; }
done
BENCH_CLASS=$ROOT/tests/dev.kiln.publish.tests/target/classes/dev/kiln/publish/bench/PublishBench.class
[ -f "$BENCH_CLASS" ] || {
	echo "build first: ./mvnw -B -o verify -DskipTests -pl releng/dev.kiln.target,bundles/dev.kiln.model,bundles/dev.kiln.image,bundles/dev.kiln.publish,tests/dev.kiln.testsupport,tests/dev.kiln.publish.testsupport,tests/dev.kiln.publish.tests" >&2
	exit 1
}
GSON=$(ls ~/.m2/repository/com/google/code/gson/gson/2.13.2/gson-2.13.2.jar)
CP=$ROOT/bundles/dev.kiln.publish/target/classes:$ROOT/bundles/dev.kiln.image/target/classes:$ROOT/bundles/dev.kiln.model/target/classes
CP=$CP:$ROOT/tests/dev.kiln.publish.testsupport/target/classes:$ROOT/tests/dev.kiln.publish.tests/target/classes:$GSON

if [ $# -ge 1 ]; then
	WORK=$1
	mkdir -p "$WORK"
else
	WORK=$(mktemp -d)
	trap 'rm -rf "$WORK"' EXIT
fi
OVA=$WORK/bench-1.0.0.ova
if [ ! -f "$OVA" ]; then
	echo "Making a 1 GiB file of random bytes ..."
	head -c 1G /dev/urandom > "$OVA.part"
	mv "$OVA.part" "$OVA"
fi
cat "$OVA" > /dev/null
"$JAVA_HOME/bin/java" -Xmx256m ${KILN_BENCH_CHUNK_MIB:+-Dkiln.bench.chunkMiB=$KILN_BENCH_CHUNK_MIB} \
	${KILN_BENCH_RUNS:+-Dkiln.bench.runs=$KILN_BENCH_RUNS} -cp "$CP" dev.kiln.publish.bench.PublishBench "$OVA" | tee "$WORK/publish.txt"
curl_s=$(sed -n 's/^curl, one PUT: *\([0-9.]*\) s.*/\1/p' "$WORK/publish.txt")
kiln_s=$(sed -n 's/^Kiln publish: *\([0-9.]*\) s.*/\1/p' "$WORK/publish.txt")
again_s=$(sed -n 's/^re-publish unchanged: *\([0-9.]*\) s.*/\1/p' "$WORK/publish.txt")
bench_record "publish a 1 GiB release to a registry on 127.0.0.1 (s)" "$kiln_s" "$curl_s" "$(bench_ratio "$kiln_s" "$curl_s")" "<= 1.25"
bench_record "re-publish of an unchanged release (s)" "$again_s" "2 (goal)" "$(bench_ratio "$again_s" 2)" "<= 1.0"
