#!/bin/sh
# Kiln: put only the drivers an appliance needs into its initramfs (with MODULES=list): disk and
# network controllers of the hypervisors it is imported into, and its root file system.
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
for module in virtio_pci virtio_blk virtio_scsi virtio_net ahci ata_piix ata_generic sd_mod sr_mod \
	mptspi mptsas vmw_pvscsi BusLogic hv_vmbus hv_storvsc nvme ext4 crc32c_generic; do
	manual_add_modules "$module"
done
