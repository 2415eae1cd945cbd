package dev.kiln.publish.internal.oci;

import java.util.Locale;

/**
 * Media types of a Kiln release in an OCI registry (OCI image-spec 1.1 "artifacts" guidance;
 * the layout is described in docs/publishing.md).
 */
public final class OciMediaTypes {

	public static final String IMAGE_MANIFEST = "application/vnd.oci.image.manifest.v1+json"; //$NON-NLS-1$
	public static final String IMAGE_INDEX = "application/vnd.oci.image.index.v1+json"; //$NON-NLS-1$
	/** Docker's image manifest (schema 2) and manifest list: what other tools push beside Kiln's releases. */
	public static final String DOCKER_MANIFEST = "application/vnd.docker.distribution.manifest.v2+json"; //$NON-NLS-1$
	public static final String DOCKER_MANIFEST_LIST = "application/vnd.docker.distribution.manifest.list.v2+json"; //$NON-NLS-1$
	/** The empty descriptor's media type and content ({@code {}}), for artifacts without a config. */
	public static final String EMPTY = "application/vnd.oci.empty.v1+json"; //$NON-NLS-1$
	public static final byte[] EMPTY_CONTENT = { '{', '}' };

	/** A container image's config and its uncompressed tar layer (image-spec config.md, layer.md). */
	public static final String IMAGE_CONFIG = "application/vnd.oci.image.config.v1+json"; //$NON-NLS-1$
	public static final String LAYER_TAR = "application/vnd.oci.image.layer.v1.tar"; //$NON-NLS-1$

	/** The artifactType of an appliance release. */
	public static final String APPLIANCE = "application/vnd.kiln.appliance.v1+json"; //$NON-NLS-1$
	/** The config of an appliance release: the listing JSON. */
	public static final String LISTING = "application/vnd.kiln.listing.v1+json"; //$NON-NLS-1$
	/** The artifactType and layer of a release's signature. */
	public static final String SIGNATURE = "application/vnd.kiln.signature.v1+json"; //$NON-NLS-1$
	/** The artifactType and layer of a release's SBOM (CycloneDX 1.5 JSON). */
	public static final String SBOM = "application/vnd.cyclonedx+json"; //$NON-NLS-1$

	/** The layer of an update payload: a RAUC bundle (RAUC defines no media type of its own). */
	public static final String UPDATE_BUNDLE = "application/vnd.kiln.update.bundle.v1"; //$NON-NLS-1$
	/** The artifactType of a channel's signed update index, and the media type of its {@code index} layer (text). */
	public static final String UPDATE_INDEX = "application/vnd.kiln.update.index.v1"; //$NON-NLS-1$
	/** A detached CMS signature, DER (RFC 8551): the index's {@code index.p7s} layer. */
	public static final String CMS_SIGNATURE = "application/pkcs7-signature"; //$NON-NLS-1$
	/** The tag of a channel's update index: {@code update-index-<channel>}. */
	public static final String UPDATE_INDEX_TAG_PREFIX = "update-index-"; //$NON-NLS-1$

	/** Annotation keys (OCI image-spec annotations.md) and Kiln's own. */
	public static final String TITLE = "org.opencontainers.image.title"; //$NON-NLS-1$
	public static final String DESCRIPTION = "org.opencontainers.image.description"; //$NON-NLS-1$
	public static final String VERSION = "org.opencontainers.image.version"; //$NON-NLS-1$
	public static final String VENDOR = "org.opencontainers.image.vendor"; //$NON-NLS-1$
	public static final String CREATED = "org.opencontainers.image.created"; //$NON-NLS-1$
	public static final String LICENSES = "org.opencontainers.image.licenses"; //$NON-NLS-1$
	public static final String URL = "org.opencontainers.image.url"; //$NON-NLS-1$
	public static final String ROLE = "dev.kiln.role"; //$NON-NLS-1$
	/** The {@link #ROLE} of a KubeVirt containerDisk image. */
	public static final String ROLE_CONTAINER_DISK = "containerdisk"; //$NON-NLS-1$
	/** The release manifest's annotation naming its containerDisk image by digest. */
	public static final String CONTAINER_DISK = "dev.kiln.containerdisk"; //$NON-NLS-1$
	/** The {@link #ROLE} of an update payload layer. */
	public static final String ROLE_UPDATE = "update"; //$NON-NLS-1$
	/** The update index artifact's annotation naming its channel. */
	public static final String UPDATE_CHANNEL = "dev.kiln.update.channel"; //$NON-NLS-1$
	/** The suffix of a containerDisk image's tag: {@code <version>-containerdisk}. */
	public static final String CONTAINER_DISK_TAG_SUFFIX = "-containerdisk"; //$NON-NLS-1$

	private OciMediaTypes() {
	}

	/** The layer media type of an image format: {@code application/vnd.kiln.image.ova} etc. */
	public static String image(String format) {
		return "application/vnd.kiln.image." + format.toLowerCase(Locale.ROOT); //$NON-NLS-1$
	}

	/** Whether a layer media type is one of Kiln's image formats. */
	public static boolean isImage(String mediaType) {
		return mediaType.startsWith("application/vnd.kiln.image."); //$NON-NLS-1$
	}
}
