package dev.kiln.publish.internal.oci;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.kiln.image.Progress;
import dev.kiln.publish.PublishException;
import dev.kiln.publish.PublishException.Kind;
import dev.kiln.publish.internal.PublishText;

/**
 * Uploads one file as a blob in chunks (distribution-spec "Pushing a blob in chunks": PATCH with
 * {@code Content-Range}, then PUT with the digest). When a connection drops or the registry
 * restarts, it asks the upload session where it stands ({@code GET} the location, {@code Range}
 * header) and continues from there; when the session is gone it starts the blob again. Retries are
 * bounded in count and in time.
 */
public final class BlobUpload {

	/** Attempts to get going again after failures, per blob. */
	public static final int MAX_ATTEMPTS = Integer.getInteger("kiln.publish.maxAttempts", 40); //$NON-NLS-1$
	/** Time a blob may spend recovering from failures. */
	public static final Duration RECOVERY_TIME = Duration.ofSeconds(Long.getLong("kiln.publish.recoverySeconds", 180)); //$NON-NLS-1$
	private static final int READ_SIZE = 1 << 20;
	private static final Pattern RANGE = Pattern.compile("(?:bytes=)?(\\d+)-(\\d+)"); //$NON-NLS-1$

	private final RegistryClient client;
	private final String repository;
	private final Path file;
	private final long size;
	private final String digest;
	private final int chunkSize;
	private final Progress progress;

	private int failures;
	private long recoveryStart;
	private long bytesSent;
	private int restarts;
	private int resumes;

	public BlobUpload(RegistryClient client, String repository, Path file, long size, String digest, int chunkSize, Progress progress) {
		this.client = client;
		this.repository = repository;
		this.file = file;
		this.size = size;
		this.digest = digest;
		this.chunkSize = chunkSize;
		this.progress = progress;
	}

	/** Bytes sent, counting re-sent ones. */
	public long bytesSent() {
		return bytesSent;
	}

	/** How often the upload continued from the registry's {@code Range} after a failure. */
	public int resumes() {
		return resumes;
	}

	/** How often the upload began the blob again because its session was gone. */
	public int restarts() {
		return restarts;
	}

	/** Uploads the blob; returns once the registry has it under its digest. */
	public void run() throws PublishException {
		URI location = start();
		long offset = 0;
		while (true) {
			checkCancelled(location);
			try {
				if (offset < size) {
					long end = Math.min(offset + chunkSize, size);
					HttpResponse<byte[]> response = patch(location, offset, end);
					if (response.statusCode() == 202) {
						location = client.location(response);
						offset = end - offset == 1 && end == 1 ? 1 : rangeEnd(response, end);
						failures = 0;
					} else if (recoverable(response.statusCode())) {
						Position position = recover(location, client.unexpected(response, "PATCH", location.getPath())); //$NON-NLS-1$
						location = position.location;
						offset = position.offset;
					} else {
						throw client.unexpected(response, "PATCH", location.getPath()); //$NON-NLS-1$
					}
				} else {
					URI target = RegistryClient.withDigest(location, digest);
					HttpResponse<byte[]> response = client.exchange("PUT", target, RegistryClient.pushScope(repository), //$NON-NLS-1$
							Map.of("Content-Type", "application/octet-stream"), BodyPublishers::noBody, BodyHandlers.ofByteArray(), completionTimeout()); //$NON-NLS-1$ //$NON-NLS-2$
					if (response.statusCode() == 201) {
						return;
					}
					if (!recoverable(response.statusCode())) {
						throw client.unexpected(response, "PUT", target.getPath()); //$NON-NLS-1$
					}
					Position position = recover(location, client.unexpected(response, "PUT", target.getPath())); //$NON-NLS-1$
					location = position.location;
					offset = position.offset;
				}
			} catch (IOException e) {
				if (progress.isCancelled()) {
					checkCancelled(location);
				}
				if (Thread.currentThread().isInterrupted()) {
					throw new PublishException(Kind.CANCELLED, PublishText.Oci_cancelled, e);
				}
				Position position = recover(location, client.unreachable(e));
				location = position.location;
				offset = position.offset;
				if (offset == -1) {
					return; // the registry has the blob after all
				}
			}
			if (offset == -1) {
				return;
			}
		}
	}

	private URI start() throws PublishException {
		return client.startUpload(repository);
	}

	/**
	 * Sends bytes {@code offset} to {@code end} of the file. It may take two minutes plus a second per
	 * MiB (a slow link): the registry answers only once it has stored the whole chunk.
	 */
	private HttpResponse<byte[]> patch(URI location, long offset, long end) throws PublishException, IOException {
		long length = end - offset;
		HttpResponse<byte[]> response = client.exchange("PATCH", location, RegistryClient.pushScope(repository), //$NON-NLS-1$
				Map.of("Content-Type", "application/octet-stream", "Content-Range", offset + "-" + (end - 1)), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
				() -> BodyPublishers.fromPublisher(BodyPublishers.ofByteArrays(range(offset, length)), length),
				BodyHandlers.ofByteArray(), Duration.ofSeconds(120 + length / (1 << 20)));
		bytesSent += length;
		return response;
	}

