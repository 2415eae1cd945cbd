#!/usr/bin/env bash
# Installs the Debian packages a Kiln task needs, if any are missing. Usage: machine-setup.sh TASK...
# Tasks: workbench (run the Kiln Workbench), test (run all tests), cli (build images with releng/kiln).
# As root it runs apt-get; otherwise it prints the command to run and fails.
set -euo pipefail

# what the image engine runs: mmdebstrap for the base system, mkfs and mtools for the file systems,
# qemu-utils to check images, squashfs-tools for update bundles; the boot loaders (GRUB, shim) come from the
# image's own packages
IMAGE_PACKAGES="mmdebstrap debian-archive-keyring uidmap e2fsprogs dosfstools mtools qemu-utils squashfs-tools"
# qemu to boot images; ovmf has the UEFI firmware, plain and with Secure Boot (Microsoft's keys enrolled)
BOOT_PACKAGES="qemu-system-x86 ovmf"
# independent judges of what the engine writes
# (ruby reads the Vagrant box's Vagrantfile; cloud-image-utils' cloud-localds makes the NoCloud seed a cloud-init
# appliance boots with; rauc and cryptsetup-bin's veritysetup judge the update bundles)
CHECK_PACKAGES="fdisk gdisk ruby cloud-image-utils rauc cryptsetup-bin"
# virt-v2v, the converter behind oVirt/OpenStack/OpenShift imports, judges the OVA; nbdkit and libnbd-bin it
# needs for its output, and a kernel for its libguestfs appliance (reference: docs/images.md)
CONVERT_PACKAGES="virt-v2v libguestfs-tools nbdkit libnbd-bin linux-image-amd64"
DISPLAY_PACKAGES="libgtk-3-0 xvfb xauth x11-utils imagemagick"
# the marketplace tests: Debian's OCI registry on 127.0.0.1, htpasswd for its users, openssl for the token
# service's key, skopeo as an independent client
PUBLISH_PACKAGES="docker-registry apache2-utils skopeo curl openssl"
# the storefront tests drive the generated site in headless Chromium through chromedriver (W3C WebDriver)
STOREFRONT_PACKAGES="chromium chromium-driver"

packages_for() {
	case "$1" in
		workbench) echo "$DISPLAY_PACKAGES $IMAGE_PACKAGES $BOOT_PACKAGES" ;;
		cli) echo "$IMAGE_PACKAGES" ;;
		test) echo "$DISPLAY_PACKAGES $IMAGE_PACKAGES $BOOT_PACKAGES $CHECK_PACKAGES $CONVERT_PACKAGES $PUBLISH_PACKAGES $STOREFRONT_PACKAGES" ;;
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
