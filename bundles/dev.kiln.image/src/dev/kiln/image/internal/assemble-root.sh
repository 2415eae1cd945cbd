#!/bin/bash
# Kiln: unpack the base system into a private tmpfs and make the ext4 root file system of the base from
# it (the application layer is written into a copy of it afterwards, by debugfs: apply-layer.sh); for
# BIOS boot also GRUB's core.img, made by the image's own grub-mkimage from the image's own modules, so
# that core.img and the modules it loads are one version.
# Runs in its own mount namespace (and user namespace when not root).
# Arguments: work base.tar image size-MiB uuid epoch core.img|- early.cfg prefix modules features|-
# (features: ext4 features beyond mkfs.ext4's defaults, e.g. metadata_csum_seed)
set -euo pipefail
umask 022
work=$1 base=$2 image=$3 size_mb=$4 uuid=$5 epoch=$6 core=$7 early=$8 prefix=$9 modules=${10} features=${11}
mount -t tmpfs -o mode=0755 kiln-root "$work"
root="$work/root"
mkdir "$root"
tar --numeric-owner -xpf "$base" -C "$root" --exclude='./dev/*'
: > "$root/etc/machine-id"
if [ "$core" != - ]; then
	# what grub-install copies: the modules and their lists, which normal mode loads from $prefix/i386-pc;
	# a package update in the guest leaves this copy, and so its match with core.img, alone
	mkdir -p "$root/boot/grub/i386-pc"
	cp "$root"/usr/lib/grub/i386-pc/*.mod "$root"/usr/lib/grub/i386-pc/*.lst "$root/boot/grub/i386-pc/"
	cp "$early" "$root/tmp/kiln-grub-early.cfg"
	# shellcheck disable=SC2086 # one word per module
	chroot "$root" /usr/bin/grub-mkimage -O i386-pc -d /usr/lib/grub/i386-pc -c /tmp/kiln-grub-early.cfg -p "$prefix" \
		$modules > "$core"
	rm "$root/tmp/kiln-grub-early.cfg"
fi
# clamp every time to the epoch, as SOURCE_DATE_EPOCH asks (copying GRUB's modules changed some)
find "$root" -newermt "@$epoch" -exec touch -h -d "@$epoch" {} +
used_kb=$(du -sk --apparent-size "$root" | cut -f1)
inodes=$(find "$root" -xdev | wc -l)
# ext4 needs room for metadata and the journal beyond the files themselves
needed_mb=$(( used_kb * 110 / 100 / 1024 + inodes / 64 + 96 ))
if [ "$needed_mb" -gt "$size_mb" ]; then
	echo "KILN-NEEDED-MB=$needed_mb"
	exit 3
fi
rm -f "$image"
truncate -s "${size_mb}M" "$image"
extra=()
[ "$features" = - ] || extra=(-O "$features")
E2FSPROGS_FAKE_TIME=$epoch mkfs.ext4 -q -F -L root -U "$uuid" -E "hash_seed=$uuid,root_owner=0:0" "${extra[@]}" -d "$root" "$image"
# mkfs.ext4 -d copies access and change times from the unpacked tree, i.e. the time of unpacking:
# set them to the epoch, as the modification times already are. Populating an empty file system
# allocates inodes 11, 12, ... in order; the count of used inodes includes the reserved 1-10, so the
# used ones are 2 (the root) and 11 up to that count.
used=$(dumpe2fs -h "$image" 2>/dev/null | awk -F: '/^Inode count/ {c = $2} /^Free inodes/ {f = $2} END {print c - f}')
{
	for ino in 2 $(seq 11 "$used"); do
		printf 'sif <%d> atime @%d\nsif <%d> ctime @%d\n' "$ino" "$epoch" "$ino" "$epoch"
	done
} > "$work/times.debugfs"
E2FSPROGS_FAKE_TIME=$epoch debugfs -w -f "$work/times.debugfs" "$image" > /dev/null 2> "$work/debugfs.err" || { cat "$work/debugfs.err"; exit 1; }