	/**
	 * {@code length} bytes of the file from {@code offset}, read lazily in 1 MiB arrays: large buffers
	 * keep the client's share of the CPU small next to the registry's hashing.
	 */
	private Iterable<byte[]> range(long offset, long length) {
		return () -> new java.util.Iterator<>() {
			private long position = offset;
			private final long end = offset + length;

			@Override
			public boolean hasNext() {
				return position < end;
			}

			@Override
			public byte[] next() {
				byte[] buffer = new byte[(int) Math.min(READ_SIZE, end - position)];
				try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
					java.nio.ByteBuffer target = java.nio.ByteBuffer.wrap(buffer);
					while (target.hasRemaining()) {
						if (channel.read(target, position + target.position()) < 0) {
							throw new java.io.UncheckedIOException(new java.io.EOFException(PublishText.bind(PublishText.Oci_fileShorter, file, end)));
						}
					}
				} catch (IOException e) {
					throw new java.io.UncheckedIOException(e);
				}
				position += buffer.length;
				if (progress.isCancelled()) {
					// ends the request; run() sees the cancellation and does not retry
					throw new java.io.UncheckedIOException(new java.io.InterruptedIOException("cancelled")); //$NON-NLS-1$
				}
				progress.worked(buffer.length);
				return buffer;
			}
		};
	}

	/** How long the completing PUT may take: the registry may read the whole blob again to check its digest. */
	private Duration completionTimeout() {
		return Duration.ofSeconds(120 + size / (50L << 20));
	}

	/** Where an upload continues: a location and an offset, or offset -1 when the blob is complete. */
	private record Position(URI location, long offset) {
	}

	/**
	 * After a failure: waits a little (longer each time), then asks the session for its range, or,
	 * when it is gone, starts the blob again. Gives up after {@link #MAX_ATTEMPTS} or {@link #RECOVERY_TIME}.
	 */
	private Position recover(URI location, PublishException cause) throws PublishException {
		if (failures == 0) {
			recoveryStart = System.nanoTime();
		}
		while (true) {
			failures++;
			if (failures > MAX_ATTEMPTS || System.nanoTime() - recoveryStart > RECOVERY_TIME.toNanos()) {
				throw new PublishException(Kind.UNREACHABLE, PublishText.bind(PublishText.Oci_resumeGaveUp, file.getFileName(), failures - 1,
						cause.getMessage()), cause);
			}
			checkCancelled(null);
			pause(Math.min(2_000L, 100L << Math.min(failures, 5)));
			try {
				HttpResponse<byte[]> status = client.exchange("GET", location, RegistryClient.pushScope(repository), Map.of(), //$NON-NLS-1$
						BodyPublishers::noBody, BodyHandlers.ofByteArray(), RegistryClient.REQUEST_TIMEOUT);
				long offset = status.statusCode() == 204 ? rangeEnd(status, 0) : 0;
				if (offset > 0) {
					resumes++;
					progress.log(PublishText.bind(PublishText.Oci_resuming, file.getFileName(), offset));
					return new Position(client.location(status), offset);
				}
				if (client.hasBlob(repository, digest)) {
					return new Position(location, -1);
				}
				if (status.statusCode() >= 500) {
					continue; // the registry is still starting or failing: wait and ask again
				}
				// the session is gone (404 BLOB_UPLOAD_UNKNOWN, 400 BLOB_UPLOAD_INVALID): begin the blob again
				restarts++;
				progress.log(PublishText.bind(PublishText.Oci_sessionLost, file.getFileName()));
				return new Position(client.startUpload(repository), 0);
			} catch (IOException e) {
				cause = client.unreachable(e);
			} catch (PublishException e) {
				if (e.kind() != Kind.UNREACHABLE && e.kind() != Kind.PROTOCOL) {
					throw e;
				}
				cause = e;
			}
		}
	}

	private static boolean recoverable(int status) {
		return status == 400 || status == 404 || status == 416 || status >= 500;
	}

	/** The next offset from a {@code Range: 0-<last>} header ({@code fallback} without one). */
	private static long rangeEnd(HttpResponse<?> response, long fallback) {
		return response.headers().firstValue("Range").map(range -> { //$NON-NLS-1$
			Matcher m = RANGE.matcher(range);
			if (!m.find()) {
				return fallback;
			}
			// distribution answers "0-0" for 0 and for 1 byte stored; recover() starts such a blob again
			long last = Long.parseLong(m.group(2));
			return last == 0 ? 0L : last + 1;
		}).orElse(fallback);
	}

	private void checkCancelled(URI location) throws PublishException {
		if (progress.isCancelled() || Thread.currentThread().isInterrupted()) {
			if (location != null) {
				try {
					client.exchange("DELETE", location, RegistryClient.pushScope(repository), Map.of(), BodyPublishers::noBody, //$NON-NLS-1$
							BodyHandlers.discarding(), RegistryClient.REQUEST_TIMEOUT);
				} catch (IOException | PublishException e) {
					// best effort: the registry purges abandoned uploads itself
				}
			}
			throw new PublishException(Kind.CANCELLED, PublishText.Oci_cancelled);
		}
	}

	private static void pause(long millis) throws PublishException {
		try {
			Thread.sleep(millis);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new PublishException(Kind.CANCELLED, PublishText.Oci_cancelled, e);
		}
	}
}
