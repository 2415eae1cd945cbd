#!/usr/bin/env bash
# Benchmark (not a test) of an update of a deployed appliance (issue 13, ADR 026), one run, printing sizes, bytes,
# times and ratios:
#  1. the example with updates at 1.0 and an app-only 1.1 (one file of the application changed): the full update
#     bundle against the compressed image a customer downloads at first (qcow2 -c of the disk, as engine.sh makes it;
#     the qcow2 as built; the OVA)
#  2. 1.0's qcow2 booted under TCG, `kiln-update apply --stream --no-reboot` installing 1.1 from an update folder on
#     the host: the bytes the folder's web server sent (a counting relay in front of it) against the compressed
#     image                                                                                  goal <= 0.1
#  3. the time from apply to "Ready: ... 1.1.0 in system slot B": the install, then the reboot to ready
#  4. (a diagnosis) the 4 KiB chunks of 1.1's root file system image that 1.0's lacks: what RAUC's block-hash-index
#     method cannot take from the running slot, the least a streamed adaptive install must fetch
# Kiln's side runs through dev.kiln.build.tests.bench.UpdateBench (test fragment of dev.kiln.build) on the bench
# class path plus the test-support and test fragment classes.
#
# Usage: releng/bench/update.sh [WORK_DIR]   (default: a temporary folder, removed at the end)
#   KILN_BENCH_CACHE: Kiln's build cache to use (default: WORK_DIR/cache, so the first build is a cold one)
# Run as root (or as a user with subordinate ids) after building the reactor: ./mvnw -B -o -DskipTests install.
# Needs qemu-system-x86_64, qemu-img, unsquashfs, and about 6 GiB in WORK_DIR; about 10 minutes under TCG.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
. "$ROOT/releng/java-home.sh"
. "$ROOT/releng/bench/lib.sh"
for tool in qemu-system-x86_64 qemu-img unsquashfs; do
	command -v "$tool" >/dev/null || { echo "$tool is missing" >&2; exit 1; }
done
FRAGMENT=$ROOT/tests/dev.kiln.build.tests/target/classes
[ -f "$FRAGMENT/dev/kiln/build/tests/bench/UpdateBench.class" ] || {
	echo "build first: ./mvnw -B -o -DskipTests install" >&2
	exit 1
}
if [ $# -ge 1 ]; then
	W=$1
	mkdir -p "$W"
else
	W=$(mktemp -d /var/tmp/kiln-bench-update.XXXXXX)
	trap 'rm -rf "$W"' EXIT
fi
W=$(cd "$W" && pwd)
CACHE=${KILN_BENCH_CACHE:-$W/cache}
rm -rf "$W/hello-appliance" "$W/site" "$W/out-1.0" "$W/out-1.1" "$W/chunks"

CP="$(bench_classpath):$ROOT/tests/dev.kiln.testsupport/target/classes:$FRAGMENT"
bench() { "$JAVA_HOME/bin/java" -Dkiln.repository="$ROOT" -cp "$CP" dev.kiln.build.tests.bench.UpdateBench "$@"; }
fact() { awk -v k="$1" '$1 == k {print $2}' "$W/bench.txt"; }
path() { awk -v k="$1" '$1 == k {print $2}' "$W/bench.txt"; }
size() { awk -v k="$1" '$1 == k {print $3}' "$W/bench.txt"; }
mb() { echo "scale=1; $1 / 1048576" | bc -l | sed 's/^\./0./'; }

echo "== building 1.0 and an app-only 1.1, booting 1.0 and streaming 1.1 into it (TCG; serial log in $W/logs)"
bench "$W" "$CACHE" "$W/logs" | tee "$W/bench.txt"

qcow2=$(size file-1.0-qcow2); ova=$(size file-1.0-ova); bundle=$(size file-1.1-update_bundle)
qemu-img convert -c -O qcow2 "$(path file-1.0-raw)" "$W/compressed.qcow2"
packed=$(stat -c %s "$W/compressed.qcow2")
streamed=$(fact stream-bytes)

echo "== what 1.1 changes in the root file system (chunks 1.1's image has and 1.0's lacks)"
mkdir -p "$W/chunks"
unsquashfs -q -n -d "$W/chunks/1.0" "$(path file-1.0-update_bundle)" rootfs.ext4 > /dev/null
unsquashfs -q -n -d "$W/chunks/1.1" "$(path file-1.1-update_bundle)" rootfs.ext4 > /dev/null
bench chunks "$W/chunks/1.0/rootfs.ext4" "$W/chunks/1.1/rootfs.ext4" | tee "$W/chunks.txt"
new_chunks=$(awk '$1 == "chunks-new" {print $2}' "$W/chunks.txt")
rm -rf "$W/chunks"

echo
echo "Sizes: update bundle $(mb "$bundle") MB; 1.0 as compressed qcow2 (qemu-img -c) $(mb "$packed") MB, as built qcow2 $(mb "$qcow2") MB, OVA $(mb "$ova") MB"
echo "Full bundle against the image:      compressed qcow2 $(bench_ratio "$bundle" "$packed"), qcow2 as built $(bench_ratio "$bundle" "$qcow2"), OVA $(bench_ratio "$bundle" "$ova")"
echo "Streamed adaptive install:          $(mb "$streamed") MB in $(fact stream-requests) connections; against compressed qcow2 $(bench_ratio "$streamed" "$packed") (goal <= 0.1), OVA $(bench_ratio "$streamed" "$ova"), the full bundle $(bench_ratio "$streamed" "$bundle")"
echo "Chunks of 1.1 that 1.0 lacks:       $new_chunks of 4 KiB, $(( new_chunks * 4 )) KiB (what an adaptive install fetches from a slot that still holds 1.0, before squashfs blocks round it up)"
echo "Apply to ready under TCG:           $(fact apply-to-ready-seconds) s (install $(fact install-seconds) s, reboot to ready $(fact reboot-to-ready-seconds) s; 1.0's first boot $(fact boot-1.0-seconds) s)"
bench_record "app-only update, full bundle against the compressed image (MB)" "$(mb "$bundle")" "$(mb "$packed")" "$(bench_ratio "$bundle" "$packed")" "<= 0.1"
bench_record "app-only update, streamed adaptive download against the compressed image (MB)" "$(mb "$streamed")" "$(mb "$packed")" "$(bench_ratio "$streamed" "$packed")" "<= 0.1"
bench_record "app-only update, apply to ready under TCG (s)" "$(fact apply-to-ready-seconds)" "-" "-" "-"
