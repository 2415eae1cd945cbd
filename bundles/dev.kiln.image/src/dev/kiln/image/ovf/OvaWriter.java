package dev.kiln.image.ovf;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.TimeUnit;

import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;

import dev.kiln.image.Progress;
import dev.kiln.image.format.AtomicOutput;
import dev.kiln.image.internal.ImageText;

/**
 * Writes an OVA: the single-file form of an OVF package (DMTF DSP0243 clause 5.3), a USTAR archive
 * (POSIX IEEE 1003.1) with the descriptor ({@code .ovf}) first, then the manifest ({@code .mf}, clause
 * 5.1: {@code SHA256(name)= hex} for the descriptor and every file), then the certificate
 * ({@code .cert}, clause 5.2) when a signer is given, then the files in the order given (the order of
 * the descriptor's References).
 * <p>
 * Every member is owned by uid/gid 0 without user or group names, has mode 0644 and the given
 * modification time, so the same inputs give the same bytes. Files are streamed, never held in
 * memory: each is read twice, once for the manifest's digest and once into the archive. A member of
 * 8 GiB or more has its size in the base-256 form of star and GNU tar (the only departure from plain
 * USTAR, which cannot express it). The archive appears under its name only when complete.
 */
public final class OvaWriter {

	private static final int BUFFER_SIZE = 1 << 20;
	private static final int USTAR_NAME_LENGTH = 100;
	private static final int MODE_0644 = 0100644;

	/** A file of the package: its name in the OVA and where its bytes are. */
	public record Member(String name, Path file) {

		/** Checks the parts. */
		public Member {
			Objects.requireNonNull(name);
			Objects.requireNonNull(file);
		}
	}

	private final long modificationTime;

	/** @param modificationTime the modification time of every member, in seconds since the epoch (SOURCE_DATE_EPOCH) */
	public OvaWriter(long modificationTime) {
		this.modificationTime = modificationTime;
	}

	/**
	 * Writes the OVA {@code target}. The manifest and certificate are named after the descriptor
	 * ({@code x.ovf} → {@code x.mf}, {@code x.cert}). Reports the bytes of the files read to
	 * {@code progress} (twice their size in all).
	 *
	 * @param signer  signs the manifest, or {@code null} for an unsigned package
	 * @throws CancellationException if {@code progress} was cancelled; {@code target} is then untouched
	 */
	public void write(Path target, String descriptorName, byte[] descriptor, List<Member> files, OvaSigner signer, Progress progress)
			throws IOException {
		if (!descriptorName.endsWith(".ovf")) { //$NON-NLS-1$
			throw new IllegalArgumentException("the descriptor's name ends in .ovf: " + descriptorName); //$NON-NLS-1$
		}
		String base = descriptorName.substring(0, descriptorName.length() - ".ovf".length()); //$NON-NLS-1$
		String manifestName = base + ".mf"; //$NON-NLS-1$
		String certName = base + ".cert"; //$NON-NLS-1$
		Set<String> names = new HashSet<>();
		for (String name : names(descriptorName, manifestName, certName, files)) {
			checkName(name);
			if (!names.add(name)) {
				throw new IllegalArgumentException("two members of the OVA would be named " + name); //$NON-NLS-1$
			}
		}

		List<OvfManifest.Entry> entries = new ArrayList<>();
		entries.add(new OvfManifest.Entry("SHA256", descriptorName, HexFormat.of().formatHex(sha256().digest(descriptor)))); //$NON-NLS-1$
		List<Long> sizes = new ArrayList<>();
		for (Member file : files) {
			long[] size = new long[1];
			entries.add(new OvfManifest.Entry("SHA256", file.name(), digest(file.file(), size, progress))); //$NON-NLS-1$
			sizes.add(size[0]);
		}
		byte[] manifest = new OvfManifest(entries).toBytes();
		byte[] certificate = signer == null ? null : signer.sign(manifestName, manifest).toBytes();

		try (AtomicOutput output = AtomicOutput.create(target)) {
			try (TarArchiveOutputStream tar = new TarArchiveOutputStream(output.asOutputStream(), StandardCharsets.UTF_8.name())) {
				tar.setBigNumberMode(TarArchiveOutputStream.BIGNUMBER_STAR);
				tar.setLongFileMode(TarArchiveOutputStream.LONGFILE_ERROR);
				member(tar, descriptorName, descriptor);
				member(tar, manifestName, manifest);
				if (certificate != null) {
					member(tar, certName, certificate);
				}
				byte[] buffer = new byte[BUFFER_SIZE];
				for (int i = 0; i < files.size(); i++) {
					copy(tar, files.get(i), sizes.get(i), buffer, progress);
				}
				tar.finish();
			}
			output.commit();
		}
	}

