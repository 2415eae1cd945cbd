#!/usr/bin/env bash
# Benchmark (not a test): Kiln's OVA packing (SHA-256 manifest + USTAR archive, streamed, fsync'ed)
# against `sha256sum` + `tar` of the same files, and Kiln's verification against `sha256sum -c`; one
# run each, printing times, throughputs and ratios.
#
# Usage: releng/bench/ova.sh [WORK_DIR]
#   WORK_DIR holds the disks and the OVAs (about 2 GiB); default: a temporary directory, removed at
#   the end. An existing WORK_DIR/disk.vmdk and WORK_DIR/data.vmdk are reused.
#
# Needs qemu-img, GNU tar, coreutils and a build of the image bundle and its test fragment:
#   ./mvnw -B -o verify -pl releng/dev.kiln.target,bundles/dev.kiln.model,bundles/dev.kiln.image,tests/dev.kiln.testsupport,tests/dev.kiln.image.tests
# Kiln runs through dev.kiln.image.ovf.bench.OvaBench (test fragment) on a classpath of the two
# target/classes folders and the commons-compress/-io/-lang3 jars the target platform resolved into
# ~/.m2.
#
# The files: a streamOptimized VMDK of a 1 GiB disk with 600 MiB of /usr files (what an appliance's
# system disk looks like: already compressed, ~250 MB) and a 512 MiB file of random bytes (a large
# data disk that compresses to nothing). All are read once first, so that both sides read them from
# the page cache. Kiln flushes the OVA to the device (fsync) before renaming it; tar does not, so the
# script times `tar` followed by `sync` too.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
. "$ROOT/releng/java-home.sh"
. "$ROOT/releng/bench/lib.sh"
command -v qemu-img >/dev/null || { echo "qemu-img is missing: apt-get install qemu-utils" >&2; exit 1; }
[ -f "$ROOT/tests/dev.kiln.image.tests/target/classes/dev/kiln/image/ovf/bench/OvaBench.class" ] || {
	echo "build first: ./mvnw -B -o verify -pl releng/dev.kiln.target,bundles/dev.kiln.model,bundles/dev.kiln.image,tests/dev.kiln.testsupport,tests/dev.kiln.image.tests" >&2
	exit 1
}
jar() { find "$HOME/.m2/repository/$1" -name "$2-*.jar" ! -name '*-sources.jar' 2>/dev/null | sort -V | tail -n 1; }
CP="$ROOT/bundles/dev.kiln.image/target/classes:$ROOT/tests/dev.kiln.image.tests/target/classes"
for j in "$(jar org/apache/commons/commons-compress commons-compress)" "$(jar commons-io/commons-io commons-io)" \
	"$(jar org/apache/commons/commons-lang3 commons-lang3)"; do
	[ -n "$j" ] || { echo "commons-compress, commons-io or commons-lang3 is not in ~/.m2: build the reactor once" >&2; exit 1; }
	CP="$CP:$j"
done

