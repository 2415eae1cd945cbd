package dev.kiln.image.ovf;

/** The XML namespaces and fixed values of OVF descriptors (DMTF DSP0243, schema DSP8023). */
final class OvfNames {

	/** OVF 1.x envelope (DSP8023 1.x). */
	static final String OVF_1 = "http://schemas.dmtf.org/ovf/envelope/1"; //$NON-NLS-1$
	/** OVF 2.x envelope (DSP8023 2.x). */
	static final String OVF_2 = "http://schemas.dmtf.org/ovf/envelope/2"; //$NON-NLS-1$
	/** CIM_ResourceAllocationSettingData (CIM schema 2), the same in OVF 1.x and 2.x. */
	static final String RASD = "http://schemas.dmtf.org/wbem/wscim/1/cim-schema/2/CIM_ResourceAllocationSettingData"; //$NON-NLS-1$
	/** CIM_VirtualSystemSettingData. */
	static final String VSSD = "http://schemas.dmtf.org/wbem/wscim/1/cim-schema/2/CIM_VirtualSystemSettingData"; //$NON-NLS-1$
	/** VMware's OVF extensions ({@code vmw:osType}, {@code vmw:Config}, {@code vmw:qualifiers}). */
	static final String VMW = "http://www.vmware.com/schema/ovf"; //$NON-NLS-1$

	/** The disk format URI of a streamOptimized VMDK, as VMware's tools write and read it. */
	static final String STREAM_OPTIMIZED_VMDK = "http://www.vmware.com/interfaces/specifications/vmdk.html#streamOptimized"; //$NON-NLS-1$

	/** OVF environment transports (DSP0243 clause 11): VMware's guestinfo, and an ISO image on a CD-ROM. */
	static final String TRANSPORT_GUESTINFO = "com.vmware.guestInfo"; //$NON-NLS-1$
	static final String TRANSPORT_ISO = "iso"; //$NON-NLS-1$

	/** CIM_ResourceAllocationSettingData.ResourceType values (DSP0243 clause 8, CIM schema value map). */
	static final int RESOURCE_PROCESSOR = 3;
	static final int RESOURCE_MEMORY = 4;
	static final int RESOURCE_IDE_CONTROLLER = 5;
	static final int RESOURCE_SCSI_CONTROLLER = 6;
	static final int RESOURCE_ETHERNET_ADAPTER = 10;
	static final int RESOURCE_CD_DRIVE = 15;
	static final int RESOURCE_DISK_DRIVE = 17;
	static final int RESOURCE_OTHER_STORAGE_DEVICE = 20;

	/** The host resource of a disk of the DiskSection (DSP0243 clause 9.1). */
	static final String DISK_HOST_RESOURCE_PREFIX = "ovf:/disk/"; //$NON-NLS-1$

	private OvfNames() {
	}
}
