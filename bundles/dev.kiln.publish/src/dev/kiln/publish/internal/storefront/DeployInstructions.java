package dev.kiln.publish.internal.storefront;

import static dev.kiln.publish.internal.storefront.IndexPage.t;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import dev.kiln.publish.Listing;
import dev.kiln.publish.PublishedRelease;
import dev.kiln.publish.internal.PublishText;
import dev.kiln.publish.internal.oci.OciMediaTypes;

/**
 * "How to deploy": for each image format of a release, the hypervisors that take it, with the steps and
 * the commands (the file name, memory and CPUs of the release filled in). The texts are
 * {@code Storefront_deploy_<format>_<platform>_title|steps|code} in publishtext.properties.
 */
final class DeployInstructions {

	/** How to deploy on one platform: a title, the steps and the commands, {0}… as {@link #arguments} says. */
	private record Platform(String title, String steps, String commands) {
	}

	private static final Platform OVA_VSPHERE = new Platform(PublishText.Storefront_deploy_ova_vsphere_title,
			PublishText.Storefront_deploy_ova_vsphere_steps, PublishText.Storefront_deploy_ova_vsphere_code);
	private static final Platform OVA_VIRTUALBOX = new Platform(PublishText.Storefront_deploy_ova_virtualbox_title,
			PublishText.Storefront_deploy_ova_virtualbox_steps, PublishText.Storefront_deploy_ova_virtualbox_code);
	private static final Platform OVA_PROXMOX = new Platform(PublishText.Storefront_deploy_ova_proxmox_title,
			PublishText.Storefront_deploy_ova_proxmox_steps, PublishText.Storefront_deploy_ova_proxmox_code);
	private static final Platform QCOW2_QEMU = new Platform(PublishText.Storefront_deploy_qcow2_qemu_title,
			PublishText.Storefront_deploy_qcow2_qemu_steps, PublishText.Storefront_deploy_qcow2_qemu_code);
	private static final Platform QCOW2_PROXMOX = new Platform(PublishText.Storefront_deploy_qcow2_proxmox_title,
			PublishText.Storefront_deploy_qcow2_proxmox_steps, PublishText.Storefront_deploy_qcow2_proxmox_code);
	private static final Platform QCOW2_KUBEVIRT = new Platform(PublishText.Storefront_deploy_qcow2_kubevirt_title,
			PublishText.Storefront_deploy_qcow2_kubevirt_steps, PublishText.Storefront_deploy_qcow2_kubevirt_code);

	/** Instead of QCOW2_KUBEVIRT when the vendor published the containerDisk: boot it as it is. */
	private static final Platform QCOW2_KUBEVIRT_PUBLISHED = new Platform(PublishText.Storefront_deploy_qcow2_kubevirt_published_title,
			PublishText.Storefront_deploy_qcow2_kubevirt_published_steps, PublishText.Storefront_deploy_qcow2_kubevirt_published_code);

	private static final Platform VMDK_VMWARE = new Platform(PublishText.Storefront_deploy_vmdk_vmware_title,
			PublishText.Storefront_deploy_vmdk_vmware_steps, PublishText.Storefront_deploy_vmdk_vmware_code);
	private static final Platform VMDK_VIRTUALBOX = new Platform(PublishText.Storefront_deploy_vmdk_virtualbox_title,
			PublishText.Storefront_deploy_vmdk_virtualbox_steps, PublishText.Storefront_deploy_vmdk_virtualbox_code);
	private static final Platform RAW_QEMU = new Platform(PublishText.Storefront_deploy_raw_qemu_title,
			PublishText.Storefront_deploy_raw_qemu_steps, PublishText.Storefront_deploy_raw_qemu_code);
	private static final Platform RAW_AWS = new Platform(PublishText.Storefront_deploy_raw_aws_title,
			PublishText.Storefront_deploy_raw_aws_steps, PublishText.Storefront_deploy_raw_aws_code);
	private static final Platform VHD_AZURE = new Platform(PublishText.Storefront_deploy_vhd_azure_title,
			PublishText.Storefront_deploy_vhd_azure_steps, PublishText.Storefront_deploy_vhd_azure_code);
	private static final Platform VHD_HYPERV = new Platform(PublishText.Storefront_deploy_vhd_hyperv_title,
			PublishText.Storefront_deploy_vhd_hyperv_steps, PublishText.Storefront_deploy_vhd_hyperv_code);
	private static final Platform GCE_GCP = new Platform(PublishText.Storefront_deploy_gce_gcp_title,
			PublishText.Storefront_deploy_gce_gcp_steps, PublishText.Storefront_deploy_gce_gcp_code);
	private static final Platform VAGRANT = new Platform(PublishText.Storefront_deploy_vagrant_libvirt_vagrant_title,
			PublishText.Storefront_deploy_vagrant_libvirt_vagrant_steps, PublishText.Storefront_deploy_vagrant_libvirt_vagrant_code);

