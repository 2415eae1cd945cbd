#!/usr/bin/env bash
# Benchmark (not a test): Kiln's qcow2 and streamOptimized VMDK writers against qemu-img on the same
# raw disk, one run each, printing times, sizes and ratios.
#
# Usage: releng/bench/formats.sh [WORK_DIR]
#   WORK_DIR holds the raw disk and the outputs (about 3 GiB); default: a temporary directory,
#   removed at the end. An existing WORK_DIR/disk.raw is reused.
#
# Needs qemu-img (qemu-utils) and a build of the image bundle and its test fragment:
#   ./mvnw -B -o verify -pl releng/dev.kiln.target,bundles/dev.kiln.image,tests/dev.kiln.testsupport,tests/dev.kiln.image.tests
# Kiln's writers run through dev.kiln.image.format.bench.FormatsBench (test fragment) on a classpath of
# the two target/classes folders: the writers use the JDK only, no jar from ~/.m2 is needed.
#
# The raw disk: 1 GiB, sparse; 600 MiB of real files from /usr (binaries, libraries, text: partly
# compressible), in 6 MiB runs separated by 4 MiB holes. The raw disk is read once first so that
# every writer reads it from the page cache.
#
# Kiln's writers run with a 64 MiB heap (-Xmx64m): their memory does not grow with the disk.
# Kiln's time is the process's wall time (JVM start included); the write alone, inside the JVM, is
# shown too. Kiln flushes its output to the device (fsync) before renaming it; qemu-img convert does
# not flush by default (cache=unsafe for the output), so Kiln's times include a flush qemu's do not.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
. "$ROOT/releng/java-home.sh"
. "$ROOT/releng/bench/lib.sh"
command -v qemu-img >/dev/null || { echo "qemu-img is missing: apt-get install qemu-utils" >&2; exit 1; }
CP="$ROOT/bundles/dev.kiln.image/target/classes:$ROOT/tests/dev.kiln.image.tests/target/classes"
[ -f "$ROOT/tests/dev.kiln.image.tests/target/classes/dev/kiln/image/format/bench/FormatsBench.class" ] || {
	echo "build first: ./mvnw -B -o verify -pl releng/dev.kiln.target,bundles/dev.kiln.image,tests/dev.kiln.testsupport,tests/dev.kiln.image.tests" >&2
	exit 1
}

