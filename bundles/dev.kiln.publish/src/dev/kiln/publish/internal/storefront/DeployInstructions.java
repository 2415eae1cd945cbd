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

	/** The platforms of each format, in the order shown. */
	private static final Map<String, List<String>> PLATFORMS = new LinkedHashMap<>();
	static {
		PLATFORMS.put("ova", List.of("vsphere", "virtualbox", "proxmox"));
		PLATFORMS.put("qcow2", List.of("qemu", "proxmox", "kubevirt"));
		PLATFORMS.put("vmdk", List.of("vmware", "virtualbox"));
		PLATFORMS.put("raw", List.of("qemu"));
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
		main.append("<section id=\"deploy\" aria-labelledby=\"deploy-heading\">\n<h2 id=\"deploy-heading\">").append(t("Storefront_deploy"))
				.append("</h2>\n");
		for (Map.Entry<String, List<String>> format : PLATFORMS.entrySet()) {
			for (PublishedRelease.File file : images) {
				if (AppliancePage.format(file).equals(format.getKey())) {
					file(main, release, repository, file, format.getKey(), format.getValue(), links);
				}
			}
		}
		main.append("</section>\n");
	}

	private static void file(StringBuilder main, PublishedRelease release, String repository, PublishedRelease.File file, String format,
			List<String> platforms, DownloadLinks links) {
		main.append("<h3>").append(t("Storefront_deployFile", format.toUpperCase(Locale.ROOT), file.name())).append("</h3>\n");
		Object[] arguments = arguments(release, repository, file, links);
		for (String platform : platforms) {
			String key = "Storefront_deploy_" + format + "_" + platform;
			if ("kubevirt".equals(platform) && release.containerDisk() != null) {
				key += "_published"; // the vendor published the containerDisk: boot it as it is //$NON-NLS-1$
			}
			main.append("<h4>").append(t(key + "_title")).append("</h4>\n<p>").append(t(key + "_steps", arguments)).append("</p>\n")
					.append("<pre><code>").append(Html.text(PublishText.format(key + "_code", arguments))).append("</code></pre>\n");
		}
	}

	/**
	 * {0} file, {1} memory in MiB, {2} CPUs, {3} a VM name, {4} the file's base name, {5} QEMU's firmware option, {6} the version,
	 * {7} the published containerDisk's pull reference (or empty).
	 */
	private static Object[] arguments(PublishedRelease release, String repository, PublishedRelease.File file, DownloadLinks links) {
		Listing.Hardware hardware = release.listing().hardware();
		int memory = hardware == null || hardware.memoryMb() <= 0 ? 1024 : hardware.memoryMb();
		int cpus = hardware == null || hardware.cpus() <= 0 ? 1 : hardware.cpus();
		boolean uefi = hardware != null && "uefi".equalsIgnoreCase(hardware.firmware());
		String name = repository.substring(repository.lastIndexOf('/') + 1).toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9-]+", "-");
		String base = file.name().contains(".") ? file.name().substring(0, file.name().lastIndexOf('.')) : file.name();
		return new Object[] { Shell.quote(file.name()), memory, cpus, name, Shell.quote(base), uefi ? " -bios /usr/share/ovmf/OVMF.fd" : "",
				release.version().replaceAll("[^A-Za-z0-9_.-]+", "-"),
				release.containerDisk() == null ? "" : links.imageReference(repository, release.containerDisk().digest()) };
	}
}
