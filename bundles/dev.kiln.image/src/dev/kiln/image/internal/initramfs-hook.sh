#!/bin/sh
# Kiln: put only the drivers an appliance needs early into its initramfs (with MODULES=list): the disk
# controllers of the hypervisors it is imported into, ext4, and virtio's network card, so that the NIC is
# there (and named) when systemd-networkd starts instead of after the root file system's udev coldplug; and the
# CD-ROM driver, so that the drive with the customer's settings (a NoCloud seed, Azure's or the OVF
# environment's CD) has its device before systemd's generators run: cloud-init's generator (ds-identify) looks
# for it there, and turns cloud-init off when nothing is found. The rest (other NICs, input) udev loads from the
# root file system. A module that is neither a file nor
# built in fails the hook, and with it update-initramfs: an initramfs without a disk driver would not boot.
PREREQ=""
prereqs() {
	echo "$PREREQ"
}
case "$1" in
prereqs)
	prereqs
	exit 0
	;;
esac
. /usr/share/initramfs-tools/hook-functions
for module in virtio_pci virtio_blk virtio_scsi virtio_net ahci ata_piix ata_generic sd_mod mptspi mptsas vmw_pvscsi BusLogic \
	hv_vmbus hv_storvsc xen-blkfront nvme sr_mod ext4 crc32c_generic; do
	if ! modinfo -k "$version" "$module" > /dev/null 2>&1; then
		echo "kiln: kernel $version has no module $module" >&2
		exit 1
	fi
	manual_add_modules "$module"
done
