package dev.kiln.image.format.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;

import dev.kiln.image.Progress;
import dev.kiln.image.format.StreamOptimizedVmdkReader;

/** Compares what images hold: file hashes, and a VMDK's virtual disk against the raw disk it came from. */
final class DiskContents {

	private DiskContents() {
	}

	/** The SHA-256 of a file, in hex. */
	static String sha256(Path file) throws IOException {
		try (InputStream in = Files.newInputStream(file)) {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			byte[] buffer = new byte[1 << 16];
			for (int n; (n = in.read(buffer)) > 0;) {
				digest.update(buffer, 0, n);
			}
			return HexFormat.of().formatHex(digest.digest());
		} catch (NoSuchAlgorithmException e) {
			throw new AssertionError(e);
		}
	}

	/** Asserts that the VMDK's virtual disk holds the raw disk's bytes (and zeros up to a whole sector). */
	static void assertReadsAs(Path vmdk, Path raw) throws IOException {
		try (StreamOptimizedVmdkReader reader = StreamOptimizedVmdkReader.open(vmdk);
				InputStream expected = new BufferedInputStream(Files.newInputStream(raw), 1 << 20);
				Matching actual = new Matching(expected)) {
			assertEquals((Files.size(raw) + 511) / 512 * 512, reader.capacity(), "capacity of " + vmdk);
			reader.copyTo(actual, Progress.NONE);
			assertEquals(reader.capacity(), actual.offset, "bytes streamed from " + vmdk);
		}
	}

	/** Fails at the first byte written that differs from the expected stream (zeros after its end). */
	private static final class Matching extends OutputStream {
		private final InputStream expected;
		private byte[] buffer = new byte[0];
		long offset;

		Matching(InputStream expected) {
			this.expected = expected;
		}

		@Override
		public void write(int b) throws IOException {
			write(new byte[] { (byte) b }, 0, 1);
		}

		@Override
		public void write(byte[] data, int from, int length) throws IOException {
			if (buffer.length < length) {
				buffer = new byte[length];
			}
			int n = expected.readNBytes(buffer, 0, length);
			Arrays.fill(buffer, n, length, (byte) 0);
			int mismatch = Arrays.mismatch(data, from, from + length, buffer, 0, length);
			if (mismatch >= 0) {
				fail("the virtual disk differs from the raw disk at byte " + (offset + mismatch));
			}
			offset += length;
		}
	}
}
