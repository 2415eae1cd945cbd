package dev.kiln.publish.internal.oci;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

import dev.kiln.image.Progress;
import dev.kiln.publish.PublishException;
import dev.kiln.publish.PublishException.Kind;
import dev.kiln.publish.Release;
import dev.kiln.publish.internal.PublishText;

/**
 * A release's qcow2 as a KubeVirt containerDisk: a plain OCI image (config for linux/amd64, one
 * {@link ContainerDiskLayer}) in the release's repository, pushed by digest. The release manifest
 * names it in its {@value OciMediaTypes#CONTAINER_DISK} annotation, and it is tagged
 * {@code <version>-containerdisk} with the release.
 */
final class ContainerDiskImage {

	/** Kiln's disks boot x86-64 firmware only (GRUB for a PC BIOS, shim and GRUB as BOOTX64.EFI). */
	static final String ARCHITECTURE = "amd64"; //$NON-NLS-1$
	static final String OS = "linux"; //$NON-NLS-1$

	/** What was pushed: the image manifest and its digest, and the blobs uploaded or found. */
	record Pushed(String digest, byte[] manifest, List<String> uploaded, List<String> skipped, long bytesUploaded) {
	}

	private final RegistryClient client;
	private final String repository;
	private final Release release;
	private final Path qcow2;

	ContainerDiskImage(RegistryClient client, String repository, Release release, Path qcow2) {
		this.client = client;
		this.repository = repository;
		this.release = release;
		this.qcow2 = qcow2;
	}

	/** The tag of a release's containerDisk image. */
	static String tag(String version) {
		return version + OciMediaTypes.CONTAINER_DISK_TAG_SUFFIX;
	}

	/** Pushes layer, config and manifest (each only when the registry lacks it); tags nothing. */
	Pushed push(int chunkSize, Progress progress) throws PublishException {
		ContainerDiskLayer layer = new ContainerDiskLayer(qcow2, release.created());
		progress.phase(PublishText.bind(PublishText.Oci_packingContainerDisk, qcow2.getFileName()), -1);
		Descriptor layerDescriptor;
		try {
			layerDescriptor = layer.describe();
		} catch (IOException e) {
			throw new PublishException(Kind.IO, PublishText.bind(PublishText.Oci_readFailed, qcow2, e.getMessage()), e);
		}
		List<String> uploaded = new ArrayList<>();
		List<String> skipped = new ArrayList<>();
		long bytes = 0;
		if (client.hasBlob(repository, layerDescriptor.digest())) {
			skipped.add(layerDescriptor.digest());
			progress.log(PublishText.bind(PublishText.Oci_hasContainerDiskLayer, qcow2.getFileName()));
		} else {
			bytes = upload(layer, layerDescriptor, chunkSize, progress);
			uploaded.add(layerDescriptor.digest());
		}
		byte[] config = config(layerDescriptor.digest());
		(client.pushBytes(repository, config) ? uploaded : skipped).add(Digests.of(config));

		ImageManifest manifest = new ImageManifest(null, Descriptor.of(OciMediaTypes.IMAGE_CONFIG, config), List.of(layerDescriptor), null,
				annotations());
		byte[] manifestBytes = manifest.toBytes();
		String digest = client.putManifest(repository, Digests.of(manifestBytes), manifestBytes, OciMediaTypes.IMAGE_MANIFEST).digest();
		return new Pushed(digest, manifestBytes, uploaded, skipped, bytes);
	}

	/** Tags the pushed image {@code <version>-containerdisk}. */
	void tag(Pushed pushed) throws PublishException {
		client.putManifest(repository, tag(release.listing().version()), pushed.manifest(), OciMediaTypes.IMAGE_MANIFEST);
	}

	private long upload(ContainerDiskLayer layer, Descriptor descriptor, int chunkSize, Progress progress) throws PublishException {
		Path tar = null;
		try {
			tar = Files.createTempFile("kiln-containerdisk-", ".tar"); //$NON-NLS-1$ //$NON-NLS-2$
			layer.writeTo(tar); // the registry checks the digest computed before
			progress.phase(PublishText.bind(PublishText.Oci_uploadingContainerDisk, qcow2.getFileName()), descriptor.size());
			BlobUpload upload = new BlobUpload(client, repository, tar, descriptor.size(), descriptor.digest(), chunkSize, progress);
			upload.run();
			return upload.bytesSent();
		} catch (IOException e) {
			throw new PublishException(Kind.IO, PublishText.bind(PublishText.Oci_writeFailed, tar == null ? PublishText.Oci_temporaryFile : tar, e.getMessage()), e);
		} finally {
			if (tar != null) {
				try {
					Files.deleteIfExists(tar);
				} catch (IOException e) {
					// a temporary file the system cleans up
				}
			}
		}
	}

	/** The image config (image-spec config.md): platform, creation time, the layer's diff ID. */
	private byte[] config(String layerDigest) {
		JsonObject json = new JsonObject();
		json.addProperty("created", release.created().toString()); //$NON-NLS-1$
		json.addProperty("architecture", ARCHITECTURE); //$NON-NLS-1$
		json.addProperty("os", OS); //$NON-NLS-1$
		json.add("config", new JsonObject()); //$NON-NLS-1$
		JsonObject rootfs = new JsonObject();
		rootfs.addProperty("type", "layers"); //$NON-NLS-1$ //$NON-NLS-2$
		JsonArray diffIds = new JsonArray();
		diffIds.add(layerDigest); // uncompressed: the diff ID is the layer's digest
		rootfs.add("diff_ids", diffIds); //$NON-NLS-1$
		json.add("rootfs", rootfs); //$NON-NLS-1$
		return Json.bytes(json);
	}

	private Map<String, String> annotations() {
		Map<String, String> annotations = new LinkedHashMap<>();
		annotations.put(OciMediaTypes.ROLE, OciMediaTypes.ROLE_CONTAINER_DISK);
		annotations.put(OciMediaTypes.TITLE, qcow2.getFileName().toString());
		annotations.put(OciMediaTypes.VERSION, release.listing().version());
		annotations.put(OciMediaTypes.CREATED, release.created().toString());
		return annotations;
	}
}
