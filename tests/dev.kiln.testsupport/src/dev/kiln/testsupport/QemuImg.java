package dev.kiln.testsupport;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The independent judge of Kiln's images: QEMU's {@code qemu-img}, found on the PATH. A test that needs
 * it fails, and says how to get it, when it is missing: these tests are never skipped.
 */
public final class QemuImg {

	/** Comparing the example's 2 GiB disks takes a while on a busy machine. */
	private static final Duration LIMIT = Duration.ofMinutes(5);

	private final Path executable;

	private QemuImg(Path executable) {
		this.executable = executable;
	}

	/** Finds {@code qemu-img} on the PATH or fails the test. */
	public static QemuImg find() {
		for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
			Path candidate = Path.of(dir.isEmpty() ? "." : dir, "qemu-img");
			if (Files.isExecutable(candidate)) {
				return new QemuImg(candidate);
			}
		}
		throw new AssertionError("qemu-img is not on the PATH; the image tests need it as their judge: "
				+ "apt-get install qemu-utils (Debian) or your system's QEMU tools");
	}

	/** {@code qemu-img info --output=json}. */
	public String info(Path image) {
		return run("info", "--output=json", image.toString());
	}

	/**
	 * {@code qemu-img info --output=json} of an image in a format qemu-img does not probe (a fixed VHD has its
	 * footer only at its end and is read as raw unless named).
	 */
	public String info(Path image, String format) {
		return run("info", "--output=json", "-f", format, image.toString());
	}

	/** {@code qemu-img check}: fails the test unless it exits with 0 (no errors, leaks or corruptions); returns its report. */
	public String check(Path image) {
		return run("check", image.toString());
	}

	/** Asserts that {@code qemu-img check} finds no errors, leaks or corruptions. */
	public void assertChecks(Path image) {
		String output = check(image);
		if (!output.contains("No errors were found")) {
			throw new AssertionError("qemu-img check " + image + ":\n" + output);
		}
	}

	/** Asserts that {@code qemu-img compare} finds the image's contents identical to the raw disk's. */
	public void assertIdentical(Path raw, Path image) {
		String output = run("compare", "-f", "raw", raw.toString(), image.toString());
		if (!output.contains("Images are identical")) {
			throw new AssertionError("qemu-img compare " + raw + " " + image + ":\n" + output);
		}
	}

	/** Asserts that {@code qemu-img compare} finds the image, read as {@code format}, identical to the raw disk. */
	public void assertIdentical(Path raw, Path image, String format) {
		String output = run("compare", "-f", "raw", "-F", format, raw.toString(), image.toString());
		if (!output.contains("Images are identical")) {
			throw new AssertionError("qemu-img compare " + raw + " " + image + " (" + format + "):\n" + output);
		}
	}

	/** {@code qemu-img convert -O vmdk -o subformat=streamOptimized}. */
	public void convertToStreamOptimizedVmdk(Path raw, Path vmdk) {
		run("convert", "-f", "raw", "-O", "vmdk", "-o", "subformat=streamOptimized", raw.toString(), vmdk.toString());
	}

	private String run(String... arguments) {
		List<String> command = new ArrayList<>();
		command.add(executable.toString());
		command.addAll(List.of(arguments));
		return ExternalTool.command(command).limit(LIMIT).output();
	}
}
