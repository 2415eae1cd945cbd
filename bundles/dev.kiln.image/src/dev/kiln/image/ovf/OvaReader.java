package dev.kiln.image.ovf;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.stream.Stream;

import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.archivers.tar.TarConstants;
import org.apache.commons.compress.archivers.tar.TarFile;

import dev.kiln.image.Progress;
import dev.kiln.image.internal.ImageText;
import dev.kiln.image.ovf.OvaException.Reason;

/**
 * Opens an OVF package — an OVA (DMTF DSP0243 clause 5.3: a tar archive, descriptor first) or an
 * {@code .ovf} with its files beside it — lists its members, parses its descriptor, manifest and
 * certificate, and streams or extracts its files. Kiln's own packages and third parties' alike.
 * <p>
 * An OVA is untrusted input. {@link #open} refuses, with an {@link OvaException} naming the member:
 * names that are absolute or climb out with {@code ..}; links, devices, FIFOs and directories;
 * duplicate names; a first member that is not the {@code .ovf}; an archive cut inside a header or a
 * member. {@link #extract} writes only regular files, only below its (empty) target folder, never
 * through an existing file or link. Members are read in place: verifying an OVA extracts nothing.
 */
public final class OvaReader implements Closeable {

	/** Members read into memory (descriptor, manifest, certificate) are at most this large. */
	private static final long MAX_METADATA_BYTES = 16 << 20;
	private static final int BUFFER_SIZE = 1 << 20;

	/** A file of the package. */
	public record Member(String name, long size) {
	}

	private final String packageName;
	private final Map<String, Member> members;
	private final Source source;
	private final String descriptorName;
	private final byte[] descriptorBytes;
	private final OvfEnvelope descriptor;
	private final byte[] manifestBytes;
	private final OvfManifest manifest;
	private final byte[] certificateBytes;

	/** Where the members' bytes are: a tar archive or a folder. */
	private interface Source extends Closeable {
		InputStream open(String name) throws IOException;
	}

	private OvaReader(String packageName, Map<String, Member> members, Source source) throws IOException {
		this.packageName = packageName;
		this.members = members;
		this.source = source;
		this.descriptorName = members.keySet().iterator().next();
		this.descriptorBytes = read(descriptorName);
		this.descriptor = new OvfEnvelopeReader().read(descriptorBytes, packageName, descriptorName);
		String base = descriptorName.substring(0, descriptorName.length() - ".ovf".length()); //$NON-NLS-1$
		this.manifestBytes = members.containsKey(base + ".mf") ? read(base + ".mf") : null; //$NON-NLS-1$ //$NON-NLS-2$
		this.manifest = manifestBytes == null ? null : OvfManifest.parse(manifestBytes, packageName, base + ".mf"); //$NON-NLS-1$
		this.certificateBytes = members.containsKey(base + ".cert") ? read(base + ".cert") : null; //$NON-NLS-1$ //$NON-NLS-2$
	}

