package dev.kiln.bench;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import dev.kiln.build.ApplianceBuild;
import dev.kiln.image.BuildReport;
import dev.kiln.image.ImageEngine;
import dev.kiln.image.Progress;

/**
 * The edit → build loop as the workbench runs it: one JVM that has built the project once, then an
 * application file changes and the project is built again. Prints the second build's seconds, its steps
 * and its artifacts (for releng/bench/loop.sh).
 * Usage: WarmRebuild &lt;project&gt; &lt;cache&gt; &lt;first output&gt; &lt;second output&gt; &lt;file to change, relative to the project&gt;
 */
public final class WarmRebuild {

	private WarmRebuild() {
	}

	public static void main(String[] args) throws Exception {
		Path project = Path.of(args[0]);
		ApplianceBuild build = new ApplianceBuild(new ImageEngine(Path.of(args[1])));
		build.build(project, Path.of(args[2]), ApplianceBuild.DEFAULT_SOURCE_DATE_EPOCH, Progress.NONE);
		Path changed = project.resolve(args[4]);
		Files.writeString(changed, Files.readString(changed, StandardCharsets.UTF_8) + "<!-- edited -->\n", StandardCharsets.UTF_8);
		long start = System.nanoTime();
		BuildReport report = build.build(project, Path.of(args[3]), ApplianceBuild.DEFAULT_SOURCE_DATE_EPOCH, Progress.NONE);
		BuildProject.print(report, start);
	}
}
