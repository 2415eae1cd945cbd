package dev.kiln.maven;

import java.io.File;
import java.nio.file.Path;
import java.util.List;

import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

import dev.kiln.build.ApplianceBuild;
import dev.kiln.build.ManifestCheck;
import dev.kiln.image.ImageEngine;
import dev.kiln.image.cache.CachePolicy;
import dev.kiln.model.io.ManifestProblem;

/**
 * What the goals share: the appliance project (the module's folder, with its {@code appliance.xml}), the
 * output folder, the cache shared with the workbench and {@code kiln}, the build's time stamp, and
 * problems written as Maven's compilers write theirs ({@code file:[line,column] message}), which IDEs and
 * CI annotate.
 */
abstract class KilnMojo extends AbstractMojo {

	/** The environment variable that {@code kiln} reads for its cache too. */
	/** The packaging that components.xml maps to Kiln's goals. */
	static final String APPLIANCE_PACKAGING = "appliance"; //$NON-NLS-1$
	static final String CACHE_VARIABLE = "KILN_CACHE"; //$NON-NLS-1$
	static final String CACHE_MAX_VARIABLE = "KILN_CACHE_MAX"; //$NON-NLS-1$
	static final String EPOCH_VARIABLE = "SOURCE_DATE_EPOCH"; //$NON-NLS-1$

	@Parameter(defaultValue = "${project}", readonly = true, required = true)
	MavenProject project;

	/** The appliance project's folder: the one holding {@code appliance.xml}. */
	@Parameter(property = "kiln.projectDirectory", defaultValue = "${project.basedir}")
	File projectDirectory;

	/** Where the images go. */
	@Parameter(property = "kiln.outputDirectory", defaultValue = "${project.build.directory}/appliance")
	File outputDirectory;

	/**
	 * The build cache (base systems, package indexes, packages). Unset: {@code KILN_CACHE}, else the cache
	 * the workbench and {@code kiln} use, so that a rebuild reuses their base systems.
	 */
	@Parameter(property = "kiln.cache")
	File cache;

	/**
	 * The cache's size limit after a build, e.g. {@code 8G} or {@code 500M}: the least recently used entries go.
	 * Unset: {@code KILN_CACHE_MAX}, else 4 GiB, as {@code kiln build --cache-max}.
	 */
	@Parameter(property = "kiln.cacheMax")
	String cacheMax;

	/**
	 * The build's time stamp (seconds since 1970), for reproducible images. Unset: {@code SOURCE_DATE_EPOCH}, else
	 * the build's {@code project.build.outputTimestamp}, else Kiln's fixed default, as {@code kiln build}.
	 */
	@Parameter(defaultValue = "${project.build.outputTimestamp}")
	String outputTimestamp;

	/**
	 * Where the module's runtime dependencies (the jars of the application modules it depends on, with
	 * theirs) are copied before the build, for the manifest to take into the image, e.g.
	 * {@code <directory source="target/dependencies" target="/opt/app/lib"/>}.
	 */
	@Parameter(property = "kiln.dependenciesDirectory", defaultValue = "${project.build.directory}/dependencies")
	File dependenciesDirectory;

	/** Skips every Kiln goal (nothing is checked, built, verified or published). */
	@Parameter(property = "skipAppliance", defaultValue = "false")
	boolean skipAppliance;

	/**
	 * Whether the goal should do nothing, saying why: {@code -DskipAppliance}, or a module that is no appliance (neither
	 * packaging {@code appliance} nor an {@code appliance.xml}).
	 */
	boolean skipped() {
		if (skipAppliance) {
			getLog().info(MavenText.Mojo_skipped);
			return true;
		}
		// "mvn kiln:audit" in a reactor runs in every module: the parent and the application's are none of Kiln's
		if (!APPLIANCE_PACKAGING.equals(project.getPackaging()) && !manifest().toFile().isFile()) {
			getLog().info(MavenText.bind(MavenText.Mojo_notAnAppliance, project.getArtifactId()));
			return true;
		}
		return false;
	}

	Path root() {
		return projectDirectory.toPath().toAbsolutePath().normalize();
	}