	/**
	 * Opens an OVA, or an {@code .ovf} descriptor whose manifest, certificate and referenced files lie
	 * beside it, and checks its structure.
	 *
	 * @throws OvaException if the package is unsafe or malformed
	 */
	public static OvaReader open(Path file) throws IOException {
		return file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".ovf") ? openFolder(file) : openArchive(file); //$NON-NLS-1$
	}

	private static OvaReader openArchive(Path file) throws IOException {
		String packageName = file.getFileName().toString();
		FileChannel channel = FileChannel.open(file, StandardOpenOption.READ);
		TarFile tar;
		try {
			tar = new TarFile(channel);
		} catch (IOException | RuntimeException e) {
			channel.close();
			if (e.getMessage() != null && e.getMessage().toLowerCase(Locale.ROOT).contains("truncated")) { //$NON-NLS-1$
				String last = lastHeader(file);
				throw new OvaException(packageName, last, Reason.TRUNCATED,
						last == null ? ImageText.OvaReader_endsInFirstHeader : ImageText.OvaReader_endsInMember, e);
			}
			throw new OvaException(packageName, null, Reason.NOT_AN_OVF_PACKAGE,
					ImageText.bind(ImageText.OvaReader_notTar, e.getMessage()), e);
		}
		try {
			long fileSize = Files.size(file);
			Map<String, Member> members = new LinkedHashMap<>();
			Map<String, TarArchiveEntry> entries = new LinkedHashMap<>();
			for (TarArchiveEntry entry : tar.getEntries()) {
				String name = entry.getName();
				checkName(packageName, name);
				checkType(packageName, entry);
				if (entries.containsKey(name)) {
					throw new OvaException(packageName, name, Reason.DUPLICATE_MEMBER, ImageText.OvaReader_duplicateMember);
				}
				if (entry.getDataOffset() + entry.getSize() > fileSize) {
					throw new OvaException(packageName, name, Reason.TRUNCATED,
							ImageText.bind(ImageText.OvaReader_truncatedMember, fileSize - entry.getDataOffset(), entry.getSize()));
				}
				if (entries.isEmpty() && !name.endsWith(".ovf")) { //$NON-NLS-1$
					throw new OvaException(packageName, name, Reason.DESCRIPTOR_NOT_FIRST, ImageText.OvaReader_descriptorNotFirst);
				}
				entries.put(name, entry);
				members.put(name, new Member(name, entry.getSize()));
			}
			if (members.isEmpty()) {
				throw new OvaException(packageName, null, Reason.NOT_AN_OVF_PACKAGE, ImageText.OvaReader_empty);
			}
			// a tar archive is whole 512-byte blocks and ends with zero blocks; a reader that stops at a short
			// block would take a cut archive for a shorter one
			TarArchiveEntry last = entries.values().stream().reduce((a, b) -> b).orElseThrow();
			long end = last.getDataOffset() + (last.getSize() + TarConstants.DEFAULT_RCDSIZE - 1) / TarConstants.DEFAULT_RCDSIZE
					* TarConstants.DEFAULT_RCDSIZE;
			if (fileSize % TarConstants.DEFAULT_RCDSIZE != 0 || fileSize < end + TarConstants.DEFAULT_RCDSIZE) {
				throw new OvaException(packageName, last.getName(), Reason.TRUNCATED,
						ImageText.bind(ImageText.OvaReader_unclosed, fileSize));
			}
			TarFile archive = tar;
			return new OvaReader(packageName, members, new Source() {
				@Override
				public InputStream open(String name) throws IOException {
					return archive.getInputStream(entries.get(name));
				}

				@Override
				public void close() throws IOException {
					archive.close();
				}
			});
		} catch (IOException | RuntimeException e) {
			tar.close();
			throw e;
		}
	}

	/** The name of the last member whose header a streaming read gets through, or {@code null}. */
	private static String lastHeader(Path file) {
		String last = null;
		try (TarArchiveInputStream tar = new TarArchiveInputStream(Files.newInputStream(file))) {
			for (TarArchiveEntry entry; (entry = tar.getNextEntry()) != null;) {
				last = entry.getName();
			}
		} catch (IOException | RuntimeException e) {
			// the cut: what was read so far names the member
		}
		return last;
	}

	private static OvaReader openFolder(Path descriptorFile) throws IOException {
		String packageName = descriptorFile.getFileName().toString();
		Path folder = descriptorFile.toAbsolutePath().getParent();
		Map<String, Member> members = new LinkedHashMap<>();
		addFile(members, packageName, folder, packageName, true);
		String base = packageName.substring(0, packageName.length() - ".ovf".length()); //$NON-NLS-1$
		addFile(members, packageName, folder, base + ".mf", false); //$NON-NLS-1$
		addFile(members, packageName, folder, base + ".cert", false); //$NON-NLS-1$
		byte[] descriptorBytes = Files.readAllBytes(descriptorFile);
		OvfEnvelope envelope = new OvfEnvelopeReader().read(descriptorBytes, packageName, packageName);
		for (OvfEnvelope.FileReference reference : envelope.files()) {
			if (reference.href() == null) {
				throw new OvaException(packageName, packageName, Reason.BAD_DESCRIPTOR,
						ImageText.bind(ImageText.OvaReader_noHref, reference.id()));
			}
			checkName(packageName, reference.href());
			addFile(members, packageName, folder, reference.href(), false);
		}
		return new OvaReader(packageName, members, new Source() {
			@Override
			public InputStream open(String name) throws IOException {
				return Files.newInputStream(folder.resolve(name), LinkOption.NOFOLLOW_LINKS);
			}

			@Override
			public void close() {
			}
		});
	}

	private static void addFile(Map<String, Member> members, String packageName, Path folder, String name, boolean required)
			throws IOException {
		Path file = folder.resolve(name);
		if (Files.isSymbolicLink(file)) {
			throw new OvaException(packageName, name, Reason.LINK_MEMBER, ImageText.OvaReader_isSymbolicLink);
		}
		if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
			if (required) {
				throw new OvaException(packageName, name, Reason.MISSING_FILE, ImageText.OvaReader_doesNotExist);
			}
			return;
		}
		if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
			throw new OvaException(packageName, name, Reason.SPECIAL_MEMBER, ImageText.OvaReader_isNotRegular);
		}
		if (!members.containsKey(name)) {
			members.put(name, new Member(name, Files.size(file)));
		}
	}

	/** A member name must stay inside the package: relative, no {@code ..}, no backslashes or control characters. */
	static void checkName(String packageName, String name) throws OvaException {
		if (name.isEmpty() || name.startsWith("/") || name.startsWith("\\") || name.matches("^[A-Za-z]:.*")) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			throw new OvaException(packageName, name, Reason.ABSOLUTE_PATH, ImageText.OvaReader_absolutePath);
		}
		for (String part : name.split("[/\\\\]")) { //$NON-NLS-1$
			if (part.equals("..")) { //$NON-NLS-1$
				throw new OvaException(packageName, name, Reason.PATH_TRAVERSAL, ImageText.OvaReader_climbsOut);
			}
		}
		if (name.contains("\\") || name.chars().anyMatch(c -> c < ' ' || c == 0x7f)) { //$NON-NLS-1$
			throw new OvaException(packageName, name, Reason.PATH_TRAVERSAL, ImageText.OvaReader_badName);
		}
	}

	private static void checkType(String packageName, TarArchiveEntry entry) throws OvaException {
		String name = entry.getName();
		if (entry.isSymbolicLink() || entry.isLink()) {
			throw new OvaException(packageName, name, Reason.LINK_MEMBER, ImageText.bind(
					entry.isSymbolicLink() ? ImageText.OvaReader_symbolicLinkTo : ImageText.OvaReader_hardLinkTo, entry.getLinkName()));
		}
		// isFile() alone says yes for devices and FIFOs
		if (!entry.isFile() || entry.isDirectory() || entry.isCharacterDevice() || entry.isBlockDevice() || entry.isFIFO()
				|| entry.isGNUSparse()) {
			String kind = entry.isDirectory() ? ImageText.OvaReader_directory
					: entry.isCharacterDevice() ? ImageText.OvaReader_characterDevice
					: entry.isBlockDevice() ? ImageText.OvaReader_blockDevice
					: entry.isFIFO() ? ImageText.OvaReader_fifo
					: entry.isGNUSparse() ? ImageText.OvaReader_sparseFile : ImageText.OvaReader_notRegularFile;
			throw new OvaException(packageName, name, Reason.SPECIAL_MEMBER, ImageText.bind(ImageText.OvaReader_regularFilesOnly, kind));
		}
	}

	/** The package's file name. */
	public String packageName() {
		return packageName;
	}

	/** The members in archive order (for an .ovf: descriptor, manifest, certificate, referenced files). */
	public List<Member> members() {
		return List.copyOf(members.values());
	}

	/** The member of this name. */
	public Optional<Member> member(String name) {
		return Optional.ofNullable(members.get(name));
	}

	/** The descriptor's member name. */
	public String descriptorName() {
		return descriptorName;
	}

	/** The descriptor as read. */
	public byte[] descriptorBytes() {
		return descriptorBytes.clone();
	}

	/** The parsed descriptor. */
	public OvfEnvelope descriptor() {
		return descriptor;
	}

	/** The manifest's member name, whether or not the package has one. */
	public String manifestName() {
		return descriptorName.substring(0, descriptorName.length() - ".ovf".length()) + ".mf"; //$NON-NLS-1$ //$NON-NLS-2$
	}

	/** The certificate's member name, whether or not the package has one. */
	public String certificateName() {
		return descriptorName.substring(0, descriptorName.length() - ".ovf".length()) + ".cert"; //$NON-NLS-1$ //$NON-NLS-2$
	}

	/** The manifest, if the package has one. */
	public Optional<OvfManifest> manifest() {
		return Optional.ofNullable(manifest);
	}

	/** The manifest's bytes, if the package has one. */
	public Optional<byte[]> manifestBytes() {
		return Optional.ofNullable(manifestBytes).map(byte[]::clone);
	}

	/** The certificate file's bytes, if the package is signed. */
	public Optional<byte[]> certificateBytes() {
		return Optional.ofNullable(certificateBytes).map(byte[]::clone);
	}

	/** Streams a member's bytes. */
	public InputStream open(String name) throws IOException {
		if (!members.containsKey(name)) {
			throw new OvaException(packageName, name, Reason.MISSING_FILE, ImageText.OvaReader_noSuchMember);
		}
		return source.open(name);
	}

	private byte[] read(String name) throws IOException {
		long size = members.get(name).size();
		if (size > MAX_METADATA_BYTES) {
			throw new OvaException(packageName, name, Reason.NOT_AN_OVF_PACKAGE,
					ImageText.bind(ImageText.OvaReader_metadataTooLarge, size, MAX_METADATA_BYTES));
		}
		try (InputStream in = source.open(name)) {
			return in.readAllBytes();
		}
	}

	/**
	 * Extracts every member into {@code target}, which must be empty or not exist, reporting bytes to
	 * {@code progress}. Writes regular files only, each strictly below {@code target}, creating them
	 * anew (an existing file or link is never written through).
	 *
	 * @throws CancellationException if {@code progress} was cancelled (what was extracted stays)
	 */
	public void extract(Path target, Progress progress) throws IOException {
		Path root = Files.createDirectories(target).toRealPath();
		try (Stream<Path> existing = Files.list(root)) {
			if (existing.findAny().isPresent()) {
				throw new IOException(ImageText.bind(ImageText.OvaReader_folderNotEmpty, packageName, root));
			}
		}
		byte[] buffer = new byte[BUFFER_SIZE];
		for (Member member : members.values()) {
			Path file = root.resolve(member.name()).normalize();
			if (!file.startsWith(root) || file.equals(root)) {
				throw new OvaException(packageName, member.name(), Reason.PATH_TRAVERSAL,
						ImageText.bind(ImageText.OvaReader_outside, root));
			}
			Files.createDirectories(file.getParent());
			if (!file.getParent().toRealPath().startsWith(root)) {
				throw new OvaException(packageName, member.name(), Reason.PATH_TRAVERSAL,
						ImageText.bind(ImageText.OvaReader_outside, root));
			}
			try (InputStream in = source.open(member.name());
					OutputStream out = Files.newOutputStream(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
				for (int n; (n = in.read(buffer)) > 0;) {
					if (progress.isCancelled()) {
						throw new CancellationException(ImageText.bind(ImageText.OvaReader_cancelled, packageName));
					}
					out.write(buffer, 0, n);
					progress.worked(n);
				}
			}
		}
	}

	@Override
	public void close() throws IOException {
		source.close();
	}
}
