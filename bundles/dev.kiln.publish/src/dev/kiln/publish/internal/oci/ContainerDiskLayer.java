package dev.kiln.publish.internal.oci;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.concurrent.TimeUnit;

import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;

/**
 * The layer of a KubeVirt containerDisk: an uncompressed tar holding {@code disk/} and
 * {@code disk/<name>.qcow2}, owned by uid and gid {@value #QEMU_ID} (the {@code qemu} user of
 * KubeVirt's launcher) with mode 0440, as KubeVirt's user guide builds it
 * ({@code ADD --chown=107:107 <disk> /disk/}). The bytes depend only on the disk, its name and the
 * release's time stamp: fixed entries in a fixed order, mtime = SOURCE_DATE_EPOCH, no user names, so
 * re-publishing gives the same digest and uploads nothing. Uncompressed because gzip output is not
 * guaranteed to stay the same across zlib versions, and a qcow2 is already compact.
 */
final class ContainerDiskLayer {

	/** uid and gid of {@code qemu} in KubeVirt's virt-launcher. */
	static final int QEMU_ID = 107;
	/** The directory KubeVirt looks for the disk in. */
	static final String DIRECTORY = "disk/"; //$NON-NLS-1$
	private static final int FILE_MODE = 0100440;
	private static final int DIRECTORY_MODE = 040555;

	private final Path disk;
	private final Instant created;

	ContainerDiskLayer(Path disk, Instant created) {
		this.disk = disk;
		this.created = created;
	}

	/** The path of the disk in the layer: {@code disk/<file name>}. */
	String entryName() {
		return DIRECTORY + disk.getFileName();
	}

	/** The layer's descriptor, computed by writing it to a digest without storing it. */
	Descriptor describe() throws IOException {
		MessageDigest sha256 = sha256();
		CountingSink sink = new CountingSink();
		try (OutputStream out = new DigestOutputStream(sink, sha256)) {
			write(out);
		}
		return new Descriptor(OciMediaTypes.LAYER_TAR, Digests.SHA256 + HexFormat.of().formatHex(sha256.digest()), sink.count);
	}

	/** Writes the layer to {@code file}. */
	void writeTo(Path file) throws IOException {
		try (OutputStream out = Files.newOutputStream(file)) {
			write(out);
		}
	}

	private void write(OutputStream out) throws IOException {
		try (TarArchiveOutputStream tar = new TarArchiveOutputStream(out, "UTF-8")) { //$NON-NLS-1$
			tar.setLongFileMode(TarArchiveOutputStream.LONGFILE_POSIX);
			tar.setBigNumberMode(TarArchiveOutputStream.BIGNUMBER_POSIX);
			tar.putArchiveEntry(entry(DIRECTORY, DIRECTORY_MODE, 0));
			tar.closeArchiveEntry();
			tar.putArchiveEntry(entry(entryName(), FILE_MODE, Files.size(disk)));
			Files.copy(disk, tar);
			tar.closeArchiveEntry();
			tar.finish();
		}
	}

	private TarArchiveEntry entry(String name, int mode, long size) {
		TarArchiveEntry entry = new TarArchiveEntry(name);
		entry.setMode(mode);
		entry.setIds(QEMU_ID, QEMU_ID);
		entry.setUserName(""); //$NON-NLS-1$
		entry.setGroupName(""); //$NON-NLS-1$
		// whole seconds: a fraction would add a PAX mtime record
		entry.setModTime(FileTime.from(created.getEpochSecond(), TimeUnit.SECONDS));
		entry.setSize(size);
		return entry;
	}

	private static MessageDigest sha256() {
		try {
			return MessageDigest.getInstance("SHA-256"); //$NON-NLS-1$
		} catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}

	/** Counts the bytes written and drops them. */
	private static final class CountingSink extends OutputStream {
		long count;

		@Override
		public void write(int b) {
			count++;
		}

		@Override
		public void write(byte[] b, int off, int len) {
			count += len;
		}
	}
}
