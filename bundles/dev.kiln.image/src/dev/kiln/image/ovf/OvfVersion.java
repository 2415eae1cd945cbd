package dev.kiln.image.ovf;

/**
 * The two dialects of OVF descriptors (DMTF DSP0243 1.1 and 2.x, schemas DSP8023 1.1.1 and 2.0.1). They
 * differ in the envelope's namespace, which is how every reader tells them apart (VirtualBox's
 * {@code OVFReader::parse}, Kiln's {@link OvfEnvelopeReader}); 2.x adds elements and sections 1.x does
 * not have ({@code EthernetPortItem}, {@code StorageItem}, {@code SharedDiskSection}, …), which Kiln
 * writes in neither.
 */
public enum OvfVersion {

	/**
	 * OVF 1.x, namespace {@code http://schemas.dmtf.org/ovf/envelope/1}: what ovftool exports by default
	 * and the only namespace virt-v2v ({@code input/OVF.ml}) and Proxmox ({@code PVE/GuestImport/OVF.pm})
	 * look for. Kiln's default.
	 */
	OVF_1_0("1.0", OvfNames.OVF_1), //$NON-NLS-1$

	/** OVF 2.x, namespace {@code http://schemas.dmtf.org/ovf/envelope/2}. */
	OVF_2_0("2.0", OvfNames.OVF_2); //$NON-NLS-1$

	private final String number;
	private final String namespace;

	OvfVersion(String number, String namespace) {
		this.number = number;
		this.namespace = namespace;
	}

	/** The version as the manifest's {@code ovfVersion} and the documentation write it: {@code 1.0}, {@code 2.0}. */
	public String number() {
		return number;
	}

	/** The envelope's XML namespace. */
	public String namespace() {
		return namespace;
	}

	/** The dialect of an envelope namespace, or {@code null} for one that is not OVF 1.x or 2.x. */
	public static OvfVersion ofNamespace(String namespace) {
		for (OvfVersion version : values()) {
			if (version.namespace.equals(namespace)) {
				return version;
			}
		}
		return null;
	}
}