if [ $# -ge 1 ]; then
	WORK=$1
	mkdir -p "$WORK"
else
	WORK=$(mktemp -d)
	trap 'rm -rf "$WORK"' EXIT
fi
RAW=$WORK/disk.raw

if [ ! -f "$RAW" ]; then
	echo "Making the raw disk (1 GiB, 600 MiB of /usr files) ..."
	find /usr -xdev -type f -size +0 -print0 2>/dev/null | sort -z | xargs -0 cat 2>/dev/null \
		| head -c $((600 << 20)) > "$WORK/data.bin" || true
	truncate -s 1G "$RAW.part"
	for i in $(seq 0 99); do
		dd if="$WORK/data.bin" of="$RAW.part" bs=1M count=6 skip=$((i * 6)) seek=$((i * 10)) \
			conv=notrunc,sparse status=none
	done
	rm -f "$WORK/data.bin"
	mv "$RAW.part" "$RAW"
fi
cat "$RAW" > /dev/null

now() { date +%s.%N; }
# run NAME COMMAND...: times COMMAND, prints it; sets ELAPSED and OUTPUT
run() {
	local name=$1 start end
	shift
	start=$(now)
	OUTPUT=$("$@")
	end=$(now)
	ELAPSED=$(echo "$end - $start" | bc -l)
	printf '  %-40s %7.2f s\n' "$name" "$ELAPSED"
}
size() { stat -c %s "$1"; }
ratio() { echo "scale=3; $1 / $2" | bc -l; }

echo "Raw disk: $(size "$RAW") bytes, $(du -k "$RAW" | cut -f1) KiB allocated; $(nproc) cores"
echo
echo "qcow2:"
rm -f "$WORK"/*.qcow2 "$WORK"/*.vmdk
sync
run "qemu-img convert -O qcow2" qemu-img convert -f raw -O qcow2 "$RAW" "$WORK/qemu.qcow2"
t_qemu_qcow2=$ELAPSED
run "  then sync (what Kiln's fsync costs)" sync
t_qemu_qcow2_sync=$(echo "$t_qemu_qcow2 + $ELAPSED" | bc -l)
run "Kiln Qcow2Writer (process)" java -Xmx64m -cp "$CP" dev.kiln.image.format.bench.FormatsBench qcow2 "$RAW" "$WORK/kiln.qcow2"
t_kiln_qcow2=$ELAPSED
printf '  %-40s %7.2f s\n' "Kiln Qcow2Writer (write in the JVM)" "$OUTPUT"
t_kiln_qcow2_inner=$OUTPUT
qemu-img compare -q -f raw "$RAW" "$WORK/kiln.qcow2" && echo "  qemu-img compare raw kiln.qcow2: identical"

echo
echo "compressed qcow2:"
run "qemu-img convert -c -O qcow2" qemu-img convert -c -f raw -O qcow2 "$RAW" "$WORK/qemu-c.qcow2"
t_qemu_qcow2c=$ELAPSED
run "Kiln Qcow2Writer compressed (process)" java -Xmx64m -cp "$CP" dev.kiln.image.format.bench.FormatsBench qcow2-compressed "$RAW" "$WORK/kiln-c.qcow2"
t_kiln_qcow2c=$ELAPSED
qemu-img compare -q -f raw "$RAW" "$WORK/kiln-c.qcow2" && echo "  qemu-img compare raw kiln-c.qcow2: identical"

echo
echo "streamOptimized VMDK:"
run "qemu-img convert -O vmdk streamOptimized" qemu-img convert -f raw -O vmdk -o subformat=streamOptimized "$RAW" "$WORK/qemu.vmdk"
t_qemu_vmdk=$ELAPSED
run "Kiln StreamOptimizedVmdkWriter (process)" java -Xmx64m -cp "$CP" dev.kiln.image.format.bench.FormatsBench vmdk "$RAW" "$WORK/kiln.vmdk"
t_kiln_vmdk=$ELAPSED
qemu-img compare -q -f raw "$RAW" "$WORK/kiln.vmdk" && echo "  qemu-img compare raw kiln.vmdk: identical"

echo
echo "Sizes (bytes): qcow2 qemu $(size "$WORK/qemu.qcow2") kiln $(size "$WORK/kiln.qcow2");" \
	"compressed qcow2 qemu $(size "$WORK/qemu-c.qcow2") kiln $(size "$WORK/kiln-c.qcow2");" \
	"vmdk qemu $(size "$WORK/qemu.vmdk") kiln $(size "$WORK/kiln.vmdk")"
echo
echo "Ratios (Kiln vs qemu-img):"
echo "  qcow2 throughput ratio (qemu time / Kiln time; goal >= 1.0): $(ratio "$t_qemu_qcow2" "$t_kiln_qcow2")" \
	"(write in the JVM: $(ratio "$t_qemu_qcow2" "$t_kiln_qcow2_inner"))"
echo "  qcow2 throughput ratio against qemu-img convert + sync:       $(ratio "$t_qemu_qcow2_sync" "$t_kiln_qcow2")"
echo "  qcow2 size ratio (goal <= 1.02):                             $(ratio "$(size "$WORK/kiln.qcow2")" "$(size "$WORK/qemu.qcow2")")"
echo "  compressed qcow2 wall-time ratio:                            $(ratio "$t_kiln_qcow2c" "$t_qemu_qcow2c")"
echo "  compressed qcow2 size ratio:                                 $(ratio "$(size "$WORK/kiln-c.qcow2")" "$(size "$WORK/qemu-c.qcow2")")"
echo "  VMDK wall-time ratio (Kiln time / qemu time; goal <= 0.6):   $(ratio "$t_kiln_vmdk" "$t_qemu_vmdk")"
echo "  VMDK size ratio (goal <= 1.02):                              $(ratio "$(size "$WORK/kiln.vmdk")" "$(size "$WORK/qemu.vmdk")")"
bench_record "qcow2 writer, 1 GiB disk, against qemu-img + sync (s)" "$t_kiln_qcow2" "$t_qemu_qcow2_sync" "$(bench_ratio "$t_kiln_qcow2" "$t_qemu_qcow2_sync")" "<= 1.0"
bench_record "compressed qcow2 writer (s)" "$t_kiln_qcow2c" "$t_qemu_qcow2c" "$(bench_ratio "$t_kiln_qcow2c" "$t_qemu_qcow2c")" "<= 1.0"
bench_record "streamOptimized VMDK writer (s)" "$t_kiln_vmdk" "$t_qemu_vmdk" "$(bench_ratio "$t_kiln_vmdk" "$t_qemu_vmdk")" "<= 0.6"
bench_record "VMDK size (MB)" "$(( $(size "$WORK/kiln.vmdk") >> 20 ))" "$(( $(size "$WORK/qemu.vmdk") >> 20 ))" \
	"$(bench_ratio "$(size "$WORK/kiln.vmdk")" "$(size "$WORK/qemu.vmdk")")" "<= 1.02"
