#!/bin/bash
# kiln-keep: the appliance's data that survives updates (written by Kiln, ADR 026). Each kept path of
# /etc/kiln/update.conf lives on the data partition under /data/keep and is bind-mounted over the path
# in the running system slot. A path kept for the first time (first boot, or a version that keeps more)
# starts as the running version's contents of that path.
set -euo pipefail
# shellcheck source=/dev/null
. /etc/kiln/update.conf
for path in $KILN_KEEP; do
	kept="/data/keep$path"
	if [ ! -e "$kept" ]; then
		mkdir -p "$(dirname "$kept")"
		if [ -e "$path" ]; then
			cp -a "$path" "$kept.new"
		else
			mkdir -p "$kept.new"
		fi
		mv "$kept.new" "$kept"
	fi
	if [ -d "$kept" ]; then mkdir -p "$path"; elif [ ! -e "$path" ]; then mkdir -p "$(dirname "$path")"; : > "$path"; fi
	mountpoint -q "$path" || mount --bind "$kept" "$path"
done
