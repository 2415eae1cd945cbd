package dev.kiln.bench;

import java.nio.file.Path;
import java.util.Map;

import dev.kiln.build.ApplianceBuild;
import dev.kiln.image.BuildReport;
import dev.kiln.image.ImageEngine;
import dev.kiln.image.Progress;

/**
 * Builds an appliance project with Kiln's engine on a plain class path and prints one line per
 * fact (for releng/bench/engine.sh): total seconds, base from cache, each step, each artifact.
 * Usage: BuildProject &lt;project&gt; &lt;output folder&gt; &lt;cache folder&gt;; with the environment variable
 * KILN_BENCH_LOG set, the build's log goes to standard error, each line with the seconds since the start.
 */
public final class BuildProject {

	private BuildProject() {
	}

	public static void main(String[] args) throws Exception {
		long start = System.nanoTime();
		Progress progress = System.getenv("KILN_BENCH_LOG") == null ? Progress.NONE
				: Progress.logging(line -> System.err.printf("%7.1f %s%n", (System.nanoTime() - start) / 1e9, line));
		BuildReport report = new ApplianceBuild(new ImageEngine(Path.of(args[2]))).build(Path.of(args[0]), Path.of(args[1]),
				ApplianceBuild.DEFAULT_SOURCE_DATE_EPOCH, progress);
		print(report, start);
	}

	/** One line per fact: seconds since {@code start}, base from cache, each step, each artifact. */
	static void print(BuildReport report, long start) {
		System.out.printf("total %.1f%n", (System.nanoTime() - start) / 1e9);
		System.out.println("baseFromCache " + report.baseFromCache());
		for (Map.Entry<String, java.time.Duration> step : report.timings().entrySet()) {
			System.out.printf("step %s %.1f%n", step.getKey().replace(' ', '-'), step.getValue().toMillis() / 1e3);
		}
		for (BuildReport.Artifact artifact : report.artifacts()) {
			System.out.println("artifact " + artifact.format() + " " + artifact.file() + " " + artifact.size() + " " + artifact.sha256());
		}
	}
}
