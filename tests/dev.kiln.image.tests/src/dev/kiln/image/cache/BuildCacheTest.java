package dev.kiln.image.cache;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.kiln.image.BuildCancelledException;
import dev.kiln.image.ImageBuildException;
import dev.kiln.image.Progress;
import dev.kiln.image.internal.BaseLayerCache;
import dev.kiln.testsupport.ExternalTool;

/**
 * The cache stays within its size by removing the least recently used entries, never one in use (by this
 * process or another), and always the stale ones; a build waiting for an entry says so, is cancellable and
 * gives up in time.
 */
class BuildCacheTest {

	private static final long KIB = 1024;
	private static final Instant NOW = Instant.now();

	@TempDir
	Path root;

	/** A complete base system of {@code kib} KiB, last used {@code daysAgo} days ago. */
	private Path base(String name, long kib, int daysAgo, String format, String lineage, String releaseDate) throws IOException {
		Path folder = Files.createDirectories(root.resolve("base").resolve(name));
		Files.write(folder.resolve("base.tar"), new byte[(int) (kib * KIB)]);
		Properties metadata = new Properties();
		metadata.setProperty("format", format);
		metadata.setProperty("suite", "trixie");
		metadata.setProperty("architecture", "amd64");
		metadata.setProperty("packages", "busybox linux-image-amd64");
		metadata.setProperty("lineage", lineage);
		metadata.setProperty("releaseDate", releaseDate);
		try (OutputStream out = Files.newOutputStream(folder.resolve(BaseLayerCache.METADATA))) {
			metadata.store(out, null);
		}
		lastUsed(folder, daysAgo);
		return folder;
	}

	private Path base(String name, long kib, int daysAgo) throws IOException {
		return base(name, kib, daysAgo, BaseLayerCache.FORMAT, name, "2025-11-15T09:00:00Z");
	}

	private Path grains(String appliance, long kib, int daysAgo) throws IOException {
		Path folder = Files.createDirectories(root.resolve("grains").resolve(appliance));
		Files.write(folder.resolve("grains.pack"), new byte[(int) (kib * KIB)]);
		Files.setLastModifiedTime(folder.resolve("grains.pack"), FileTime.from(NOW.minus(Duration.ofDays(daysAgo))));
		return folder;
	}

	private static void lastUsed(Path folder, int daysAgo) throws IOException {
		BuildCache.touch(folder);
		Files.setLastModifiedTime(folder.resolve("last-used"), FileTime.from(NOW.minus(Duration.ofDays(daysAgo))));
	}

	private List<String> names() throws IOException {
		return new BuildCache(root).entries().stream().map(BuildCache.Entry::name).toList();
	}

	@Test
	void pruningToASizeRemovesTheLeastRecentlyUsedFirst() throws IOException {
		base("old", 100, 3);
		grains("middle-appliance", 100, 2);
		base("recent", 100, 1);

		List<BuildCache.Removal> removed = new BuildCache(root).prune(250 * KIB, null, false);

		assertEquals(List.of("old"), removed.stream().map(r -> r.entry().name()).toList());
		assertEquals(List.of("middle-appliance", "recent"), names());
		assertFalse(Files.exists(root.resolve("base/old")));
		assertFalse(Files.exists(root.resolve("base/old.lock")), "the removed entry's lock file goes with it");
	}

	@Test
	void anEntryABuildOfThisProcessUsesIsNeverRemoved() throws IOException {
		Path used = base("used", 100, 5);
		base("other", 100, 1);

		try (CacheLock use = BuildCache.use(used)) {
			Files.setLastModifiedTime(used.resolve("last-used"), FileTime.from(NOW.minus(Duration.ofDays(5))));
			new BuildCache(root).prune(0, null, true);
			assertEquals(List.of("used"), names());
			assertTrue(new BuildCache(root).entries().get(0).inUse());
		}
		new BuildCache(root).prune(0, null, false);
		assertEquals(List.of(), names(), "once the build is done, the entry can go");
	}

	@Test
	void anEntryAnotherProcessHoldsIsNeverRemovedAndStaysLocked() throws Exception {
		Path held = base("held", 100, 5);
		try (ExternalTool.Running holder = holdInAnotherJvm(BuildCache.lockFile(held))) {
			assertNull(CacheLock.tryAcquire(BuildCache.lockFile(held)));
			new BuildCache(root).prune(0, null, true);

			assertEquals(List.of("held"), names());
			assertTrue(new BuildCache(root).entries().get(0).inUse());
			assertTrue(holder.process().isAlive(), holder.err());
		}
	}

	@Test
	void triesOfThisProcessOnALockItHoldsLeaveItLockedForOtherProcesses() throws Exception {
		Path file = root.resolve("entry.lock");
		try (CacheLock lock = CacheLock.tryAcquire(file)) {
			assertNotNull(lock);
			assertNull(CacheLock.tryAcquire(file), "held by this process");
			assertTrue(CacheLock.isHeld(file));
			// POSIX drops a process's locks on a file when any descriptor of it is closed: the tries above must not have
			assertEquals("busy", probeInAnotherJvm(file));
		}
		assertEquals("free", probeInAnotherJvm(file));
	}

