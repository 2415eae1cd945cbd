#!/bin/sh
# Kiln: what the base of every appliance changes after mmdebstrap installed it, so that the appliance boots
# without work it does not need (ADR 017). $1 is the base's root folder.
set -e
root=$1
# ldconfig.service and systemd-update-done.service run at boot when /usr is newer than /etc/.updated and
# /var/.updated, which a freshly installed system lacks: the base's linker cache and catalogues are current.
touch "$root/etc/.updated" "$root/var/.updated"
# Periodic jobs of a desktop or a long-lived server, not of an appliance: apt's daily list download and
# upgrade (the package lists are not kept), dpkg's database backup, fstrim and e2scrub (the hypervisor
# manages the disk), and GRUB's boot-success record (Kiln's boot menu has no recordfail). A vendor enables
# one again with <service name="..."/> in the manifest.
for unit in apt-daily.timer apt-daily-upgrade.timer dpkg-db-backup.timer fstrim.timer e2scrub_all.timer \
	e2scrub_reap.service grub-common.service; do
	rm -f "$root"/etc/systemd/system/*.wants/"$unit"
done