if [ $# -ge 1 ]; then
	WORK=$1
	mkdir -p "$WORK"
else
	WORK=$(mktemp -d)
	trap 'rm -rf "$WORK"' EXIT
fi
cd "$WORK"
if [ ! -f disk.vmdk ]; then
	echo "Making the disks (1 GiB with 600 MiB of /usr files as streamOptimized VMDK, 512 MiB of random bytes) ..."
	find /usr -xdev -type f -size +0 -print0 2>/dev/null | sort -z | xargs -0 cat 2>/dev/null | head -c $((600 << 20)) > data.bin || true
	truncate -s 1G disk.raw
	dd if=data.bin of=disk.raw bs=1M conv=notrunc,sparse status=none
	rm -f data.bin
	qemu-img convert -f raw -O vmdk -o subformat=streamOptimized disk.raw disk.vmdk
	rm -f disk.raw
	head -c $((512 << 20)) /dev/urandom > data.vmdk
fi
cat disk.vmdk data.vmdk > /dev/null
rm -rf kiln.ova tar.ova tar bench.ovf bench.mf
bytes=$(( $(stat -c %s disk.vmdk) + $(stat -c %s data.vmdk) ))

now() { date +%s.%N; }
since() { echo "$(now) - $1" | bc -l; }
ratio() { echo "scale=3; $1 / $2" | bc -l; }
mibs() { echo "scale=1; $bytes / 1048576 / $1" | bc -l; }

echo "Files: disk.vmdk $(stat -c %s disk.vmdk) bytes, data.vmdk $(stat -c %s data.vmdk) bytes; $(nproc) cores"
echo
sync
start=$(now)
inner=$(java -cp "$CP" dev.kiln.image.ovf.bench.OvaBench pack kiln.ova bench.ovf disk.vmdk data.vmdk)
t_kiln=$(since "$start")
printf '  %-44s %7.2f s  %7.1f MiB/s\n' "Kiln OvaWriter (process)" "$t_kiln" "$(mibs "$t_kiln")"
printf '  %-44s %7.2f s\n' "Kiln OvaWriter (write in the JVM)" "$inner"

mkdir -p tar
cp bench.ovf tar/
start=$(now)
( cd tar && sha256sum bench.ovf ../disk.vmdk ../data.vmdk | sed -E 's#^([0-9a-f]+)  (\.\./)?(.*)$#SHA256(\3)= \1#' > bench.mf \
	&& tar --format=ustar --owner=0 --group=0 --numeric-owner -cf ../tar.ova bench.ovf bench.mf -C .. disk.vmdk data.vmdk )
t_tar=$(since "$start")
printf '  %-44s %7.2f s  %7.1f MiB/s\n' "sha256sum + tar" "$t_tar" "$(mibs "$t_tar")"
start=$(now)
sync
t_sync=$(echo "$t_tar + $(since "$start")" | bc -l)
printf '  %-44s %7.2f s\n' "sha256sum + tar + sync" "$t_sync"
cmp -s <(tar -xOf kiln.ova bench.mf) <(tar -xOf tar.ova bench.mf) && echo "  the two manifests are identical"

echo
start=$(now)
inner_verify=$(java -cp "$CP" dev.kiln.image.ovf.bench.OvaBench verify kiln.ova)
t_verify=$(since "$start")
printf '  %-44s %7.2f s  %7.1f MiB/s\n' "Kiln OvaVerifier (process)" "$t_verify" "$(mibs "$t_verify")"
start=$(now)
( rm -rf x && mkdir x && cd x && tar -xf ../tar.ova && sed -E 's#^SHA256\((.*)\)= ([0-9a-f]+)$#\2  \1#' bench.mf | sha256sum -c --quiet )
t_check=$(since "$start")
printf '  %-44s %7.2f s  %7.1f MiB/s\n' "tar -x + sha256sum -c" "$t_check" "$(mibs "$t_check")"
rm -rf x

echo
echo "Ratios:"
echo "  packing throughput, Kiln vs sha256sum + tar (goal >= 1.0):        $(ratio "$t_tar" "$t_kiln")"
echo "  packing throughput, Kiln vs sha256sum + tar + sync:               $(ratio "$t_sync" "$t_kiln")"
echo "  packing, write in the JVM vs sha256sum + tar + sync:              $(ratio "$t_sync" "$inner")"
echo "  verification throughput, Kiln (in place) vs tar -x + sha256sum -c: $(ratio "$t_check" "$t_verify") (in the JVM: $(ratio "$t_check" "$inner_verify"))"
bench_record "OVA packing, 1.3 GB (s)" "$t_kiln" "$t_sync" "$(bench_ratio "$t_kiln" "$t_sync")" "<= 1.0"
bench_record "OVA verification (s)" "$t_verify" "$t_check" "$(bench_ratio "$t_verify" "$t_check")" "<= 1.0"
