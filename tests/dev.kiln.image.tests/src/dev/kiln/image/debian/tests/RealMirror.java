package dev.kiln.image.debian.tests;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.stream.Stream;

import dev.kiln.image.debian.AptSources;
import dev.kiln.image.debian.DebianArchive;
import dev.kiln.image.debian.DebianArchiveException;
import dev.kiln.image.debian.PackageIndex;

/**
 * The Debian mirror of this machine's apt sources, fetched once per test run into a cache shared by
 * the test classes: bookworm's InRelease and trixie's InRelease and main/amd64 Packages (~10 MB).
 */
final class RealMirror {

	private static Path cacheRoot;
	private static URI mirror;
	private static String timings;

	private RealMirror() {
	}

	/** @return the cache after the first fetch; later calls only return it */
	static synchronized Path cacheRoot() throws DebianArchiveException, IOException {
		if (cacheRoot == null) {
			mirror = AptSources.systemMirror();
			Path root = Files.createTempDirectory("kiln-debian-cache");
			Runtime.getRuntime().addShutdownHook(new Thread(() -> delete(root)));
			DebianArchive archive = new DebianArchive(mirror, DebianArchive.Options.defaults().withCacheRoot(root));
			long start = System.nanoTime();
			archive.release("bookworm");
			long bookworm = System.nanoTime();
			archive.release("trixie");
			long trixie = System.nanoTime();
			PackageIndex index = archive.packages("trixie");
			long packages = System.nanoTime();
			timings = String.format("first fetch from the mirror: bookworm InRelease %d ms, trixie InRelease %d ms, "
					+ "trixie main/amd64 Packages.xz (download, verify, decompress, parse %d packages) %d ms",
					millis(start, bookworm), millis(bookworm, trixie), index.size(), millis(trixie, packages));
			System.out.println(timings);
			cacheRoot = root;
		}
		return cacheRoot;
	}

	/** @return a new client of the real mirror on the shared cache (so it starts without indexes in memory) */
	static DebianArchive archive() throws DebianArchiveException, IOException {
		return new DebianArchive(mirror(), DebianArchive.Options.defaults().withCacheRoot(cacheRoot()));
	}

	static synchronized URI mirror() throws DebianArchiveException, IOException {
		cacheRoot();
		return mirror;
	}

	/** @return a file of the suite as cached, e.g. {@code main/binary-amd64/Packages.xz} */
	static Path cachedFile(String suite, String path) throws DebianArchiveException, IOException {
		return archive().cacheDirectory().resolve(suite).resolve(path);
	}

	static long millis(long fromNanos, long toNanos) {
		return Duration.ofNanos(toNanos - fromNanos).toMillis();
	}

	private static void delete(Path root) {
		try (Stream<Path> files = Files.walk(root)) {
			files.sorted(Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
