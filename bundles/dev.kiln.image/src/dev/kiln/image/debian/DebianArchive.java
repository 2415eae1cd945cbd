package dev.kiln.image.debian;

import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

import org.tukaani.xz.XZInputStream;

import dev.kiln.image.debian.DebianArchiveException.Reason;
import dev.kiln.image.debian.Release.IndexFile;
import dev.kiln.image.debian.Release.Origin;
import dev.kiln.image.internal.ImageText;

/**
 * A client of one Debian archive mirror: fetches a suite's InRelease, verifies its OpenPGP
 * signature against a keyring, and reads the Packages index the signed Release vouches for (size
 * and SHA256). Both are kept in a disk cache, refreshed when older than a maximum age or past their
 * Valid-Until, and served from the cache when the mirror is unreachable. Thread-safe.
 */
public final class DebianArchive {

	/** Debian's archive keyring as the debian-archive-keyring package installs it. */
	public static final Path DEBIAN_ARCHIVE_KEYRING = Path.of("/usr/share/keyrings/debian-archive-keyring.gpg"); //$NON-NLS-1$

	/**
	 * How the client fetches, verifies and caches.
	 *
	 * @param keyring        the OpenPGP keyring (binary or armored) whose keys may sign InRelease
	 * @param cacheRoot      the folder holding one subfolder per mirror
	 * @param maxAge         how long a cached InRelease is used without asking the mirror
	 * @param allowExpired   accept a Release past its Valid-Until (for snapshot mirrors only)
	 * @param connectTimeout how long to wait for a connection
	 * @param requestTimeout how long to wait for a complete answer
	 * @param attempts       how many times to try a request that failed for a transient reason
	 * @param clock          the clock deciding staleness and expiry
	 */
	public record Options(Path keyring, Path cacheRoot, Duration maxAge, boolean allowExpired, Duration connectTimeout,
			Duration requestTimeout, int attempts, Clock clock) {

		/** Checks that nothing is missing. */
		public Options {
			Objects.requireNonNull(keyring, "keyring"); //$NON-NLS-1$
			Objects.requireNonNull(cacheRoot, "cacheRoot"); //$NON-NLS-1$
			Objects.requireNonNull(maxAge, "maxAge"); //$NON-NLS-1$
			Objects.requireNonNull(connectTimeout, "connectTimeout"); //$NON-NLS-1$
			Objects.requireNonNull(requestTimeout, "requestTimeout"); //$NON-NLS-1$
			Objects.requireNonNull(clock, "clock"); //$NON-NLS-1$
			if (attempts < 1) {
				throw new IllegalArgumentException("attempts must be at least 1"); //$NON-NLS-1$
			}
		}

		/**
		 * @return Debian's archive keyring, {@link #defaultCacheRoot()}, 6 hours, expired releases refused,
		 *         10 s to connect, 60 s per request, 3 attempts, the system clock
		 */
		public static Options defaults() {
			return new Options(DEBIAN_ARCHIVE_KEYRING, defaultCacheRoot(), Duration.ofHours(6), false,
					Duration.ofSeconds(10), Duration.ofSeconds(60), 3, Clock.systemUTC());
		}

		/**
		 * The defaults on a cache of archive indexes, trusting Debian's archive keyring and {@code extraKeyrings}: with
		 * extra keyrings, one keyring combining them all, kept in {@code <indexCache>/keyrings} (see {@link Keyrings}).
		 *
		 * @throws DebianArchiveException when a keyring cannot be read or the combined one cannot be written
		 */
		public static Options trusting(Path indexCache, List<Path> extraKeyrings) throws DebianArchiveException {
			List<Path> keyrings = new ArrayList<>(List.of(DEBIAN_ARCHIVE_KEYRING));
			keyrings.addAll(extraKeyrings);
			return defaults().withCacheRoot(indexCache).withKeyring(Keyrings.combine(keyrings, indexCache.resolve("keyrings"))); //$NON-NLS-1$
		}

		/** @return these options with another keyring */
		public Options withKeyring(Path newKeyring) {
			return new Options(newKeyring, cacheRoot, maxAge, allowExpired, connectTimeout, requestTimeout, attempts, clock);
		}

		/** @return these options with another cache folder */
		public Options withCacheRoot(Path newCacheRoot) {
			return new Options(keyring, newCacheRoot, maxAge, allowExpired, connectTimeout, requestTimeout, attempts, clock);
		}

		/** @return these options with another maximum age of the cache */
		public Options withMaxAge(Duration newMaxAge) {
			return new Options(keyring, cacheRoot, newMaxAge, allowExpired, connectTimeout, requestTimeout, attempts, clock);
		}

		/** @return these options accepting (true) or refusing Releases past their Valid-Until */
		public Options withExpiredAllowed(boolean allowed) {
			return new Options(keyring, cacheRoot, maxAge, allowed, connectTimeout, requestTimeout, attempts, clock);
		}

		/** @return these options with other timeouts and number of attempts */
		public Options withNetwork(Duration newConnectTimeout, Duration newRequestTimeout, int newAttempts) {
			return new Options(keyring, cacheRoot, maxAge, allowExpired, newConnectTimeout, newRequestTimeout, newAttempts,
					clock);
		}

		/** @return these options with another clock */
		public Options withClock(Clock newClock) {
			return new Options(keyring, cacheRoot, maxAge, allowExpired, connectTimeout, requestTimeout, attempts, newClock);
		}
	}

