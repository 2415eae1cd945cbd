#!/bin/bash
# Kiln: unpack the base system and the application layer into a private tmpfs and make the ext4 root
# file system of the image from it. Runs in its own mount namespace (and user namespace when not root).
# Arguments: work base.tar app.tar deletions image size-MiB uuid epoch
set -euo pipefail
work=$1 base=$2 app=$3 deletions=$4 image=$5 size_mb=$6 uuid=$7 epoch=$8
mount -t tmpfs -o mode=0755 kiln-root "$work"
root="$work/root"
mkdir "$root"
tar --numeric-owner -xpf "$base" -C "$root" --exclude='./dev/*'
while IFS= read -r path; do
	[ -n "$path" ] && rm -f -- "$root$path"
done < "$deletions"
tar --numeric-owner -xpf "$app" -C "$root"
: > "$root/etc/machine-id"
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
E2FSPROGS_FAKE_TIME=$epoch mkfs.ext4 -q -F -L root -U "$uuid" -E "hash_seed=$uuid,root_owner=0:0" -d "$root" "$image"