	@Test
	void staleEntriesAreRemovedWhateverTheSize() throws IOException {
		base("older-format", 10, 0, "kiln-base-0", "a", "2025-11-15T09:00:00Z");
		base("superseded", 10, 0, BaseLayerCache.FORMAT, "same-lineage", "2025-11-08T09:00:00Z");
		base("current", 10, 0, BaseLayerCache.FORMAT, "same-lineage", "2025-11-15T09:00:00Z");
		Files.createDirectories(root.resolve("base/unfinished")).resolve("partial-1.base.tar").toFile().createNewFile();

		List<BuildCache.Removal> removed = new BuildCache(root).prune(Long.MAX_VALUE, null, false);

		assertEquals(List.of("older-format", "superseded", "unfinished"), removed.stream().map(r -> r.entry().name()).sorted().toList());
		assertEquals(List.of("current"), names());
	}

	@Test
	void entriesUnusedForLongerThanAskedAreRemoved() throws IOException {
		base("month-old", 10, 31);
		base("week-old", 10, 7);

		new BuildCache(root).prune(Long.MAX_VALUE, Duration.ofDays(30), false);

		assertEquals(List.of("week-old"), names());
	}

	@Test
	void aBuildWaitsForTheHolderSaysSoAndThenGetsTheLock() throws Exception {
		Path file = root.resolve("base/key.lock");
		List<String> log = new CopyOnWriteArrayList<>();
		CacheLock holder = CacheLock.tryAcquire(file);
		Thread release = Thread.ofPlatform().start(() -> {
			try {
				Thread.sleep(700);
				holder.close();
			} catch (IOException | InterruptedException e) {
				throw new AssertionError(e);
			}
		});

		try (CacheLock lock = CacheLock.acquire(file, "Waiting for another build making the base system key", Duration.ofMinutes(1),
				progress(log, new AtomicBoolean()))) {
			assertNotNull(lock);
		}
		release.join(10_000);
		assertEquals(List.of("Waiting for another build making the base system key"), log);
	}

	@Test
	void theWaitIsBounded() throws IOException {
		Path file = root.resolve("base/key.lock");
		try (CacheLock holder = CacheLock.tryAcquire(file)) {
			ImageBuildException e = assertThrows(ImageBuildException.class,
					() -> CacheLock.acquire(file, "Waiting", Duration.ofMillis(600), progress(new CopyOnWriteArrayList<>(), new AtomicBoolean())));
			assertTrue(e.getMessage().contains(file.toString()), e.getMessage());
		}
	}

	@Test
	void aWaitingBuildCanBeCancelled() throws IOException {
		Path file = root.resolve("base/key.lock");
		AtomicBoolean cancelled = new AtomicBoolean();
		try (CacheLock holder = CacheLock.tryAcquire(file)) {
			Thread.ofPlatform().start(() -> {
				try {
					Thread.sleep(500);
				} catch (InterruptedException e) {
					Thread.currentThread().interrupt();
				}
				cancelled.set(true);
			});
			assertThrows(BuildCancelledException.class,
					() -> CacheLock.acquire(file, "Waiting", Duration.ofMinutes(5), progress(new CopyOnWriteArrayList<>(), cancelled)));
		}
	}

	@Test
	void sizesAreReadAsPeopleWriteThem() {
		assertEquals(4L << 30, CachePolicy.parseSize("4G"));
		assertEquals(4L << 30, CachePolicy.parseSize("4GiB"));
		assertEquals(500L << 20, CachePolicy.parseSize("500m"));
		assertEquals(1536L << 20, CachePolicy.parseSize("1.5G"));
		assertEquals(1048576, CachePolicy.parseSize("1048576"));
		assertThrows(IllegalArgumentException.class, () -> CachePolicy.parseSize("lots"));
		assertEquals("4.0 GiB", CachePolicy.formatSize(4L << 30));
	}

	private static Progress progress(List<String> log, AtomicBoolean cancelled) {
		return new Progress() {
			@Override
			public void worked(long units) {
			}

			@Override
			public boolean isCancelled() {
				return cancelled.get();
			}

			@Override
			public void log(String line) {
				log.add(line);
			}
		};
	}

	/** Another JVM that locks {@code file} and holds it until stopped (at most a minute). */
	private ExternalTool.Running holdInAnotherJvm(Path file) throws Exception {
		ExternalTool.Running holder = otherJvm(file, "hold").start();
		long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
		while (!holder.out().contains("locked")) {
			if (System.nanoTime() > deadline || !holder.process().isAlive()) {
				holder.close();
				throw new AssertionError("the other JVM did not lock " + file + ": " + holder.err());
			}
			Thread.sleep(50);
		}
		return holder;
	}

	/** "busy" or "free": whether another JVM finds {@code file} locked. */
	private String probeInAnotherJvm(Path file) throws Exception {
		ExternalTool.Result result = otherJvm(file, "probe").run();
		assertEquals(0, result.exitCode(), result.toString());
		return result.out().trim();
	}

	private ExternalTool otherJvm(Path file, String mode) throws IOException {
		Path source = root.resolve("LockFile.java");
		Files.writeString(source, """
				import java.nio.channels.FileChannel;
				import java.nio.channels.FileLock;
				import java.nio.file.Path;
				import java.nio.file.StandardOpenOption;
				public class LockFile {
					public static void main(String[] args) throws Exception {
						try (FileChannel channel = FileChannel.open(Path.of(args[0]), StandardOpenOption.CREATE, StandardOpenOption.WRITE)) {
							FileLock lock = channel.tryLock();
							if (args[1].equals("probe")) {
								System.out.println(lock == null ? "busy" : "free");
								return;
							}
							System.out.println(lock == null ? "busy" : "locked");
							System.out.flush();
							Thread.sleep(60_000);
						}
					}
				}
				""");
		return ExternalTool.command(Path.of(System.getProperty("java.home"), "bin", "java").toString(), source.toString(), file.toString(), mode)
				.limit(Duration.ofMinutes(2));
	}
}
