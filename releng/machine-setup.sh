#!/usr/bin/env bash
# Installs the Debian packages a Kiln task needs, if any are missing. Usage: machine-setup.sh TASK...
# Tasks: workbench (run the Kiln Workbench), test (run all tests).
# As root it runs apt-get; otherwise it prints the command to run and fails.
set -euo pipefail

packages_for() {
	case "$1" in
		workbench) echo "libgtk-3-0 xvfb xauth x11-utils imagemagick" ;;
		test) echo "libgtk-3-0 xvfb xauth x11-utils imagemagick qemu-utils" ;;
		*) echo "machine-setup.sh: unknown task '$1'" >&2; exit 2 ;;
	esac
}

wanted=()
for task in "$@"; do
	for p in $(packages_for "$task"); do wanted+=("$p"); done
done
missing=()
for p in "${wanted[@]}"; do
	dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0

if [ "$(id -u)" -ne 0 ]; then
	echo "Kiln needs these Debian packages: ${missing[*]}" >&2
	echo "Install them with: sudo apt-get update && sudo apt-get install -y ${missing[*]}" >&2
	exit 1
fi
echo "Installing ${missing[*]} ..."
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