	/** @return {@code $XDG_CACHE_HOME/kiln/debian}, or {@code ~/.cache/kiln/debian} without that variable */
	public static Path defaultCacheRoot() {
		String xdg = System.getenv("XDG_CACHE_HOME"); //$NON-NLS-1$
		Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".cache"); //$NON-NLS-1$ //$NON-NLS-2$
		return base.resolve("kiln").resolve("debian"); //$NON-NLS-1$ //$NON-NLS-2$
	}

	/** Suite, component and architecture names: they become URL and file path segments. */
	private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9.+_~-]*"); //$NON-NLS-1$
	private static final Duration RETRY_PAUSE = Duration.ofMillis(500);

	private record Loaded(IndexFile file, PackageIndex index) {
	}

	private final URI mirror;
	private final Options options;
	private final MirrorClient client;
	private final ArchiveCache cache;
	private final InReleaseVerifier verifier;
	private final Map<String, Loaded> loaded = new HashMap<>();

	/** A client of this mirror with the {@link Options#defaults() default options}. */
	public DebianArchive(URI mirror) {
		this(mirror, Options.defaults());
	}

	/** @param mirror the archive's base URI, e.g. the one {@link AptSources#debianMirror()} finds */
	public DebianArchive(URI mirror, Options options) {
		String text = mirror.toString();
		this.mirror = text.endsWith("/") ? mirror : URI.create(text + "/"); //$NON-NLS-1$ //$NON-NLS-2$
		this.options = options;
		this.client = new MirrorClient(this.mirror, options.connectTimeout(), options.requestTimeout(), options.attempts(),
				RETRY_PAUSE);
		this.cache = new ArchiveCache(options.cacheRoot(), this.mirror);
		this.verifier = new InReleaseVerifier(options.keyring());
	}

	/** @return the mirror's base URI, ending in '/' */
	public URI mirror() {
		return mirror;
	}

	/** @return this mirror's folder in the cache */
	public Path cacheDirectory() {
		return cache.directory();
	}

	/**
	 * @param suite a suite or codename, e.g. "trixie" or "stable"
	 * @return its verified Release, from the cache while that is fresh
	 * @throws DebianArchiveException when the mirror has no such suite, the signature does not verify, the
	 *                                Release expired, or the mirror is unreachable and nothing is cached
	 */
	public synchronized Release release(String suite) throws DebianArchiveException {
		checkName(suite, suite);
		Path cachedFile = cache.inRelease(suite);
		Release cached = cachedRelease(suite, cachedFile);
		Instant now = options.clock().instant();
		if (cached != null && !cached.expiredAt(now)) {
			Instant written = cache.modified(cachedFile);
			if (written != null && Duration.between(written, now).compareTo(options.maxAge()) < 0) {
				return cached;
			}
		}
		String path = "dists/" + suite + "/InRelease"; //$NON-NLS-1$ //$NON-NLS-2$
		byte[] content;
		try {
			content = client.get(path);
		} catch (DebianArchiveException e) {
			if (cached == null || (e.reason() != Reason.UNREACHABLE && e.reason() != Reason.HTTP_STATUS)) {
				throw e;
			}
			checkNotExpired(cached, suite, cachedFile.toString(), now);
			return cached.withOrigin(Origin.OFFLINE_CACHE);
		}
		if (content == null) {
			throw new DebianArchiveException(Reason.NO_SUITE, ImageText.bind(ImageText.DebianArchive_noSuite, suite, mirror));
		}
		Release release = verifiedRelease(content, suite, client.uri(path).toString(), Origin.MIRROR);
		checkNotExpired(release, suite, client.uri(path).toString(), now);
		cache.write(cachedFile, content);
		return release;
	}

	/**
	 * @param suite a suite, e.g. "trixie-security"
	 * @return the state of the suite's verified Release: its date and the SHA-256 of its InRelease
	 * @throws DebianArchiveException as {@link #release(String)} does
	 */
	public synchronized PocketState state(String suite) throws DebianArchiveException {
		Release release = release(suite);
		Path file = cache.inRelease(suite);
		try {
			return new PocketState(suite, mirror, release.date(), dev.kiln.image.Sha256.of(Files.readAllBytes(file)));
		} catch (IOException e) {
			throw new DebianArchiveException(Reason.CACHE, ImageText.bind(ImageText.DebianArchive_changedInCache, file), e);
		}
	}

	/** @return the main component's amd64 packages of the suite, see {@link #packages(String, String, String)} */
	public PackageIndex packages(String suite) throws DebianArchiveException {
		return packages(suite, "main", "amd64"); //$NON-NLS-1$ //$NON-NLS-2$
	}

	/**
	 * @param suite        a suite or codename, e.g. "trixie"
	 * @param component    e.g. "main"
	 * @param architecture e.g. "amd64"
	 * @return the verified package index, read from the cache when the Release there vouches for it
	 * @throws DebianArchiveException as {@link #release(String)} does, and when the suite has no such index
	 *                                or the index does not match the signed Release
	 */
	public synchronized PackageIndex packages(String suite, String component, String architecture)
			throws DebianArchiveException {
		checkName(suite, suite);
		checkName(suite, component);
		checkName(suite, architecture);
		Release release = release(suite);
		String path = component + "/binary-" + architecture + "/Packages"; //$NON-NLS-1$ //$NON-NLS-2$
		IndexFile compressed = release.file(path + ".xz").orElseThrow(() -> new DebianArchiveException(Reason.NO_INDEX, //$NON-NLS-1$
				ImageText.bind(ImageText.DebianArchive_noIndex, suite, mirror, path + ".xz"))); //$NON-NLS-1$
		IndexFile plain = release.file(path).orElse(null);
		IndexFile identity = plain != null ? plain : compressed;
		String key = suite + "/" + path; //$NON-NLS-1$
		Loaded memo = loaded.get(key);
		if (memo != null && memo.file().equals(identity)) {
			return memo.index().withRelease(release);
		}
		PackageIndex index = load(release, suite, component, architecture, compressed, plain);
		loaded.put(key, new Loaded(identity, index));
		return index;
	}

	/**
	 * The uncompressed index is cached beside Packages.xz when the Release lists its hash (Debian's do):
	 * reading and hashing 56 MB takes a fifth of the time of decompressing xz again.
	 */
	private PackageIndex load(Release release, String suite, String component, String architecture,
			IndexFile compressed, IndexFile plain) throws DebianArchiveException {
		Path compressedFile = cache.file(suite, compressed.path());
		if (plain != null) {
			Path plainFile = cache.file(suite, plain.path());
			PackageIndex index = readIndex(plainFile, plain, false, release, suite, component, architecture);
			if (index != null) {
				return index;
			}
			if (!matches(compressedFile, compressed)) {
				fetch(release, suite, compressed, compressedFile);
			}
			decompress(compressedFile, plain, plainFile, suite);
			index = readIndex(plainFile, plain, false, release, suite, component, architecture);
			if (index == null) {
				throw new DebianArchiveException(Reason.CACHE,
						ImageText.bind(ImageText.DebianArchive_changedInCache, plainFile));
			}
			return index;
		}
		if (!matches(compressedFile, compressed)) {
			fetch(release, suite, compressed, compressedFile);
		}
		PackageIndex index = readIndex(compressedFile, compressed, true, release, suite, component, architecture);
		if (index == null) {
			throw new DebianArchiveException(Reason.CACHE, ImageText.bind(ImageText.DebianArchive_changedInCache, compressedFile));
		}
		return index;
	}

	private Release cachedRelease(String suite, Path file) throws DebianArchiveException {
		byte[] content;
		try {
			content = Files.readAllBytes(file);
		} catch (NoSuchFileException e) {
			return null;
		} catch (IOException e) {
			cache.discard(file);
			return null;
		}
		try {
			return verifiedRelease(content, suite, file.toString(), Origin.CACHE);
		} catch (DebianArchiveException e) {
			if (e.reason() == Reason.KEYRING) {
				throw e;
			}
			// truncated, altered, or signed by a key the keyring no longer holds: fetch it again
			cache.discard(file);
			return null;
		}
	}

	private Release verifiedRelease(byte[] content, String suite, String location, Origin origin)
			throws DebianArchiveException {
		InReleaseVerifier.Verified verified = verifier.verify(content, suite, location);
		Release release;
		try {
			release = Release.parse(verified.text(), verified.signers(), origin);
		} catch (IllegalArgumentException e) {
			throw new DebianArchiveException(Reason.MALFORMED,
					ImageText.bind(ImageText.InReleaseVerifier_malformed, suite, location, e.getMessage()), e);
		}
		if (!suite.equals(release.suite()) && !suite.equals(release.codename())) {
			// a mirror must not answer one suite's request with another suite's signed Release
			throw new DebianArchiveException(Reason.MALFORMED, ImageText.bind(ImageText.DebianArchive_otherSuite, suite,
					location, release.suite(), release.codename()));
		}
		return release;
	}

	private void checkNotExpired(Release release, String suite, String location, Instant now)
			throws DebianArchiveException {
		if (release.expiredAt(now) && !options.allowExpired()) {
			throw new DebianArchiveException(Reason.EXPIRED,
					ImageText.bind(ImageText.DebianArchive_expired, suite, location, release.validUntil().orElseThrow()));
		}
	}

	/** Downloads an index into the cache, by hash when the archive offers it; size and SHA256 must match. */
	private void fetch(Release release, String suite, IndexFile expected, Path target) throws DebianArchiveException {
		Path temporary = cache.temporary(target);
		try {
			String directory = expected.path().contains("/") ? expected.path().substring(0, expected.path().lastIndexOf('/') + 1) : ""; //$NON-NLS-1$ //$NON-NLS-2$
			String plainPath = "dists/" + suite + "/" + expected.path(); //$NON-NLS-1$ //$NON-NLS-2$
			MirrorClient.Download download = null;
			if (release.acquireByHash()) {
				download = client.download("dists/" + suite + "/" + directory + "by-hash/SHA256/" + expected.sha256(), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
						temporary, expected.size());
			}
			if (download == null) {
				download = client.download(plainPath, temporary, expected.size());
			}
			String url = client.uri(plainPath).toString();
			if (download == null) {
				throw new DebianArchiveException(Reason.NO_INDEX,
						ImageText.bind(ImageText.DebianArchive_listedButMissing, suite, mirror, expected.path()));
			}
			if (download.size() != expected.size()) {
				throw new DebianArchiveException(Reason.HASH_MISMATCH, ImageText.bind(ImageText.DebianArchive_sizeMismatch,
						expected.path(), suite, url, download.size(), expected.size()));
			}
			if (!download.sha256().equals(expected.sha256())) {
				throw new DebianArchiveException(Reason.HASH_MISMATCH, ImageText.bind(ImageText.DebianArchive_hashMismatch,
						expected.path(), suite, url, download.sha256(), expected.sha256()));
			}
			cache.commit(temporary, target);
		} finally {
			cache.discard(temporary);
		}
	}

	/** @return whether the cached file has the size and SHA256 the Release lists; a mismatching file is discarded */
	private boolean matches(Path file, IndexFile expected) {
		try {
			if (Files.size(file) == expected.size()) {
				MessageDigest sha256 = MirrorClient.sha256();
				try (InputStream in = new DigestInputStream(Files.newInputStream(file), sha256)) {
					in.transferTo(OutputStream.nullOutputStream());
				}
				if (HexFormat.of().formatHex(sha256.digest()).equals(expected.sha256())) {
					return true;
				}
			}
		} catch (IOException e) {
			// absent or unreadable: fetch it again
		}
		cache.discard(file);
		return false;
	}

	/** Writes the uncompressed index beside the verified Packages.xz, checking it against the Release too. */
	private void decompress(Path compressedFile, IndexFile expected, Path target, String suite) throws DebianArchiveException {
		Path temporary = cache.temporary(target);
		try {
			MessageDigest sha256 = MirrorClient.sha256();
			long size;
			try (InputStream in = new XZInputStream(new BufferedInputStream(Files.newInputStream(compressedFile), 1 << 16));
					DigestOutputStream out = new DigestOutputStream(Files.newOutputStream(temporary), sha256)) {
				size = in.transferTo(out);
			} catch (IOException e) {
				throw new DebianArchiveException(Reason.CACHE,
						ImageText.bind(ImageText.DebianArchive_cannotDecompress, compressedFile, CauseDescription.of(e)), e);
			}
			String hash = HexFormat.of().formatHex(sha256.digest());
			if (size != expected.size() || !hash.equals(expected.sha256())) {
				throw new DebianArchiveException(Reason.HASH_MISMATCH, ImageText.bind(ImageText.DebianArchive_decompressedMismatch,
						expected.path(), suite, mirror, hash, size, expected.sha256(), expected.size()));
			}
			cache.commit(temporary, target);
		} finally {
			cache.discard(temporary);
		}
	}

	/**
	 * Parses a cached index while hashing it, in one pass.
	 *
	 * @return the index, or null when the file is absent or does not match the Release (it is then discarded)
	 */
	private PackageIndex readIndex(Path file, IndexFile expected, boolean xz, Release release, String suite,
			String component, String architecture) throws DebianArchiveException {
		try {
			if (Files.size(file) != expected.size()) {
				cache.discard(file);
				return null;
			}
		} catch (IOException e) {
			return null;
		}
		MessageDigest sha256 = MirrorClient.sha256();
		PackageIndex index = null;
		RuntimeException malformed = null;
		try (DigestInputStream hashed = new DigestInputStream(Files.newInputStream(file), sha256)) {
			InputStream content = xz ? new XZInputStream(new BufferedInputStream(hashed, 1 << 16)) : hashed;
			BufferedReader reader = new BufferedReader(new InputStreamReader(content, StandardCharsets.UTF_8), 1 << 16);
			try {
				index = PackageIndex.read(reader, release, suite, component, architecture);
			} catch (ControlParagraphReader.SyntaxException e) {
				malformed = new IllegalArgumentException(
						ImageText.bind(ImageText.ControlParagraphReader_atLine, e.line, e.getMessage()), e);
			} catch (IllegalArgumentException e) {
				malformed = e;
			}
			hashed.transferTo(OutputStream.nullOutputStream());
		} catch (IOException e) {
			cache.discard(file); // unreadable or corrupt xz data
			return null;
		}
		if (!HexFormat.of().formatHex(sha256.digest()).equals(expected.sha256())) {
			cache.discard(file);
			return null;
		}
		if (malformed != null) {
			throw new DebianArchiveException(Reason.MALFORMED, ImageText.bind(ImageText.DebianArchive_malformedIndex,
					expected.path(), suite, mirror, malformed.getMessage()), malformed);
		}
		return index;
	}

	private void checkName(String suite, String name) throws DebianArchiveException {
		if (name == null || !NAME.matcher(name).matches()) {
			throw new DebianArchiveException(Reason.NO_SUITE, ImageText.bind(ImageText.DebianArchive_badName, name, suite, mirror));
		}
	}

	// --- the maintenance audit (dev.kiln.build.MaintenanceAudit): version tables and pool files ---

	/**
	 * The packages of a suite's index as a {@link PackageVersions} table, cached beside the index and keyed by the
	 * index's SHA-256 in the signed Release: an audit reads it in a tenth of the time of the whole index. Made from
	 * the verified index ({@link #packages(String, String, String)}) when missing or made of another index. It carries
	 * the suite's {@link #state(String) state}, so that an audit verifies each InRelease once.
	 *
	 * @throws DebianArchiveException as {@link #packages(String, String, String)} does
	 */
	public synchronized PackageVersions versions(String suite, String component, String architecture) throws DebianArchiveException {
		checkName(suite, suite);
		checkName(suite, component);
		checkName(suite, architecture);
		Release release = release(suite);
		String path = component + "/binary-" + architecture + "/Packages"; //$NON-NLS-1$ //$NON-NLS-2$
		IndexFile identity = release.file(path).or(() -> release.file(path + ".xz")).orElseThrow(() -> new DebianArchiveException( //$NON-NLS-1$
				Reason.NO_INDEX, ImageText.bind(ImageText.DebianArchive_noIndex, suite, mirror, path + ".xz"))); //$NON-NLS-1$
		PocketState state;
		try {
			state = new PocketState(suite, mirror, release.date(), dev.kiln.image.Sha256.of(Files.readAllBytes(cache.inRelease(suite))));
		} catch (IOException e) {
			throw new DebianArchiveException(Reason.CACHE, ImageText.bind(ImageText.DebianArchive_changedInCache, cache.inRelease(suite)), e);
		}
		Path file = cache.file(suite, path + ".versions"); //$NON-NLS-1$
		try {
			PackageVersions cached = PackageVersions.read(file, identity.sha256(), release, state);
			if (cached != null) {
				return cached;
			}
		} catch (IOException e) {
			cache.discard(file); // unreadable: made again
		}
		byte[] table = PackageVersions.table(packages(suite, component, architecture), identity.sha256());
		cache.write(file, table);
		return PackageVersions.of(table, identity.sha256(), release, state);
	}

	/**
	 * Downloads a package's .deb from the mirror's pool into {@code target}, checked against the size and SHA-256 of
	 * the verified index that lists it; nothing is left at {@code target} when the check fails.
	 *
	 * @param binary a package of an index of this mirror
	 * @throws DebianArchiveException when the mirror cannot be reached or does not have the file, or the file differs
	 *                                from the index
	 */
	public void download(BinaryPackage binary, Path target) throws DebianArchiveException {
		String path = binary.filename();
		if (path.isEmpty() || path.startsWith("/") || path.contains("..")) { //$NON-NLS-1$ //$NON-NLS-2$
			throw new DebianArchiveException(Reason.MALFORMED, ImageText.bind(ImageText.DebianArchive_badPoolPath, binary, path));
		}
		String url = client.uri(path).toString();
		Path temporary;
		try {
			Files.createDirectories(target.toAbsolutePath().getParent());
			temporary = Files.createTempFile(target.toAbsolutePath().getParent(), "." + target.getFileName(), ".part"); //$NON-NLS-1$ //$NON-NLS-2$
		} catch (IOException e) {
			throw new DebianArchiveException(Reason.CACHE, ImageText.bind(ImageText.ArchiveCache_cannotWrite, target, CauseDescription.of(e)), e);
		}
		try {
			MirrorClient.Download download = client.download(path, temporary, binary.size());
			if (download == null) {
				throw new DebianArchiveException(Reason.HTTP_STATUS, ImageText.bind(ImageText.DebianArchive_poolFileMissing, binary, url));
			}
			if (download.size() != binary.size() || !download.sha256().equals(binary.sha256())) {
				throw new DebianArchiveException(Reason.HASH_MISMATCH, ImageText.bind(ImageText.DebianArchive_poolFileMismatch,
						new Object[] { url, download.size(), download.sha256(), binary.size(), binary.sha256() }));
			}
			Files.move(temporary, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
		} catch (IOException e) {
			throw new DebianArchiveException(Reason.CACHE, ImageText.bind(ImageText.ArchiveCache_cannotWrite, target, CauseDescription.of(e)), e);
		} finally {
			cache.discard(temporary);
		}
	}
}
