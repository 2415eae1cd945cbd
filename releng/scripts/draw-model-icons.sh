#!/usr/bin/env bash
# Draws the 16x16 icons of the manifest model's item providers (dev.kiln.model.edit/icons/full/obj16)
# with ImageMagick, so they can be changed and redrawn rather than edited pixel by pixel. The PNGs
# carry no time stamps: drawing twice gives the same bytes.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
out="$root/bundles/dev.kiln.model.edit/icons/full/obj16"
mkdir -p "$out"

# icon <name> <draw arguments...>: a transparent 16x16 canvas, anti-aliased strokes
icon() {
	local name=$1
	shift
	convert -size 16x16 xc:none -strokewidth 1 "$@" -strip -define png:exclude-chunks=date,time,tIME \
		"PNG32:$out/$name.png"
}

# the appliance: a box seen from above, Kiln's orange
icon Appliance -fill '#f08c2e' -stroke '#8a4a0f' -draw 'polygon 8,1 15,4 15,12 8,15 1,12 1,4' \
	-fill '#f7b36b' -draw 'polygon 8,1 15,4 8,7 1,4' -stroke '#8a4a0f' -draw 'line 8,7 8,15'
# the licence: a page with a red seal
icon License -fill white -stroke '#555555' -draw 'rectangle 3,1 12,14' \
	-stroke '#888888' -draw 'line 5,4 10,4' -draw 'line 5,6 10,6' -fill '#d03030' -stroke '#902020' -draw 'circle 10,12 12,12'
# the operating system: Debian's red swirl as a ring
icon OperatingSystem -fill none -stroke '#c70036' -strokewidth 2 -draw 'arc 2,2 14,14 40,340' \
	-fill '#c70036' -stroke none -draw 'circle 9,8 10,9'
# a Debian package: a brown parcel
icon DebianPackage -fill '#c8955a' -stroke '#6b4a22' -draw 'rectangle 2,4 13,14' \
	-fill '#e0b77f' -draw 'polygon 2,4 5,1 16,1 13,4' -stroke '#6b4a22' -draw 'line 7,4 7,14'
# the application layer: a window
icon Application -fill white -stroke '#2a5db0' -draw 'rectangle 1,2 14,13' -fill '#2a5db0' -draw 'rectangle 1,2 14,5'
# a file: a page with a folded corner
icon ApplicationFile -fill white -stroke '#4a6a8a' -draw 'polygon 3,1 10,1 13,4 13,14 3,14' \
	-fill '#c9d7e6' -draw 'polygon 10,1 10,4 13,4'
# a directory: a folder
icon ApplicationDirectory -fill '#f2c94c' -stroke '#9a7a10' -draw 'polygon 1,3 6,3 7,5 14,5 14,13 1,13' \
	-fill '#f7dc86' -draw 'rectangle 1,6 14,13'
# a group: two heads
icon Group -fill '#7a9cc6' -stroke '#3c5a80' -draw 'circle 5,5 5,3' -draw 'ellipse 5,13 4,3 180,360' \
	-fill '#4f7db8' -draw 'circle 11,6 11,4' -draw 'ellipse 11,14 4,3 180,360'
# a user: one head
icon User -fill '#4f7db8' -stroke '#2c4d78' -draw 'circle 8,5 8,2' -draw 'ellipse 8,15 6,5 180,360'
# a systemd service: a gear
icon SystemdService -fill '#5b8c3a' -stroke '#2f4f1c' \
	-draw 'polygon 7,0 9,0 9,3 12,2 13,4 11,6 14,7 14,9 11,10 13,12 12,14 9,13 9,16 7,16 7,13 4,14 3,12 5,10 2,9 2,7 5,6 3,4 4,2 7,3' \
	-fill white -draw 'circle 8,8 8,6'
# the network: three linked nodes
icon Network -stroke '#2a7f7f' -strokewidth 1.5 -draw 'line 8,3 3,12' -draw 'line 8,3 13,12' -draw 'line 3,12 13,12' \
	-fill '#3fb0b0' -stroke '#1d5c5c' -strokewidth 1 -draw 'circle 8,3 8,1' -draw 'circle 3,12 3,10' -draw 'circle 13,12 13,10'
# a port: a socket with two pins
icon Port -fill '#dddddd' -stroke '#444444' -draw 'roundrectangle 1,3 14,12 2,2' \
	-fill '#444444' -draw 'rectangle 4,6 5,9' -draw 'rectangle 10,6 11,9'
