#!/usr/bin/env bash
# Draws the 16x16 icon of Run As → Appliance in QEMU (dev.kiln.ui/icons/run_appliance.png) with
# ImageMagick: Kiln's appliance box with a green "run" triangle. No time stamps: the same bytes each time.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
convert -size 16x16 xc:none -strokewidth 1 \
	-fill '#f08c2e' -stroke '#8a4a0f' -draw 'polygon 7,1 13,3.5 13,10 7,12.5 1,10 1,3.5' \
	-fill '#f7b36b' -draw 'polygon 7,1 13,3.5 7,6 1,3.5' -draw 'line 7,6 7,12.5' \
	-fill '#2e9b3a' -stroke '#1a5e22' -draw 'polygon 8,7 15,11 8,15' \
	-strip -define png:exclude-chunks=date,time,tIME "PNG32:$root/bundles/dev.kiln.ui/icons/run_appliance.png"
