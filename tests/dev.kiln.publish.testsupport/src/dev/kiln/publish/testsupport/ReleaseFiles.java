package dev.kiln.publish.testsupport;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.concurrent.TimeUnit;

import javax.imageio.ImageIO;

/** Small real files for releases in tests: an OVA-like tar, a qcow2 from qemu-img, PNG and JPEG pictures. */
public final class ReleaseFiles {

	private ReleaseFiles() {
	}

	/** A tar with an .ovf, an .mf and a disk of {@code diskBytes} random bytes, made by {@code tar}. */
	public static Path ova(Path folder, String name, int diskBytes, long seed) throws IOException {
		Path content = Files.createDirectories(folder.resolve(name + "-content"));
		Path disk = random(content.resolve(name + "-disk1.vmdk"), diskBytes, seed);
		Files.writeString(content.resolve(name + ".ovf"), """
				<?xml version="1.0" encoding="UTF-8"?>
				<Envelope xmlns="http://schemas.dmtf.org/ovf/envelope/2"><References><File ovf:id="file1" ovf:href="%s"/></References></Envelope>
				""".formatted(disk.getFileName()), StandardCharsets.UTF_8);
		Files.writeString(content.resolve(name + ".mf"), "SHA256(" + disk.getFileName() + ")= " + dev.kiln.image.Sha256.of(disk) + "\n");
		Path ova = folder.resolve(name + ".ova");
		run(folder, "tar", "--format=ustar", "--mtime=@1704067200", "--owner=0", "--group=0", "-cf", ova.toString(), "-C", content.toString(),
				name + ".ovf", name + ".mf", disk.getFileName().toString());
		return ova;
	}

	/** An empty qcow2 image of {@code sizeMb} MiB, written by {@code qemu-img create}. */
	public static Path qcow2(Path folder, String name, int sizeMb) throws IOException {
		Path file = folder.resolve(name + ".qcow2");
		run(folder, "qemu-img", "create", "-q", "-f", "qcow2", file.toString(), sizeMb + "M");
		return file;
	}

	/** A file of random bytes. */
	public static Path random(Path file, long bytes, long seed) throws IOException {
		Random random = new Random(seed);
		byte[] buffer = new byte[1 << 20];
		try (var out = Files.newOutputStream(file)) {
			for (long left = bytes; left > 0; left -= buffer.length) {
				random.nextBytes(buffer);
				out.write(buffer, 0, (int) Math.min(buffer.length, left));
			}
		}
		return file;
	}

	/** A picture of {@code width}×{@code height} in {@code format} ("png" or "jpg"). */
	public static Path picture(Path file, int width, int height, String format) throws IOException {
		BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
		for (int y = 0; y < height; y++) {
			for (int x = 0; x < width; x++) {
				image.setRGB(x, y, (x * 255 / width) << 16 | (y * 255 / height) << 8 | 0x80);
			}
		}
		if (!ImageIO.write(image, format, file.toFile())) {
			throw new IOException("no ImageIO writer for " + format);
		}
		return file;
	}

	static void run(Path directory, String... command) throws IOException {
		Process process = new ProcessBuilder(command).directory(directory.toFile()).redirectErrorStream(true).start();
		try {
			String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
			if (!process.waitFor(120, TimeUnit.SECONDS) || process.exitValue() != 0) {
				throw new IOException(String.join(" ", command) + " failed: " + output);
			}
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IOException(e);
		}
	}
}
