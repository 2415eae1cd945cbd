package dev.kiln.image.format;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.util.zip.Deflater;

import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.apache.commons.compress.compressors.gzip.GzipCompressorOutputStream;
import org.apache.commons.compress.compressors.gzip.GzipParameters;

/**
 * A gzip'd POSIX tar whose bytes depend only on its members and one time stamp (the build's): the gzip header has that
 * time, no file name and "Unix" as its system; each member is a regular file of root, mode 0644, with that time. For
 * the archives clouds and Vagrant import (Compute Engine's image, the Vagrant box).
 */
final class ReproducibleTarGz {

	private ReproducibleTarGz() {
	}

	/** A tar stream into {@code out}, gzip'd; closing it closes {@code out}. */
	static TarArchiveOutputStream open(OutputStream out, Instant modified) throws IOException {
		GzipParameters gzip = new GzipParameters();
		gzip.setCompressionLevel(Deflater.DEFAULT_COMPRESSION);
		gzip.setModificationTime(modified.toEpochMilli());
		gzip.setOperatingSystem(3); // Unix
		TarArchiveOutputStream tar = new TarArchiveOutputStream(new GzipCompressorOutputStream(new BufferedOutputStream(out, 1 << 20), gzip));
		// members over 8 GiB (a disk) get their size in a PAX header
		tar.setBigNumberMode(TarArchiveOutputStream.BIGNUMBER_POSIX);
		return tar;
	}

	/** Starts the member {@code name} of {@code size} bytes; the caller writes them, then closes the entry. */
	static void putEntry(TarArchiveOutputStream tar, String name, long size, Instant modified) throws IOException {
		TarArchiveEntry entry = new TarArchiveEntry(name);
		entry.setSize(size);
		entry.setMode(0100644);
		entry.setUserId(0);
		entry.setGroupId(0);
		entry.setModTime(modified.toEpochMilli());
		tar.putArchiveEntry(entry);
	}
}
