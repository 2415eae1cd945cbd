package dev.kiln.image.debian;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

import dev.kiln.image.internal.ImageText;

/**
 * The Debian changelogs of the packages of one mirror, read from the packages themselves: the archive serves no
 * changelog on its own, so the .deb is downloaded (checked against its index) and its
 * {@code usr/share/doc/<package>/changelog.Debian.gz} read, with the binary-only upload's
 * {@code changelog.Debian.<arch>.gz} before it. A package whose doc folder is a link to another package's (libfoo1 to
 * libfoo-common) has its changelog in a sibling: a package of the same source and version in the same index, the link's
 * target first, then the smallest, at most {@value #MAX_PACKAGES} packages in all.
 * <p>
 * Kept in the mirror's cache folder ({@code changelogs/<source>/<version>.gz}), one per source package and version,
 * which no later upload changes; a version whose changelog cannot be had from its packages (zstd-compressed data, no
 * changelog) is remembered as such ({@code <version>.unavailable}). A download that failed is not remembered, so the
 * next audit tries again. Files are written under a temporary name and renamed, so concurrent audits at worst do the
 * same work twice.
 */
public final class PackageChangelogs {

	/** How many .debs are tried for one changelog: the package, then siblings. */
	static final int MAX_PACKAGES = 3;
	/** A package larger than this is not downloaded for its changelog (the largest kernel images are about 100 MB). */
	static final long MAX_PACKAGE_BYTES = 256L << 20;
	private static final long MAX_CHANGELOG_BYTES = 32L << 20;
	private static final Pattern SOURCE_NAME = Pattern.compile("[a-z0-9][a-z0-9.+-]*"); //$NON-NLS-1$
	private static final String DOC = "usr/share/doc/"; //$NON-NLS-1$

	/**
	 * What was found for one package version.
	 *
	 * @param changelog   the changelog, or {@code null} when it is not available
	 * @param unavailable why it is not available, in words; {@code null} when it is
	 * @param cached      whether it came from the cache (nothing was downloaded)
	 * @param downloaded  the bytes of the .debs downloaded for it
	 * @param packages    the packages whose .debs were read, in order
	 */
	public record Lookup(DebianChangelog changelog, String unavailable, boolean cached, long downloaded, List<String> packages) {

		/** Copies the list. */
		public Lookup {
			packages = List.copyOf(packages);
		}

		/** @return the changelog, if there is one */
		public Optional<DebianChangelog> found() {
			return Optional.ofNullable(changelog);
		}
	}

	/** What one .deb had to say. */
	private record Found(String text, String docLink, String unsupported) {
	}

	private final DebianArchive archive;
	private final Path folder;

	/** The changelogs of the archive's packages, kept in its cache folder. */
	public PackageChangelogs(DebianArchive archive) {
		this.archive = archive;
		this.folder = archive.cacheDirectory().resolve("changelogs"); //$NON-NLS-1$
	}

	/** @return the folder of the changelogs, {@code <mirror cache>/changelogs} */
	public Path folder() {
		return folder;
	}

	/**
	 * @param binary the package whose changelog is wanted, from {@code index}
	 * @param index  the index that lists it and its siblings
	 * @return the changelog of the package's source at the package's version, or why there is none
	 */
	public Lookup changelog(BinaryPackage binary, PackageVersions index) {
		return changelog(binary, index, null);
	}

	/**
	 * As {@link #changelog(BinaryPackage, PackageVersions)}, reading only the entries above {@code since} (see
	 * {@link DebianChangelog#parse(String, DebianVersion)}); the whole changelog is kept in the cache all the same.
	 *
	 * @param since the version whose entry ends the reading, e.g. the one installed; {@code null} reads every entry
	 */
	public Lookup changelog(BinaryPackage binary, PackageVersions index, DebianVersion since) {
		String source = binary.source();
		String version = binary.version().toString();
		if (!SOURCE_NAME.matcher(source).matches()) {
			return new Lookup(null, ImageText.bind(ImageText.PackageChangelogs_badSource, binary, source), false, 0, List.of());
		}
		Path text = folder.resolve(source).resolve(fileName(version) + ".gz"); //$NON-NLS-1$
		Path unavailable = folder.resolve(source).resolve(fileName(version) + ".unavailable"); //$NON-NLS-1$
		Optional<Lookup> cached = cached(text, unavailable, binary, since);
		if (cached.isPresent()) {
			return cached.get();
		}
		return fetch(binary, index, text, unavailable, since);
	}