	private static List<String> names(String descriptorName, String manifestName, String certName, List<Member> files) {
		List<String> names = new ArrayList<>(List.of(descriptorName, manifestName, certName));
		files.forEach(f -> names.add(f.name()));
		return names;
	}

	/** A member name: a plain file name that fits the USTAR name field. */
	private static void checkName(String name) {
		if (name.isEmpty() || name.equals(".") || name.equals("..") || name.contains("/") || name.contains("\\") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
				|| name.chars().anyMatch(c -> c < ' ' || c == 0x7f)) {
			throw new IllegalArgumentException(ImageText.bind(ImageText.OvaWriter_badMemberName, name));
		}
		if (name.getBytes(StandardCharsets.UTF_8).length > USTAR_NAME_LENGTH) {
			throw new IllegalArgumentException(ImageText.bind(ImageText.OvaWriter_memberNameTooLong, USTAR_NAME_LENGTH, name));
		}
	}

	private TarArchiveEntry entry(String name, long size) {
		TarArchiveEntry entry = new TarArchiveEntry(name, true);
		entry.setSize(size);
		entry.setMode(MODE_0644);
		entry.setUserId(0);
		entry.setGroupId(0);
		entry.setUserName(""); //$NON-NLS-1$
		entry.setGroupName(""); //$NON-NLS-1$
		entry.setModTime(FileTime.from(modificationTime, TimeUnit.SECONDS));
		return entry;
	}

	private void member(TarArchiveOutputStream tar, String name, byte[] bytes) throws IOException {
		tar.putArchiveEntry(entry(name, bytes.length));
		tar.write(bytes);
		tar.closeArchiveEntry();
	}

	private void copy(TarArchiveOutputStream tar, Member file, long size, byte[] buffer, Progress progress) throws IOException {
		tar.putArchiveEntry(entry(file.name(), size));
		long copied = 0;
		try (InputStream in = Files.newInputStream(file.file())) {
			for (int n; copied < size && (n = in.read(buffer, 0, (int) Math.min(buffer.length, size - copied))) > 0;) {
				checkCancelled(progress);
				tar.write(buffer, 0, n);
				copied += n;
				progress.worked(n);
			}
			if (copied < size || in.read() >= 0) {
				throw new IOException(ImageText.bind(ImageText.OvaWriter_changed, file.file(), size));
			}
		}
		tar.closeArchiveEntry();
	}

	private static String digest(Path file, long[] size, Progress progress) throws IOException {
		MessageDigest digest = sha256();
		byte[] buffer = new byte[BUFFER_SIZE];
		try (InputStream in = Files.newInputStream(file)) {
			for (int n; (n = in.read(buffer)) > 0;) {
				checkCancelled(progress);
				digest.update(buffer, 0, n);
				size[0] += n;
				progress.worked(n);
			}
		}
		return HexFormat.of().formatHex(digest.digest());
	}

	private static void checkCancelled(Progress progress) {
		if (progress.isCancelled()) {
			throw new CancellationException(ImageText.OvaWriter_cancelled);
		}
	}

	private static MessageDigest sha256() {
		try {
			return MessageDigest.getInstance("SHA-256"); //$NON-NLS-1$
		} catch (java.security.NoSuchAlgorithmException e) {
			throw new IllegalStateException("SHA-256 is part of every Java runtime", e); //$NON-NLS-1$
		}
	}
}
