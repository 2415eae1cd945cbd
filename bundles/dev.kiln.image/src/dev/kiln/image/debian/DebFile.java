package dev.kiln.image.debian;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serial;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Predicate;

import org.apache.commons.compress.archivers.ar.ArArchiveEntry;
import org.apache.commons.compress.archivers.ar.ArArchiveInputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.compressors.bzip2.BZip2CompressorInputStream;
import org.apache.commons.compress.compressors.gzip.GzipCompressorInputStream;
import org.tukaani.xz.XZInputStream;

import dev.kiln.image.internal.ImageText;

/**
 * Reads files out of a Debian binary package (deb(5)): an ar archive whose members are {@code debian-binary},
 * {@code control.tar.*} and {@code data.tar} (uncompressed, or compressed with xz, gzip or bzip2). dpkg also
 * writes data.tar.zst, which Kiln cannot decompress: that is an {@link UnsupportedCompressionException}, for the
 * caller to report as "not available" rather than as a failure.
 */
public final class DebFile {

	/**
	 * A file or symbolic link of the package's data.
	 *
	 * @param path       its path in the installed system, without a leading {@code ./} or {@code /}, e.g.
	 *                   {@code usr/share/doc/busybox/changelog.Debian.gz}
	 * @param content    a file's bytes; empty for a link
	 * @param linkTarget a symbolic link's target as written (relative or absolute); {@code null} for a file
	 */
	public record Member(String path, byte[] content, String linkTarget) {

		/** @return whether it is a symbolic link */
		public boolean isLink() {
			return linkTarget != null;
		}
	}

	/** A data.tar compressed in a way Kiln cannot read (zstd, lzma). */
	public static final class UnsupportedCompressionException extends IOException {
		@Serial
		private static final long serialVersionUID = 1L;

		UnsupportedCompressionException(String message) {
			super(message);
		}
	}

	private static final String DATA = "data.tar"; //$NON-NLS-1$
	/** The "global header" of an ar archive. */
	private static final byte[] AR_MAGIC = "!<arch>\n".getBytes(StandardCharsets.US_ASCII); //$NON-NLS-1$

	private DebFile() {
	}

	/**
	 * @param deb       the package file
	 * @param wanted    which paths to read (as {@link Member#path()} writes them)
	 * @param maxBytes  the largest file to read; a larger one is left out
	 * @return the regular files and symbolic links of the package's data whose path {@code wanted} accepts, in the
	 *         archive's order
	 * @throws UnsupportedCompressionException when data.tar is compressed with zstd or lzma
	 * @throws IOException naming the file when it is no Debian package, has no data.tar, or cannot be read
	 */
	public static List<Member> dataMembers(Path deb, Predicate<String> wanted, long maxBytes) throws IOException {
		try (InputStream in = Files.newInputStream(deb)) {
			if (!Arrays.equals(in.readNBytes(AR_MAGIC.length), AR_MAGIC)) {
				throw new IOException(ImageText.bind(ImageText.DebFile_notAr, deb));
			}
		}
		try (ArArchiveInputStream ar = new ArArchiveInputStream(new BufferedInputStream(Files.newInputStream(deb), 1 << 16))) {
			ArArchiveEntry entry;
			boolean first = true;
			while ((entry = ar.getNextEntry()) != null) {
				String name = entry.getName();
				if (first && !"debian-binary".equals(name)) { //$NON-NLS-1$
					throw new IOException(ImageText.bind(ImageText.DebFile_notDeb, deb, name));
				}
				first = false;
				if (name.equals(DATA) || name.startsWith(DATA + ".")) { //$NON-NLS-1$
					return members(decompressed(ar, name, deb), wanted, maxBytes);
				}
			}
			throw new IOException(first ? ImageText.bind(ImageText.DebFile_notDeb, deb, "-") //$NON-NLS-1$
					: ImageText.bind(ImageText.DebFile_noData, deb));
		} catch (IllegalArgumentException e) {
			// commons-compress reports some malformed headers this way
			throw new IOException(ImageText.bind(ImageText.DebFile_notDeb, deb, e.getMessage()), e);
		}
	}

	private static InputStream decompressed(InputStream member, String name, Path deb) throws IOException {
		String compression = name.substring(DATA.length());
		return switch (compression) {
			case "" -> member; //$NON-NLS-1$
			case ".xz" -> new XZInputStream(member); //$NON-NLS-1$
			case ".gz" -> new GzipCompressorInputStream(member); //$NON-NLS-1$
			case ".bz2" -> new BZip2CompressorInputStream(member); //$NON-NLS-1$
			default -> throw new UnsupportedCompressionException(ImageText.bind(ImageText.DebFile_unsupportedCompression, deb, name));
		};
	}

	private static List<Member> members(InputStream data, Predicate<String> wanted, long maxBytes) throws IOException {
		List<Member> members = new ArrayList<>();
		TarArchiveInputStream tar = new TarArchiveInputStream(data);
		TarArchiveEntry entry;
		while ((entry = tar.getNextEntry()) != null) {
			String path = path(entry.getName());
			if (!wanted.test(path)) {
				continue;
			}
			if (entry.isSymbolicLink()) {
				members.add(new Member(path, new byte[0], entry.getLinkName()));
			} else if (entry.isFile() && entry.getSize() <= maxBytes) {
				members.add(new Member(path, tar.readAllBytes(), null));
			}
		}
		return members;
	}

	/** {@code ./usr/share/doc/x/} is {@code usr/share/doc/x}. */
	private static String path(String name) {
		String path = name.startsWith("./") ? name.substring(2) : name.startsWith("/") ? name.substring(1) : name; //$NON-NLS-1$ //$NON-NLS-2$
		return path.endsWith("/") ? path.substring(0, path.length() - 1) : path; //$NON-NLS-1$
	}
}
