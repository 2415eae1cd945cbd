#!/bin/bash
# kiln-update: updates of this appliance (written by Kiln, ADR 026). The appliance has two system slots,
# A and B, and a data partition that updates never touch. Debian's RAUC writes a new version into the slot
# that is not running and GRUB boots it; once the new version is ready, its slot is marked good, and a
# version that does not become ready in time falls back to the slot it came from.
#
#   kiln-update status            what runs, what is available, how the last update went
#   kiln-update check             look for a newer version on the channel
#   kiln-update apply [--no-reboot]
#                                 install the newest version into the other slot and boot it
#   kiln-update channel [NAME]    show or choose the channel (of those the vendor offers)
#   kiln-update source [URL|--default]
#                                 show or set where updates come from (a mirror of the vendor's folder)
#   kiln-update ready             run at boot by kiln-ready.service: wait until this version is ready
#   kiln-update timer             run by kiln-update.timer: check, and apply if the appliance says so
#   kiln-update test              run by kiln-update-test.service when the machine is given the systemd
#                                 credential kiln.update-test (the vendor's update test, Run As → Appliance
#                                 Update Test or kiln test-update): marks the kept paths, installs the version
#                                 under test from the test's source, and after the reboot says whether it
#                                 became ready with the marks intact
#
# The vendor's settings are in /etc/kiln/update.conf; the customer's choices and the state are kept on the
# data partition in /data/kiln-update.
set -uo pipefail
umask 022
CONF=/etc/kiln/update.conf
STATE=/data/kiln-update
TRUST=/etc/kiln/vendor.pem
# shellcheck source=/dev/null
. "$CONF"

say() { printf '%s\n' "$*"; }
fail() { printf 'kiln-update: %s\n' "$*" >&2; exit 1; }
console() { printf 'KILN-UPDATE %s\n' "$*" > /dev/console 2>/dev/null || true; printf '%s\n' "$*"; }
state_get() { [ -f "$STATE/$1" ] && cat "$STATE/$1"; }
state_put() { mkdir -p "$STATE" && printf '%s\n' "$2" > "$STATE/$1.new" && mv "$STATE/$1.new" "$STATE/$1"; }
running_version() { sed -n 's/^VERSION=//p' /etc/kiln-appliance; }
booted_slot() { sed -n 's/.*rauc\.slot=\([AB]\).*/\1/p' /proc/cmdline; }
other_slot() { if [ "$(booted_slot)" = A ]; then say B; else say A; fi; }
channel() { local c; c=$(state_get channel); say "${c:-$KILN_UPDATE_CHANNEL}"; }
source_url() { local u; u=${KILN_UPDATE_TEST_SOURCE:-$(state_get source)}; u=${u:-$KILN_UPDATE_URL}; say "${u%/}"; }
now() { date -u +%Y-%m-%dT%H:%M:%SZ; }

# the channel's signed index: lines "version V file F size N sha256 H", checked against the vendor's
# certificate the appliance was built with; prints the index's path
fetch_index() {
	local url dir
	url=$(source_url)
	[ -n "$url" ] || fail "no update source is set: the vendor gave none; set one with: kiln-update source URL"
	dir=$(mktemp -d "$STATE/index.XXXXXX") || fail "cannot write to $STATE"
	if ! curl -fsS --retry 2 --max-time 120 -o "$dir/index" "$url/$(channel)/index" \
		|| ! curl -fsS --retry 2 --max-time 120 -o "$dir/index.p7s" "$url/$(channel)/index.p7s"; then
		rm -rf "$dir"
		fail "cannot read the update index of channel $(channel) from $url"
	fi
	if ! openssl cms -verify -binary -inform DER -in "$dir/index.p7s" -content "$dir/index" -CAfile "$TRUST" \
		-purpose any -out /dev/null 2> "$dir/verify.log"; then
		rm -rf "$dir"
		state_put last-check "$(now) refused: the index of channel $(channel) is not signed by the vendor"
		fail "refused: the update index of channel $(channel) from $url is not signed by the vendor's key (nothing was installed)"
	fi
	if ! grep -q "^appliance $KILN_ID\$" "$dir/index"; then
		rm -rf "$dir"
		fail "refused: the update index from $url is for another appliance"
	fi
	say "$dir"
}

# the newest version in an index that is newer than the running one: "V F N H", or nothing
newest() {
	local index=$1 best="" line v
	while read -r line; do
		set -- $line
		[ "${1:-}" = version ] || continue
		v=$2
		if dpkg --compare-versions "$v" gt "$(running_version)" \
			&& { [ -z "$best" ] || dpkg --compare-versions "$v" gt "${best%% *}"; }; then
			best="$v $4 $6 $8"
		fi
	done < "$index"
	[ -n "$best" ] && say "$best"
}

