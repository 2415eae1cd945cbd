package dev.kiln.image.format.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The independent judge of Kiln's images: QEMU's {@code qemu-img}, found on the PATH. A test that
 * needs it fails, and says how to get it, when it is missing: these tests are never skipped.
 */
public final class QemuImg {

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
		return fail("qemu-img is not on the PATH; the format tests need it as their judge: "
				+ "apt-get install qemu-utils (Debian) or your system's QEMU tools");
	}

	/** {@code qemu-img info --output=json}. */
	public String info(Path image) {
		return run("info", "--output=json", image.toString());
	}

	/** Asserts that {@code qemu-img check} finds no errors, leaks or corruptions. */
	public void assertChecks(Path image) {
		String output = run("check", image.toString());
		assertTrue(output.contains("No errors were found"), () -> "qemu-img check " + image + ":\n" + output);
	}

	/** Asserts that {@code qemu-img compare} finds the two images' contents identical. */
	public void assertIdentical(Path raw, Path image) {
		String output = run("compare", "-f", "raw", raw.toString(), image.toString());
		assertTrue(output.contains("Images are identical"), () -> "qemu-img compare " + raw + " " + image + ":\n" + output);
	}

	/** {@code qemu-img convert -O vmdk -o subformat=streamOptimized}. */
	public void convertToStreamOptimizedVmdk(Path raw, Path vmdk) {
		run("convert", "-f", "raw", "-O", "vmdk", "-o", "subformat=streamOptimized", raw.toString(), vmdk.toString());
	}

	private String run(String... arguments) {
		List<String> command = new ArrayList<>();
		command.add(executable.toString());
		command.addAll(List.of(arguments));
		try {
			Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
			process.getOutputStream().close();
			byte[] output = process.getInputStream().readAllBytes();
			if (!process.waitFor(60, TimeUnit.SECONDS)) {
				process.destroyForcibly();
				return fail(String.join(" ", command) + " did not finish in 60 s");
			}
			String text = new String(output, StandardCharsets.UTF_8);
			assertEquals(0, process.exitValue(), () -> String.join(" ", command) + " failed:\n" + text);
			return text;
		} catch (IOException e) {
			return fail("cannot run " + command, e);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			return fail("interrupted running " + command, e);
		}
	}
}