# the hardware: a chip
icon Hardware -fill '#3a3a3a' -stroke '#111111' -draw 'rectangle 4,4 11,11' -stroke '#888888' \
	-draw 'line 6,1 6,3' -draw 'line 9,1 9,3' -draw 'line 6,12 6,14' -draw 'line 9,12 9,14' \
	-draw 'line 1,6 3,6' -draw 'line 1,9 3,9' -draw 'line 12,6 14,6' -draw 'line 12,9 14,9'
# a disk: a cylinder
icon Disk -fill '#9aa7b5' -stroke '#4a5560' -draw 'rectangle 2,4 13,12' -draw 'ellipse 7.5,12 5.5,2 0,180' \
	-fill '#c5ced8' -draw 'ellipse 7.5,4 5.5,2 0,360'
# the OVF properties: a list
icon OvfProperties -fill white -stroke '#6a4c93' -draw 'rectangle 1,1 14,14' -fill '#6a4c93' \
	-draw 'rectangle 3,3 4,4' -draw 'rectangle 3,7 4,8' -draw 'rectangle 3,11 4,12' -stroke '#9a86b8' \
	-draw 'line 6,3 12,3' -draw 'line 6,7 12,7' -draw 'line 6,11 12,11'
# one OVF property: a slider
icon OvfProperty -stroke '#6a4c93' -strokewidth 2 -draw 'line 2,8 14,8' -fill '#9a86b8' -stroke '#4a3470' \
	-strokewidth 1 -draw 'roundrectangle 7,3 10,13 1,1'
# the outputs: stacked images
icon Outputs -fill '#b8c7d9' -stroke '#44566b' -draw 'rectangle 4,1 14,10' -fill '#dbe4ef' -draw 'rectangle 1,5 11,14'
# one output: an image with an arrow out
icon Output -fill '#dbe4ef' -stroke '#44566b' -draw 'rectangle 1,3 10,14' -stroke '#2a8a3a' -strokewidth 2 \
	-draw 'line 7,8 14,1' -fill '#2a8a3a' -strokewidth 1 -draw 'polygon 10,1 15,0 14,5'
# the marketplace listing: a price tag
icon Listing -fill '#e6b422' -stroke '#8a6a0a' -draw 'polygon 1,1 8,1 15,8 8,15 1,8' -fill white -draw 'circle 4.5,4.5 4.5,3'
# what the base leaves out: scissors
icon Trim -stroke '#555555' -strokewidth 1.5 -draw 'line 4,11 12,1' -draw 'line 12,11 4,1' -fill white -strokewidth 1 \
	-stroke '#c70036' -draw 'circle 4,13 4,11' -draw 'circle 12,13 12,11'
# the support contact: an envelope
icon SupportContact -fill white -stroke '#555555' -draw 'rectangle 1,3 14,12' -fill none -draw 'polyline 1,3 7.5,9 14,3'
# the updates: two circling arrows
icon Updates -fill none -stroke '#2a8a3a' -strokewidth 2 -draw 'arc 2,2 14,14 200,340' -draw 'arc 2,2 14,14 20,160' \
	-fill '#2a8a3a' -stroke none -strokewidth 1 -draw 'polygon 11,1 15,5 10,6' -draw 'polygon 5,15 1,11 6,10'
# an update channel: a radio mast
icon UpdateChannel -stroke '#2a5db0' -strokewidth 1.5 -draw 'line 8,6 4,15' -draw 'line 8,6 12,15' -fill '#2a5db0' \
	-strokewidth 1 -draw 'circle 8,5 8,3' -fill none -draw 'arc 2,0 14,11 200,340'
# a kept path: a folder with a lock
icon KeptPath -fill '#f2c94c' -stroke '#9a7a10' -draw 'polygon 1,3 6,3 7,5 14,5 14,13 1,13' \
	-fill '#555555' -stroke '#222222' -draw 'rectangle 8,9 14,15' -fill none -draw 'arc 9,5 13,11 180,360'
# the ready check: a tick in a circle
icon ReadyCheck -fill '#dff0d8' -stroke '#2a8a3a' -draw 'circle 8,8 8,1' -strokewidth 2 -fill none \
	-draw 'polyline 4,8 7,11 12,5'
ls "$out"
