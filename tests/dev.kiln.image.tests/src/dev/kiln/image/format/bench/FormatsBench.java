package dev.kiln.image.format.bench;

import java.nio.file.Path;

import dev.kiln.image.Progress;
import dev.kiln.image.format.Qcow2Writer;
import dev.kiln.image.format.StreamOptimizedVmdkWriter;

/**
 * Runs one of Kiln's format writers once, for {@code releng/bench/formats.sh}, and prints the time
 * the write took inside the JVM (the process time, JVM start included, is the script's to measure).
 * <p>
 * Usage: {@code FormatsBench qcow2|qcow2-compressed|vmdk RAW OUTPUT}
 */
public final class FormatsBench {

	private FormatsBench() {
	}

	/** Entry point. */
	public static void main(String[] args) throws Exception {
		if (args.length != 3) {
			System.err.println("usage: FormatsBench qcow2|qcow2-compressed|vmdk RAW OUTPUT");
			System.exit(2);
		}
		Path raw = Path.of(args[1]);
		Path output = Path.of(args[2]);
		long start = System.nanoTime();
		switch (args[0]) {
			case "qcow2" -> new Qcow2Writer(Qcow2Writer.Options.DEFAULT).write(raw, output, Progress.NONE);
			case "qcow2-compressed" -> new Qcow2Writer(Qcow2Writer.Options.COMPRESSED).write(raw, output, Progress.NONE);
			case "vmdk" -> new StreamOptimizedVmdkWriter(StreamOptimizedVmdkWriter.Options.DEFAULT).write(raw, output,
					Progress.NONE);
			default -> {
				System.err.println("unknown format " + args[0]);
				System.exit(2);
			}
		}
		System.out.printf("%.3f%n", (System.nanoTime() - start) / 1e9);
	}
}
