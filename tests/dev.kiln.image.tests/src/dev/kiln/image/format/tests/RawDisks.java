package dev.kiln.image.format.tests;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Random;

/** Sparse raw disks made by the tests, with data where the formats have their edge cases. */
public final class RawDisks {

	public static final int MIB = 1 << 20;

	private RawDisks() {
	}

	/**
	 * A sparse disk of {@code size} bytes (a multiple of 512) with data at several places: the first
	 * sector, a few bytes in the middle of a grain, compressible text, incompressible noise, a run
	 * across the 32 MiB boundary of VMDK grain tables and the 64 KiB one of clusters, and the last
	 * sector (which ends a partial grain when the size is not a multiple of 64 KiB).
	 */
	public static Path scattered(Path file, long size) throws IOException {
		try (RandomAccessFile disk = new RandomAccessFile(file.toFile(), "rw")) {
			disk.setLength(size);
			put(disk, 0, bootSector());
			put(disk, 3L * MIB + 1000, "a few bytes in the middle of a grain".getBytes(StandardCharsets.US_ASCII));
			put(disk, 5L * MIB, text(MIB + 4096));
			put(disk, 9L * MIB + 512, noise(512 * 1024 + 300));
			put(disk, 32L * MIB - 6000, text(12_000));
			byte[] last = new byte[512];
			new Random(7).nextBytes(last);
			put(disk, size - 512, last);
		}
		return file;
	}

	/** A disk of {@code size} bytes that holds only zeros (a hole). */
	public static Path empty(Path file, long size) throws IOException {
		try (RandomAccessFile disk = new RandomAccessFile(file.toFile(), "rw")) {
			disk.setLength(size);
		}
		return file;
	}

	private static void put(RandomAccessFile disk, long offset, byte[] data) throws IOException {
		disk.seek(offset);
		disk.write(data);
	}

	private static byte[] bootSector() {
		byte[] sector = new byte[512];
		sector[510] = 0x55;
		sector[511] = (byte) 0xaa;
		return sector;
	}

	/** Log-like lines: compress well, but not to nothing. */
	static byte[] text(int length) {
		StringBuilder text = new StringBuilder(length + 100);
		for (int line = 0; text.length() < length; line++) {
			text.append("Nov 26 09:").append(line % 60).append(" kiln systemd[1]: Started unit ").append(line * 7919 % 1000)
					.append(".service - Kiln appliance service number ").append(line).append('\n');
		}
		return text.substring(0, length).getBytes(StandardCharsets.US_ASCII);
	}

	/** Incompressible bytes, the same every run. */
	static byte[] noise(int length) {
		byte[] noise = new byte[length];
		new Random(42).nextBytes(noise);
		return noise;
	}
}