	/** The platforms of each format, in the order shown. */
	private static final Map<String, List<Platform>> PLATFORMS = new LinkedHashMap<>();
	static {
		PLATFORMS.put("ova", List.of(OVA_VSPHERE, OVA_VIRTUALBOX, OVA_PROXMOX)); //$NON-NLS-1$
		PLATFORMS.put("qcow2", List.of(QCOW2_QEMU, QCOW2_PROXMOX, QCOW2_KUBEVIRT)); //$NON-NLS-1$
		PLATFORMS.put("vmdk", List.of(VMDK_VMWARE, VMDK_VIRTUALBOX)); //$NON-NLS-1$
		PLATFORMS.put("vhd", List.of(VHD_AZURE, VHD_HYPERV)); //$NON-NLS-1$
		PLATFORMS.put("gce", List.of(GCE_GCP)); //$NON-NLS-1$
		PLATFORMS.put("vagrant-libvirt", List.of(VAGRANT)); //$NON-NLS-1$
		PLATFORMS.put("raw", List.of(RAW_QEMU, RAW_AWS)); //$NON-NLS-1$
	}

	private final DownloadLinks links;

	DeployInstructions(DownloadLinks links) {
		this.links = links;
	}

	void render(StringBuilder main, PublishedRelease release, String repository) {
		List<PublishedRelease.File> images = release.files().stream().filter(f -> OciMediaTypes.isImage(f.mediaType())).toList();
		if (images.isEmpty()) {
			return;
		}
		main.append("<section id=\"deploy\" aria-labelledby=\"deploy-heading\">\n<h2 id=\"deploy-heading\">").append(t(PublishText.Storefront_deploy)) //$NON-NLS-1$
				.append("</h2>\n"); //$NON-NLS-1$
		for (Map.Entry<String, List<Platform>> format : PLATFORMS.entrySet()) {
			for (PublishedRelease.File file : images) {
				if (AppliancePage.format(file).equals(format.getKey())) {
					file(main, release, repository, file, format.getKey(), format.getValue(), links);
				}
			}
		}
		main.append("</section>\n"); //$NON-NLS-1$
	}

	private static void file(StringBuilder main, PublishedRelease release, String repository, PublishedRelease.File file, String format,
			List<Platform> platforms, DownloadLinks links) {
		main.append("<h3>").append(t(PublishText.Storefront_deployFile, format.toUpperCase(Locale.ROOT), file.name())).append("</h3>\n"); //$NON-NLS-1$ //$NON-NLS-2$
		Object[] arguments = arguments(release, repository, file, links);
		for (Platform platform : platforms) {
			Platform shown = platform == QCOW2_KUBEVIRT && release.containerDisk() != null ? QCOW2_KUBEVIRT_PUBLISHED : platform;
			main.append("<h4>").append(t(shown.title())).append("</h4>\n<p>").append(t(shown.steps(), arguments)).append("</p>\n") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
					.append("<pre><code>").append(Html.text(PublishText.bind(shown.commands(), arguments))).append("</code></pre>\n"); //$NON-NLS-1$ //$NON-NLS-2$
		}
	}

	/**
	 * {0} file, {1} memory in MiB, {2} CPUs, {3} a VM name, {4} the file's base name, {5} QEMU's firmware option, {6} the version,
	 * {7} the published containerDisk's pull reference (or empty), {8} the version as clouds' image names take it (lower case,
	 * digits and dashes).
	 */
	private static Object[] arguments(PublishedRelease release, String repository, PublishedRelease.File file, DownloadLinks links) {
		Listing.Hardware hardware = release.listing().hardware();
		int memory = hardware == null || hardware.memoryMb() <= 0 ? 1024 : hardware.memoryMb();
		int cpus = hardware == null || hardware.cpus() <= 0 ? 1 : hardware.cpus();
		boolean uefi = hardware != null && "uefi".equalsIgnoreCase(hardware.firmware()); //$NON-NLS-1$
		String name = repository.substring(repository.lastIndexOf('/') + 1).toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9-]+", "-"); //$NON-NLS-1$ //$NON-NLS-2$
		String base = file.name().contains(".") ? file.name().substring(0, file.name().lastIndexOf('.')) : file.name(); //$NON-NLS-1$
		return new Object[] { Shell.quote(file.name()), memory, cpus, name, Shell.quote(base), uefi ? " -bios /usr/share/ovmf/OVMF.fd" : "", //$NON-NLS-1$ //$NON-NLS-2$
				release.version().replaceAll("[^A-Za-z0-9_.-]+", "-"), //$NON-NLS-1$ //$NON-NLS-2$
				release.containerDisk() == null ? "" : links.imageReference(repository, release.containerDisk().digest()), //$NON-NLS-1$
				release.version().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-") }; //$NON-NLS-1$ //$NON-NLS-2$
	}
}
