#!/bin/sh
# Kiln's first-boot hook: collects the properties the customer set when deploying the appliance
# (OVF environment through VMware guestinfo, or an ovf-env.xml on a CD/config drive; in a cloud, the
# "kiln: properties:" map of the user data's cloud-config, as cloud-init stored it), exports each as
# KILN_PROP_<key>, applies the hostname property, then runs the vendor's first-boot script once.
set -u
state=/var/lib/kiln
work=/run/kiln
mkdir -p "$state" "$work"
env_xml="$work/ovf-env.xml"
: > "$env_xml"

if command -v vmtoolsd >/dev/null 2>&1; then
	vmtoolsd --cmd "info-get guestinfo.ovfEnv" > "$env_xml" 2>/dev/null || : > "$env_xml"
fi
if [ ! -s "$env_xml" ]; then
	for dev in /dev/sr0 /dev/sr1 /dev/disk/by-label/OVF_ENV /dev/disk/by-label/config-2; do
		[ -b "$dev" ] || continue
		mkdir -p "$work/media"
		if mount -o ro "$dev" "$work/media" 2>/dev/null; then
			[ -f "$work/media/ovf-env.xml" ] && cp "$work/media/ovf-env.xml" "$env_xml"
			umount "$work/media"
		fi
		[ -s "$env_xml" ] && break
	done
fi

# defaults from the manifest first, then what the customer set
props="$work/properties.env"
cp /usr/lib/kiln/properties.defaults "$props" 2>/dev/null || : > "$props"
if [ -s "$env_xml" ]; then
	tr '\n' ' ' < "$env_xml" | sed 's/<[^>]*Property /\n&/g' | \
		sed -n 's/.*[: ]key="\([A-Za-z0-9_.-]*\)"[^>]*[: ]value="\([^"]*\)".*/\1 \2/p' | \
		while read -r key value; do
			value=$(printf '%s' "$value" | sed "s/&quot;/\"/g; s/&apos;/'/g; s/&lt;/</g; s/&gt;/>/g; s/&amp;/\\&/g; s/'/'\\\\''/g")
			printf "KILN_PROP_%s='%s'\n" "$(printf '%s' "$key" | tr '.-' '__')" "$value" >> "$props"
		done
fi
cloud_config=/var/lib/cloud/instance/cloud-config.txt
if [ -s "$cloud_config" ] && command -v python3 >/dev/null 2>&1; then
	python3 - "$cloud_config" >> "$props" <<'PYTHON' || echo "kiln-firstboot: the properties in $cloud_config are not a map of names to values" >&2
import re, sys, yaml
with open(sys.argv[1], encoding="utf-8") as f:
    config = yaml.safe_load(f) or {}
properties = (config.get("kiln") or {}).get("properties") or {}
for key, value in properties.items():
    key = str(key)
    if not re.fullmatch(r"[A-Za-z0-9_.-]+", key):
        print("kiln-firstboot: property name %r ignored" % key, file=sys.stderr)
        continue
    if isinstance(value, bool):
        value = "true" if value else "false"
    text = "" if value is None else str(value)
    print("KILN_PROP_%s='%s'" % (re.sub(r"[.-]", "_", key), text.replace("'", "'\\''")))
PYTHON
fi
chmod 600 "$props"
set -a
. "$props"
set +a

if [ -n "${KILN_PROP_hostname:-}" ]; then
	printf '%s\n' "$KILN_PROP_hostname" > /etc/hostname
	hostname "$KILN_PROP_hostname"
fi

status=0
if [ -x /usr/lib/kiln/firstboot.d/vendor ]; then
	/usr/lib/kiln/firstboot.d/vendor || status=$?
fi
if [ "$status" -eq 0 ]; then
	touch "$state/firstboot.done"
fi
exit "$status"