	Path manifest() {
		return root().resolve(ManifestCheck.MANIFEST_FILE);
	}

	Path output() {
		return outputDirectory.toPath().toAbsolutePath().normalize();
	}

	Path cacheDirectory() {
		if (cache != null) {
			return cache.toPath().toAbsolutePath();
		}
		String variable = System.getenv(CACHE_VARIABLE);
		return variable != null && !variable.isBlank() ? Path.of(variable).toAbsolutePath() : ImageEngine.defaultCacheDirectory();
	}

	CachePolicy cachePolicy() throws MojoExecutionException {
		String value = cacheMax != null && !cacheMax.isBlank() ? cacheMax : System.getenv(CACHE_MAX_VARIABLE);
		if (value == null || value.isBlank()) {
			return CachePolicy.DEFAULT;
		}
		try {
			return CachePolicy.DEFAULT.withMaxBytes(CachePolicy.parseSize(value.strip()));
		} catch (IllegalArgumentException e) {
			throw new MojoExecutionException(MavenText.bind(MavenText.Mojo_badCacheMax, value));
		}
	}

	/** The manifest's check, each problem logged; fails the module on an error. */
	ManifestCheck.Result checkManifest() throws MojoFailureException, MojoExecutionException {
		if (!manifest().toFile().isFile()) {
			throw new MojoExecutionException(MavenText.bind(MavenText.Mojo_noManifest, manifest(), project.getArtifactId()));
		}
		ManifestCheck.Result result = new ManifestCheck().check(manifest(), root(), manifest().toString());
		log(result.problems());
		if (result.hasErrors()) {
			throw new MojoFailureException(summary(result.problems()));
		}
		return result;
	}

	/** Logs problems as {@code /path/appliance.xml:[line,column] KILN-M001 message}. */
	void log(List<ManifestProblem> problems) {
		for (ManifestProblem problem : problems) {
			String line = located(problem);
			switch (problem.severity()) {
				case ERROR -> getLog().error(line);
				case WARNING -> getLog().warn(line);
				default -> getLog().info(line);
			}
		}
	}

	static String located(ManifestProblem problem) {
		String where = problem.line() > 0 ? problem.file() + ":[" + problem.line() + "," + Math.max(1, problem.column()) + "]" //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				: problem.file();
		return where + " " + problem.code() + " " + problem.message(); //$NON-NLS-1$ //$NON-NLS-2$
	}

	String summary(List<ManifestProblem> problems) {
		long errors = problems.stream().filter(ManifestProblem::isError).count();
		return MavenText.bind(MavenText.Mojo_manifestErrors, manifest(), Long.valueOf(errors));
	}

	/**
	 * The time stamp of the images: {@code SOURCE_DATE_EPOCH}, else {@code project.build.outputTimestamp}
	 * (seconds, or an ISO-8601 instant as Maven's archivers take it), else {@link ApplianceBuild#DEFAULT_SOURCE_DATE_EPOCH}.
	 */
	long sourceDateEpoch() throws MojoExecutionException {
		String environment = System.getenv(EPOCH_VARIABLE);
		if (environment != null && !environment.isBlank()) {
			if (!environment.strip().matches("[0-9]{1,15}")) { //$NON-NLS-1$
				throw new MojoExecutionException(MavenText.bind(MavenText.Mojo_badEpoch, EPOCH_VARIABLE, environment));
			}
			return Long.parseLong(environment.strip());
		}
		if (outputTimestamp == null || outputTimestamp.isBlank() || outputTimestamp.strip().length() < 2) {
			// Maven's convention: a single character means "not reproducible"
			return ApplianceBuild.DEFAULT_SOURCE_DATE_EPOCH;
		}
		String value = outputTimestamp.strip();
		if (value.matches("[0-9]{1,15}")) { //$NON-NLS-1$
			return Long.parseLong(value);
		}
		try {
			return java.time.OffsetDateTime.parse(value).toEpochSecond();
		} catch (java.time.format.DateTimeParseException e) {
			throw new MojoExecutionException(MavenText.bind(MavenText.Mojo_badEpoch, "project.build.outputTimestamp", value)); //$NON-NLS-1$
		}
	}
}