cmd_check() {
	local dir found
	dir=$(fetch_index) || exit 1
	found=$(newest "$dir/index")
	rm -rf "$dir"
	if [ -n "$found" ]; then
		state_put available "${found%% *}"
		state_put last-check "$(now) ${found%% *} available on channel $(channel)"
		say "Update available: $KILN_ID ${found%% *} (running $(running_version), channel $(channel))"
		return 0
	fi
	rm -f "$STATE/available"
	state_put last-check "$(now) up to date on channel $(channel)"
	say "Up to date: $KILN_ID $(running_version) is the newest version on channel $(channel)"
	return 0
}

cmd_apply() {
	local reboot=yes dir found version file size sum bundle target
	[ "${1:-}" = --no-reboot ] && reboot=no
	[ "$(id -u)" = 0 ] || fail "apply needs root"
	dir=$(fetch_index) || exit 1
	found=$(newest "$dir/index")
	rm -rf "$dir"
	if [ -z "$found" ]; then
		say "Up to date: $KILN_ID $(running_version) is the newest version on channel $(channel)"
		return 0
	fi
	read -r version file size sum <<< "$found"
	case $file in */* | .*) fail "refused: the index names a bundle outside the update folder: $file" ;; esac
	mkdir -p "$STATE/download"
	bundle="$STATE/download/$file"
	rm -f "$STATE"/download/*
	# the whole bundle is checked against the signed index before RAUC writes anything
	if [ "$(df -B1 --output=avail "$STATE/download" | tail -n 1)" -lt $(( size + 16 * 1024 * 1024 )) ]; then
		fail "not enough room on the data partition for the $size-byte bundle of $version ($(df -h --output=avail /data | tail -n 1 | tr -d ' ') free): enlarge the virtual disk (the data partition grows at the next boot)"
	fi
	say "Downloading $KILN_ID $version ($size bytes) ..."
	if ! curl -fsS --retry 2 --max-time 3600 -o "$bundle.part" "$(source_url)/$file"; then
		rm -f "$bundle.part"
		fail "cannot download $(source_url)/$file"
	fi
	if [ "$(stat -c %s "$bundle.part")" != "$size" ] || [ "$(sha256sum < "$bundle.part" | cut -d' ' -f1)" != "$sum" ]; then
		rm -f "$bundle.part"
		state_put last-check "$(now) refused: $file does not match the signed index"
		fail "refused: the downloaded $file does not match the vendor's signed index (nothing was installed)"
	fi
	mv "$bundle.part" "$bundle"
	target=$(other_slot)
	say "Installing $KILN_ID $version into system slot $target ..."
	if ! rauc install "$bundle"; then
		rm -f "$bundle"
		state_put last-update "$(now) failed: RAUC did not install $version (see journalctl -u rauc); $(running_version) keeps running"
		fail "RAUC did not install $version; $(running_version) keeps running"
	fi
	rm -f "$bundle"
	# what the next boots compare with: which slot should come up, with which version, from which
	state_put pending "$version $target $(running_version) $(booted_slot) $(now)"
	rm -f "$STATE/trial-failures"
	state_put last-update "$(now) installed $version into slot $target; it boots next"
	console "installed $KILN_ID $version into system slot $target"
	if [ "$reboot" = yes ]; then
		console "rebooting into $KILN_ID $version"
		systemctl reboot
	else
		say "Reboot to start $version (it is also started by the next reboot)."
	fi
}

# is this version ready: the vendor's services active, then the vendor's check; prints what is missing
ready_now() {
	local unit
	for unit in $KILN_READY_SERVICES; do
		systemctl -q is-active "$unit" || { say "$unit is not active"; return 1; }
	done
	if [ -n "$KILN_READY_URL" ]; then
		curl -fsS -o /dev/null --max-time 10 "$KILN_READY_URL" 2>/dev/null || { say "$KILN_READY_URL does not answer"; return 1; }
	fi
	if [ -n "$KILN_READY_COMMAND" ]; then
		sh -c "$KILN_READY_COMMAND" > /dev/null 2>&1 || { say "the ready command failed: $KILN_READY_COMMAND"; return 1; }
	fi
	return 0
}

cmd_ready() {
	local start waited missing pending version target from fromslot since tries
	start=$(date +%s)
	missing=$(ready_now)
	while [ -n "$missing" ] && [ $(( $(date +%s) - start )) -lt "$KILN_READY_TIMEOUT" ]; do
		sleep 2
		missing=$(ready_now)
	done
	waited=$(( $(date +%s) - start ))
	pending=$(state_get pending)
	if [ -z "$missing" ]; then
		rauc status mark-good booted > /dev/null || console "RAUC could not mark slot $(booted_slot) good"
		if [ -n "$pending" ]; then
			read -r version target from fromslot since <<< "$pending"
			if [ "$target" = "$(booted_slot)" ] && [ "$version" = "$(running_version)" ]; then
				state_put last-update "$(now) updated from $from to $version (slot $target), ready after ${waited} s"
				console "updated $KILN_ID from $from to $version, ready"
			else
				tries=$(cat "$STATE/trial-failures" 2>/dev/null | wc -l)
				state_put last-update "$(now) fell back to $(running_version) (slot $(booted_slot)): $version in slot $target did not become ready within ${KILN_READY_TIMEOUT} s in $tries boot attempt(s): $(tail -n 1 "$STATE/trial-failures" 2>/dev/null | cut -d' ' -f2- || say 'it did not report')"
				rauc status mark-bad other > /dev/null || true
				state_put failed "$version"
				console "fell back to $KILN_ID $(running_version): $version did not become ready"
			fi
			rm -f "$STATE/pending" "$STATE/trial-failures"
		fi
		say "Ready: $KILN_ID $(running_version) in system slot $(booted_slot)"
		return 0
	fi
	console "$KILN_ID $(running_version) is not ready after ${waited} s: $missing"
	if [ -n "$pending" ]; then
		read -r version target from fromslot since <<< "$pending"
		if [ "$target" = "$(booted_slot)" ]; then
			printf '%s %s\n' "$(now)" "$missing" >> "$STATE/trial-failures"
			if [ -d "$STATE/update-test" ]; then
				# the vendor's update test (cmd_test, which runs after this) says that the version is not ready: a
				# reboot now would cancel its answer. Its machine runs on a snapshot, nothing of this stays.
				return 1
			fi
			console "rebooting: GRUB tries slot $target again or falls back to slot $fromslot ($from)"
			systemctl reboot
		fi
	fi
	return 1
}

cmd_status() {
	local pending
	say "Appliance:   $KILN_ID $(running_version), system slot $(booted_slot)"
	say "Channel:     $(channel) (offered: $KILN_UPDATE_CHANNELS)"
	say "Source:      $(source_url)"
	if [ -n "$KILN_UPDATE_CHECK" ]; then
		say "Checks:      $KILN_UPDATE_CHECK; $([ "$KILN_UPDATE_AUTOMATIC" = yes ] && say "installed automatically${KILN_UPDATE_REBOOT_WINDOW:+, rebooting between $KILN_UPDATE_REBOOT_WINDOW}" || say "installed on your command (kiln-update apply)")"
	else
		say "Checks:      on your command only (kiln-update check)"
	fi
	say "Last check:  $(state_get last-check || say never)"
	say "Available:   $(state_get available || say '-')"
	say "Last update: $(state_get last-update || say none)"
	pending=$(state_get pending)
	[ -n "$pending" ] && say "Pending:     ${pending%% *} in slot $(set -- $pending; say "$2"), booting next"
	return 0
}

cmd_channel() {
	if [ -z "${1:-}" ]; then say "$(channel)"; return 0; fi
	case " $KILN_UPDATE_CHANNELS " in
		*" $1 "*) state_put channel "$1"; say "Channel: $1" ;;
		*) fail "no such channel: $1 (offered: $KILN_UPDATE_CHANNELS)" ;;
	esac
}

cmd_source() {
	case "${1:-}" in
		"") say "$(source_url)" ;;
		--default) rm -f "$STATE/source"; say "Source: $(source_url)" ;;
		http://* | https://*) state_put source "$1"; say "Source: $(source_url)" ;;
		*) fail "not an http or https URL: $1" ;;
	esac
}

in_window() {
	[ -z "$KILN_UPDATE_REBOOT_WINDOW" ] && return 0
	local from=${KILN_UPDATE_REBOOT_WINDOW%-*} to=${KILN_UPDATE_REBOOT_WINDOW#*-} t
	t=$(date +%H:%M)
	if [[ "$from" < "$to" ]]; then [[ ! "$t" < "$from" && "$t" < "$to" ]]; else [[ ! "$t" < "$from" || "$t" < "$to" ]]; fi
}

cmd_timer() {
	cmd_check || exit 1
	[ "$KILN_UPDATE_AUTOMATIC" = yes ] && [ -n "$(state_get available)" ] || return 0
	if [ "$(state_get available)" = "$(state_get failed)" ]; then
		say "Not installing $(state_get available) automatically: it fell back before (kiln-update apply installs it anyway)"
		return 0
	fi
	if in_window; then
		cmd_apply
	else
		cmd_apply --no-reboot && shutdown -r "${KILN_UPDATE_REBOOT_WINDOW%-*}" "kiln-update: rebooting into the update in the reboot window"
	fi
}

# The vendor's update test (docs/updates.md): the machine of the test passes "SOURCE NONCE VERSION" as the systemd
# credential kiln.update-test. First boot (the release the customer runs): the version must be ready; each kept path
# gets a mark holding NONCE; VERSION is installed from SOURCE, signed by the vendor as always, and booted. The boot
# after: VERSION must run, be ready, and find every mark. Each result is one line on the console, which the test reads.
test_say() { printf 'KILN-UPDATE-TEST %s\n' "$*" > /dev/console 2>/dev/null || true; printf '%s\n' "$*"; }
cmd_test() {
	local credential=${CREDENTIALS_DIRECTORY:-/run/credentials/kiln-update-test.service}/kiln.update-test
	local source nonce expected dir path marked=0 lost="" missing pending output from fromslot
	[ -r "$credential" ] || fail "no update test was asked for (no credential kiln.update-test)"
	read -r source nonce expected < "$credential"
	[ -n "$expected" ] || fail "the credential kiln.update-test is not \"SOURCE NONCE VERSION\""
	dir=$STATE/update-test
	if [ "$(cat "$dir/nonce" 2>/dev/null)" != "$nonce" ]; then
		if missing=$(ready_now); then :; else
			test_say "failed: $KILN_ID $(running_version), the release the test starts from, is not ready: $missing"
			return 1
		fi
		rm -rf "$dir" && mkdir -p "$dir" || { test_say "failed: cannot write to $dir"; return 1; }
		for path in $KILN_KEEP; do
			printf '%s\n' "$nonce" > "$path/.kiln-update-test" && marked=$((marked + 1))
		done
		sync
		printf '%s %s\n' "$(running_version)" "$(booted_slot)" > "$dir/from"
		printf '%s\n' "$nonce" > "$dir/nonce"
		test_say "started: $KILN_ID $(running_version) in system slot $(booted_slot) is ready; marked $marked kept path(s); installing $expected from $source"
		# in a subshell: apply's own failures end it, not the test
		if ! output=$(export KILN_UPDATE_TEST_SOURCE=$source; cmd_apply 2>&1); then
			test_say "failed: $(printf '%s\n' "$output" | tail -n 1 | sed 's/^kiln-update: //')"
			return 1
		fi
		if [ -z "$(state_get pending)" ]; then
			test_say "failed: $source offers nothing newer than $(running_version) on channel $(channel)"
			return 1
		fi
		return 0
	fi
	read -r from fromslot < "$dir/from"
	pending=$(state_get pending)
	if [ "$(running_version)" = "$from" ]; then
		test_say "failed: $KILN_ID $from runs again in system slot $(booted_slot): $(state_get last-update || say "$expected did not boot")"
		return 1
	fi
	if [ "$(running_version)" != "$expected" ]; then
		test_say "failed: $KILN_ID $(running_version) runs, not $expected"
		return 1
	fi
	if [ -n "$pending" ]; then
		test_say "failed: $expected is not ready: $(tail -n 1 "$STATE/trial-failures" 2>/dev/null | cut -d' ' -f2- || say 'it did not report')"
		return 1
	fi
	for path in $KILN_KEEP; do
		[ "$(cat "$path/.kiln-update-test" 2>/dev/null)" = "$nonce" ] || lost="$lost $path"
	done
	if [ -n "$lost" ]; then
		test_say "failed: $expected is ready, but the data of kept path(s)${lost} did not survive the update"
		return 1
	fi
	test_say "passed: updated $KILN_ID from $from (slot $fromslot) to $expected (slot $(booted_slot)), ready, the data of $(set -- $KILN_KEEP; say $#) kept path(s) intact"
	return 0
}

mkdir -p "$STATE" 2> /dev/null
case "${1:-status}" in
	status) cmd_status ;;
	check) cmd_check ;;
	apply) shift; cmd_apply "$@" ;;
	channel) shift; cmd_channel "$@" ;;
	source) shift; cmd_source "$@" ;;
	ready) cmd_ready ;;
	timer) cmd_timer ;;
	test) cmd_test ;;
	-h | --help | help) sed -n '2,/^set -uo/p' "$0" | sed '$d; s/^# \{0,1\}//' ;;
	*) fail "unknown command: $1 (status, check, apply, channel, source)" ;;
esac