	/** A cached changelog is decompressed only as far as the entries wanted: the kernel's has 4 MB. */
	private Optional<Lookup> cached(Path text, Path unavailable, BinaryPackage binary, DebianVersion since) {
		try (BufferedReader reader = new BufferedReader(new InputStreamReader(new GZIPInputStream(Files.newInputStream(text), 1 << 16),
				StandardCharsets.UTF_8))) {
			try {
				return Optional.of(new Lookup(DebianChangelog.parse(reader, since), null, true, 0, List.of()));
			} catch (IllegalArgumentException e) {
				return Optional.of(new Lookup(null, ImageText.bind(ImageText.PackageChangelogs_unreadable, binary, e.getMessage()), true, 0, List.of()));
			}
		} catch (NoSuchFileException e) {
			// not fetched yet, or unavailable
		} catch (IOException e) {
			discard(text); // cut off or damaged: fetched again
		}
		try {
			return Optional.of(new Lookup(null, Files.readString(unavailable, StandardCharsets.UTF_8).strip(), true, 0, List.of()));
		} catch (IOException e) {
			return Optional.empty();
		}
	}

	private Lookup fetch(BinaryPackage binary, PackageVersions index, Path text, Path unavailable, DebianVersion since) {
		List<BinaryPackage> tried = new ArrayList<>();
		List<String> names = new ArrayList<>();
		long downloaded = 0;
		Set<String> notes = new LinkedHashSet<>();
		BinaryPackage next = binary;
		while (next != null && tried.size() < MAX_PACKAGES) {
			tried.add(next);
			if (next.size() > MAX_PACKAGE_BYTES) {
				notes.add(ImageText.bind(ImageText.PackageChangelogs_tooLarge, next, next.size()));
				next = sibling(binary, index, tried, null);
				continue;
			}
			Found found;
			try {
				found = read(next);
			} catch (DebianArchiveException | IOException e) {
				// the mirror or the disk failed: not remembered, the next audit tries again
				return new Lookup(null, ImageText.bind(ImageText.PackageChangelogs_failed, next, e.getMessage()), false, downloaded, names);
			}
			downloaded += next.size();
			names.add(next.name());
			if (found.unsupported() != null) {
				// a sibling of the same source is built the same way: it cannot be read either
				return remember(unavailable, found.unsupported(), downloaded, names);
			}
			if (found.text() != null) {
				try {
					write(text, gzip(found.text()));
				} catch (IOException e) {
					// the changelog is there; only keeping it failed
				}
				return parsed(found.text(), binary, since, false, downloaded, names);
			}
			if (found.docLink() != null) {
				notes.add(ImageText.bind(ImageText.PackageChangelogs_docLink, next.name(), found.docLink()));
			}
			next = sibling(binary, index, tried, found.docLink());
		}
		String reason = ImageText.bind(ImageText.PackageChangelogs_none, String.join(", ", tried.stream().map(BinaryPackage::name).toList()), //$NON-NLS-1$
				notes.isEmpty() ? "" : " (" + String.join("; ", notes) + ")"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		return remember(unavailable, reason, downloaded, names);
	}

	/** The next package of the same source and version to try: the doc link's target if it is one, else the smallest. */
	private static BinaryPackage sibling(BinaryPackage binary, PackageVersions index, List<BinaryPackage> tried, String docLink) {
		List<BinaryPackage> siblings = index.ofSource(binary.source()).stream()
				.filter(sibling -> sibling.version().equals(binary.version()) && !tried.contains(sibling)).toList();
		if (docLink != null) {
			String trimmed = docLink.endsWith("/") ? docLink.substring(0, docLink.length() - 1) : docLink; //$NON-NLS-1$
			String target = trimmed.substring(trimmed.lastIndexOf('/') + 1);
			for (BinaryPackage sibling : siblings) {
				if (sibling.name().equals(target)) {
					return sibling;
				}
			}
		}
		return siblings.isEmpty() ? null : siblings.get(0);
	}

	/** Downloads the .deb beside the cache, reads its changelogs and doc folder, and deletes it. */
	private Found read(BinaryPackage binary) throws DebianArchiveException, IOException {
		Files.createDirectories(folder);
		Path deb = Files.createTempFile(folder, "." + binary.name() + "_", ".deb"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		try {
			archive.download(binary, deb);
			String doc = DOC + binary.name();
			List<DebFile.Member> members;
			try {
				members = DebFile.dataMembers(deb, path -> path.equals(doc) || path.startsWith(doc + "/changelog"), MAX_CHANGELOG_BYTES); //$NON-NLS-1$
			} catch (DebFile.UnsupportedCompressionException e) {
				return new Found(null, null, ImageText.bind(ImageText.PackageChangelogs_unsupported, e.getMessage()));
			}
			return found(members, doc, binary.architecture());
		} finally {
			discard(deb);
		}
	}

	/**
	 * The doc folder's changelog.Debian.gz (changelog.gz for a native package), after the binary-only upload's
	 * changelog.Debian.&lt;arch&gt;.gz when there is one; or where the doc folder or the changelog links to.
	 */
	private static Found found(List<DebFile.Member> members, String doc, String architecture) throws IOException {
		String binaryOnly = null;
		String changelog = null;
		String nativeChangelog = null;
		String link = null;
		for (DebFile.Member member : members) {
			String path = member.path();
			if (member.isLink()) {
				if (path.equals(doc) || path.equals(doc + "/changelog.Debian.gz")) { //$NON-NLS-1$
					String target = member.linkTarget();
					// a link to ../libfoo-common/changelog.Debian.gz names the package as the folder's link would
					link = path.equals(doc) ? target : target.contains("/") ? target.substring(0, target.lastIndexOf('/')) : null; //$NON-NLS-1$
				}
				continue;
			}
			if (path.equals(doc + "/changelog.Debian.gz")) { //$NON-NLS-1$
				changelog = gunzip(member.content());
			} else if (path.equals(doc + "/changelog.Debian." + architecture + ".gz")) { //$NON-NLS-1$ //$NON-NLS-2$
				binaryOnly = gunzip(member.content());
			} else if (path.equals(doc + "/changelog.gz")) { //$NON-NLS-1$
				nativeChangelog = gunzip(member.content());
			}
		}
		String text = changelog != null ? changelog : nativeChangelog;
		if (text != null && binaryOnly != null) {
			text = binaryOnly.strip() + "\n\n" + text; //$NON-NLS-1$
		}
		return new Found(text, text == null ? link : null, null);
	}

	private static Lookup parsed(String text, BinaryPackage binary, DebianVersion since, boolean cached, long downloaded, List<String> packages) {
		try {
			return new Lookup(DebianChangelog.parse(text, since), null, cached, downloaded, packages);
		} catch (IllegalArgumentException e) {
			return new Lookup(null, ImageText.bind(ImageText.PackageChangelogs_unreadable, binary, e.getMessage()), cached, downloaded, packages);
		}
	}

	private Lookup remember(Path unavailable, String reason, long downloaded, List<String> packages) {
		try {
			write(unavailable, reason.getBytes(StandardCharsets.UTF_8));
		} catch (IOException e) {
			// asked again next time
		}
		return new Lookup(null, reason, false, downloaded, packages);
	}

	private static void write(Path target, byte[] content) throws IOException {
		Files.createDirectories(target.getParent());
		Path temporary = Files.createTempFile(target.getParent(), "." + target.getFileName(), ".part"); //$NON-NLS-1$ //$NON-NLS-2$
		try {
			Files.write(temporary, content);
			Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
		} finally {
			discard(temporary);
		}
	}

	/** A version as a file name, as apt names .debs: {@code 1:2.3-4} is {@code 1%3a2.3-4}. */
	private static String fileName(String version) {
		return version.replace(":", "%3a"); //$NON-NLS-1$ //$NON-NLS-2$
	}

	private static String gunzip(byte[] content) throws IOException {
		try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(content))) {
			return new String(in.readNBytes((int) MAX_CHANGELOG_BYTES), StandardCharsets.UTF_8);
		}
	}

	private static byte[] gzip(String text) throws IOException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (GZIPOutputStream out = new GZIPOutputStream(bytes)) {
			out.write(text.getBytes(StandardCharsets.UTF_8));
		}
		return bytes.toByteArray();
	}

	private static void discard(Path file) {
		try {
			Files.deleteIfExists(file);
		} catch (IOException e) {
			// a leftover only costs disk space
		}
	}
}
