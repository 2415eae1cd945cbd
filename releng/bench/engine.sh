#!/usr/bin/env bash
# Benchmark of the image engine (prints ratios from one run; not a test). Run as root.
#  1. cold build of examples/hello-appliance (empty cache) vs the same work by hand:
#     mmdebstrap -> mkfs.ext4 -d -> qemu-img convert -O qcow2          goal <= 0.9x
#  2. app-only rebuild (one file of the application changed)            goal <= 8 s (CLI: releng/bench/loop.sh)
#  3. footprint and boot, what a customer feels: installed size, compressed image size and (both with
#     a user-mode NIC, since services wait for network-online)
#     boot-to-ready of Kiln's image (the example trims every category, the default) vs a plain mmdebstrap
#     minbase + kernel + systemd image, then where each guest's boot time went (systemd-analyze, printed on
#     the serial console by a unit that runs once the boot is done, so it does not delay the marker)
#                                                                        goal <= 0.5x size, <= 0.6x boot
#  4. a second appliance on the same suite (the example with one more package, so its base system is not
#     cached) with the package cache the cold build filled, vs the by-hand cold build   goal <= 0.5x
# The qcow2 and VMDK writers against qemu-img: releng/bench/formats.sh.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
. "$ROOT/releng/java-home.sh"
. "$ROOT/releng/bench/lib.sh"
W=$(mktemp -d /var/tmp/kiln-bench-engine.XXXXXX)
trap 'rm -rf "$W"' EXIT
MIRROR=$(cat /etc/apt/sources.list.d/*.sources /etc/apt/sources.list 2>/dev/null | sed -n \
	's/^URIs: *\([^ ]*\/debian\)\/\?$/\1/p; s/^deb \(\[[^]]*\] \)\?\([^ ]*\/debian\)\/\? .*/\2/p' | head -n 1 || true)
[ -n "$MIRROR" ] || { echo "no Debian archive in the apt sources" >&2; exit 1; }
SUITE=trixie

CLASSPATH_BENCH=$(bench_classpath)
kiln() { "$JAVA_HOME/bin/java" -cp "$CLASSPATH_BENCH" dev.kiln.bench.BuildProject "$@"; }

# where boot time went, on the console once the boot is done (Type=simple: the boot does not wait for it)
ANALYZE_UNIT='[Unit]
Description=Print where boot time went on the console
After=multi-user.target

[Service]
Type=simple
ExecStart=/bin/sh -c "systemctl is-system-running --wait >/dev/null; { systemd-analyze; systemd-analyze blame --no-pager | head -n 15; systemd-analyze critical-chain --no-pager $$0; echo ANALYZE-END; } > /dev/console 2>&1" %s

[Install]
WantedBy=multi-user.target
'

echo "== 1. cold build"
cp -a "$ROOT/examples/hello-appliance" "$W/project"
# shellcheck disable=SC2059
printf "$ANALYZE_UNIT" hello.service > "$W/project/app/systemd/kiln-analyze.service"
sed -i 's|<service name="hello.service" unit="app/systemd/hello.service"/>|&\n    <service name="kiln-analyze.service" unit="app/systemd/kiln-analyze.service"/>|' "$W/project/appliance.xml"
grep -q kiln-analyze.service "$W/project/appliance.xml"
t0=$(now); kiln "$W/project" "$W/kiln-cold" "$W/cache" > "$W/cold.txt"; t1=$(now)
kiln_cold=$(secs "$t0" "$t1")
grep -E '^(step|baseFromCache)' "$W/cold.txt" | sed 's/^/   kiln /'

# shellcheck disable=SC2059
printf "$ANALYZE_UNIT" marker.service > "$W/peer-analyze.service"
t0=$(now)
mmdebstrap --mode=root --variant=minbase --include=linux-image-amd64,systemd-sysv,udev,initramfs-tools,busybox \
	--customize-hook='printf "[Unit]\nAfter=basic.target\n[Service]\nType=oneshot\nExecStart=/bin/sh -c \"echo KILN-READY peer > /dev/console\"\n[Install]\nWantedBy=multi-user.target\n" > "$1/etc/systemd/system/marker.service"' \
	--customize-hook='ln -s /etc/systemd/system/marker.service "$1/etc/systemd/system/multi-user.target.wants/marker.service"' \
	--customize-hook="upload $W/peer-analyze.service /etc/systemd/system/kiln-analyze.service" \
	--customize-hook='ln -s /etc/systemd/system/kiln-analyze.service "$1/etc/systemd/system/multi-user.target.wants/kiln-analyze.service"' \
	"$SUITE" "$W/peer.tar" "$MIRROR" > "$W/peer-mmdebstrap.log" 2>&1
mkdir "$W/peer-root"
tar --numeric-owner -xpf "$W/peer.tar" -C "$W/peer-root" --exclude='./dev/*'
truncate -s 2G "$W/peer-root.img"
mkfs.ext4 -q -F -d "$W/peer-root" "$W/peer-root.img"
qemu-img convert -O qcow2 "$W/peer-root.img" "$W/peer.qcow2"
t1=$(now)
peer_cold=$(secs "$t0" "$t1")
printf 'cold build: kiln %.1f s, by hand %.1f s, ratio %.2f (goal <= 0.9)\n' "$kiln_cold" "$peer_cold" "$(echo "$kiln_cold / $peer_cold" | bc -l)"
bench_record "cold build of the example, empty cache (s)" "$kiln_cold" "$peer_cold" "$(bench_ratio "$kiln_cold" "$peer_cold")" "<= 0.9"

echo "== 2. app-only rebuild"
echo "<h1>Hello again</h1>" > "$W/project/app/www/index.html"
t0=$(now); kiln "$W/project" "$W/kiln-warm" "$W/cache" > "$W/warm.txt"; t1=$(now)
kiln_warm=$(secs "$t0" "$t1")
grep -E '^(step|baseFromCache)' "$W/warm.txt" | sed 's/^/   kiln /'
printf 'app-only rebuild (plain class path): %.1f s (goal <= 8 s), ratio to cold %.2f\n' "$kiln_warm" "$(echo "$kiln_warm / $kiln_cold" | bc -l)"

echo "== 3. footprint and boot"
kiln_raw=$(awk '/^artifact RAW/ {print $3}' "$W/cold.txt")
kiln_base=$(ls "$W"/cache/base/*/base.tar)
kiln_installed=$(stat -c %s "$kiln_base")
peer_installed=$(stat -c %s "$W/peer.tar")
qemu-img convert -c -O qcow2 "$kiln_raw" "$W/kiln-c.qcow2"
qemu-img convert -c -O qcow2 "$W/peer-root.img" "$W/peer-c.qcow2"
kiln_packed=$(stat -c %s "$W/kiln-c.qcow2"); peer_packed=$(stat -c %s "$W/peer-c.qcow2")
kiln_initrd=$(tar -tvf "$kiln_base" | awk '/\.\/boot\/initrd.img-/ {print $3}')
peer_initrd=$(tar -tvf "$W/peer.tar" | awk '/\.\/boot\/initrd.img-/ {print $3}')
printf 'installed size (root tree as tar): kiln %d MB, plain %d MB, ratio %.2f (goal <= 0.5)\n' \
	$((kiln_installed >> 20)) $((peer_installed >> 20)) "$(echo "$kiln_installed / $peer_installed" | bc -l)"
bench_record "installed size, root tree as tar (MB)" "$((kiln_installed >> 20))" "$((peer_installed >> 20))" "$(bench_ratio "$kiln_installed" "$peer_installed")" "<= 0.5"
printf 'compressed image (qcow2 -c): kiln %d MB, plain %d MB, ratio %.2f (goal <= 0.5)\n' \
	$((kiln_packed >> 20)) $((peer_packed >> 20)) "$(echo "$kiln_packed / $peer_packed" | bc -l)"
bench_record "compressed image, qcow2 -c (MB)" "$((kiln_packed >> 20))" "$((peer_packed >> 20))" "$(bench_ratio "$kiln_packed" "$peer_packed")" "<= 0.5"
printf 'initrd: kiln %d MB, plain %d MB\n' $((kiln_initrd >> 20)) $((peer_initrd >> 20))

boot_seconds() { # log marker qemu-args...: the seconds to the marker; the guest runs on until its analysis is printed
	local log=$1 marker=$2; shift 2
	local start; start=$(now)
	timeout 400 qemu-system-x86_64 -accel tcg -m 1024 -smp 2 -nographic -no-reboot -snapshot -nic user,model=virtio-net-pci "$@" > "$log" 2>&1 &
	local pid=$! ready=""
	while kill -0 $pid 2>/dev/null; do
		if [ -z "$ready" ] && grep -aq "$marker" "$log"; then ready=$(secs "$start" "$(now)"); fi
		if [ -n "$ready" ] && grep -aq ANALYZE-END "$log"; then break; fi
		sleep 0.2
	done
	kill $pid 2>/dev/null; wait $pid 2>/dev/null || true
	[ -n "$ready" ] || { echo "no marker" >&2; return 1; }
	echo "$ready"
}
analysis() { # log: what systemd-analyze printed on the console, without terminal escapes
	tr -d '\r' < "$1" | sed 's/\x1b\][0-9]*\x07//g; s/\x1b\[[!?0-9;]*[A-Za-z]//g' | sed -n '/Startup finished/,/ANALYZE-END/p' \
		| grep -av -e 'ANALYZE-END' -e '^ *$' -e 'login:' -e '^Debian GNU' -e 'is printed after' | sed 's/^/   /' || true
}
mkdir "$W/peer-boot"
tar -xf "$W/peer.tar" -C "$W/peer-boot" --wildcards './boot/vmlinuz-*' './boot/initrd.img-*'
kiln_boot=$(boot_seconds "$W/kiln-boot.log" "KILN-READY hello-appliance" -drive "file=$kiln_raw,if=virtio,format=raw")
peer_boot=$(boot_seconds "$W/peer-boot.log" "KILN-READY peer" -kernel "$W"/peer-boot/boot/vmlinuz-* -initrd "$W"/peer-boot/boot/initrd.img-* \
	-append "root=/dev/vda rw console=ttyS0" -drive "file=$W/peer-root.img,if=virtio,format=raw")
printf 'boot to ready (TCG): kiln %.1f s (own boot loader, SeaBIOS), plain %.1f s (direct kernel boot), ratio %.2f (goal <= 0.6)\n' \
	"$kiln_boot" "$peer_boot" "$(echo "$kiln_boot / $peer_boot" | bc -l)"
bench_record "boot to ready under TCG, own boot loader vs direct kernel boot (s)" "$kiln_boot" "$peer_boot" "$(bench_ratio "$kiln_boot" "$peer_boot")" "<= 0.6"
echo "-- where the kiln image's boot went (its own clock, TCG)"
analysis "$W/kiln-boot.log"
echo "-- where the plain image's boot went"
analysis "$W/peer-boot.log"

echo "== 4. second appliance, warm package cache"
cp -a "$ROOT/examples/hello-appliance" "$W/second"
sed -i 's|<package name="busybox"/>|<package name="busybox"/><package name="jq"/>|' "$W/second/appliance.xml"
grep -q '<package name="jq"/>' "$W/second/appliance.xml" || { echo "cannot add jq to the example's packages" >&2; exit 1; }
t0=$(now); kiln "$W/second" "$W/kiln-second" "$W/cache" > "$W/second.txt"; t1=$(now)
kiln_second=$(secs "$t0" "$t1")
grep -E '^(step|baseFromCache)' "$W/second.txt" | sed 's/^/   kiln /'
printf 'second appliance, warm package cache: kiln %.1f s, by-hand cold build %.1f s, ratio %.2f (goal <= 0.5)\n' \
	"$kiln_second" "$peer_cold" "$(echo "$kiln_second / $peer_cold" | bc -l)"
bench_record "second appliance on the suite, warm package cache (s)" "$kiln_second" "$peer_cold" "$(bench_ratio "$kiln_second" "$peer_cold")" "<= 0.5"
