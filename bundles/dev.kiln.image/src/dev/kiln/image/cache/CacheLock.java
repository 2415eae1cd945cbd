package dev.kiln.image.cache;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import dev.kiln.image.BuildCancelledException;
import dev.kiln.image.ImageBuildException;
import dev.kiln.image.Progress;
import dev.kiln.image.internal.ImageText;

/**
 * An exclusive lock on a lock file of the cache, held by one build at a time across processes (an OS
 * file lock, which the kernel releases when the process ends, however it ends) and across threads of
 * one process.
 * <p>
 * Two rules of POSIX record locks shape this class. Closing <em>any</em> descriptor of a file drops every
 * lock the process holds on it, so a second channel on a lock file this process holds must never be
 * opened and closed: the process-wide set {@link #HELD} (the one piece of static state, as wide as the
 * locks it stands for) turns such an attempt into "busy" before any file is opened. And a holder may
 * delete the lock file (when it removes the entry): whoever locked the old file meanwhile checks that
 * the path still names the file it opened, and otherwise tries again.
 */
public final class CacheLock implements AutoCloseable {

	private static final long POLL_MILLIS = 250;
	/** The lock files this process holds, absolute and normalized. */
	private static final Set<Path> HELD = ConcurrentHashMap.newKeySet();

	private final Path file;
	private final FileChannel channel;
	private final FileLock lock;

	private CacheLock(Path file, FileChannel channel, FileLock lock) {
		this.file = file;
		this.channel = channel;
		this.lock = lock;
	}

	/** Locks {@code file} (creating it and its folder) if nobody holds it; else {@code null}. */
	public static CacheLock tryAcquire(Path file) throws IOException {
		Path path = file.toAbsolutePath().normalize();
		if (!HELD.add(path)) {
			return null;
		}
		boolean acquired = false;
		try {
			Files.createDirectories(path.getParent());
			try {
				Files.createFile(path);
			} catch (FileAlreadyExistsException e) {
				// another build made it: lock it all the same
			}
			Object before = fileKey(path);
			FileChannel channel;
			try {
				channel = FileChannel.open(path, StandardOpenOption.WRITE);
			} catch (NoSuchFileException e) {
				return null; // deleted by its holder just now
			}
			FileLock lock;
			try {
				lock = channel.tryLock();
			} catch (OverlappingFileLockException e) {
				lock = null;
			}
			if (lock == null || before == null || !before.equals(fileKey(path))) {
				channel.close();
				return null;
			}
			acquired = true;
			return new CacheLock(path, channel, lock);
		} finally {
			if (!acquired) {
				HELD.remove(path);
			}
		}
	}

	/**
	 * Locks {@code file}, waiting while another build holds it: says so once through {@code progress},
	 * stays cancellable, and gives up after {@code limit}.
	 *
	 * @param waiting  the line logged when the lock is busy ("Waiting for another build making …")
	 * @throws BuildCancelledException when the build is cancelled while waiting
	 * @throws ImageBuildException     when the lock is still held after {@code limit}, or cannot be made
	 */
	public static CacheLock acquire(Path file, String waiting, Duration limit, Progress progress) throws ImageBuildException {
		long deadline = System.nanoTime() + limit.toNanos();
		boolean said = false;
		try {
			while (true) {
				CacheLock lock = tryAcquire(file);
				if (lock != null) {
					return lock;
				}
				if (progress.isCancelled()) {
					throw new BuildCancelledException();
				}
				if (System.nanoTime() - deadline > 0) {
					throw new ImageBuildException(ImageText.bind(ImageText.CacheLock_timedOut, waiting, limit.toMinutes(), file));
				}
				if (!said) {
					progress.log(waiting);
					said = true;
				}
				Thread.sleep(POLL_MILLIS);
			}
		} catch (IOException e) {
			throw new ImageBuildException(ImageText.bind(ImageText.CacheLock_cannotLock, file, e.getMessage()), e);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new BuildCancelledException();
		}
	}

	/** Whether some build (of this process or another) holds {@code file} now. */
	public static boolean isHeld(Path file) throws IOException {
		if (!Files.exists(file)) {
			return false;
		}
		try (CacheLock lock = tryAcquire(file)) {
			return lock == null;
		}
	}

	/** The lock file. */
	public Path file() {
		return file;
	}

	/** Deletes the lock file, then releases it: for the holder that removes what the lock guards. */
	public void deleteAndClose() throws IOException {
		try {
			Files.deleteIfExists(file);
		} finally {
			close();
		}
	}

	@Override
	public void close() throws IOException {
		try {
			if (lock.isValid()) {
				lock.release();
			}
			channel.close();
		} finally {
			HELD.remove(file);
		}
	}

	private static Object fileKey(Path path) throws IOException {
		try {
			return Files.readAttributes(path, BasicFileAttributes.class).fileKey();
		} catch (NoSuchFileException e) {
			return null;
		}
	}
}
