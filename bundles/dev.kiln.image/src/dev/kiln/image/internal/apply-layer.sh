#!/bin/bash
# Kiln: write the application layer into a copy of the base's root file system with debugfs, from the
# commands DebugfsLayer made. debugfs goes on after a command fails, saying so on stderr: anything there
# but its banner fails the build. E2FSPROGS_FAKE_TIME gives every inode it touches the epoch's times.
# Arguments: commands image epoch
set -euo pipefail
commands=$1 image=$2 epoch=$3
E2FSPROGS_FAKE_TIME=$epoch debugfs -w -f "$commands" "$image" > /dev/null 2> "$commands.err"
if grep -v '^debugfs [0-9]' "$commands.err"; then
	exit 1
fi
