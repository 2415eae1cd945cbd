package dev.kiln.build;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import dev.kiln.build.internal.BuildText;
import dev.kiln.image.BuildRecipe;
import dev.kiln.image.BuildReport;
import dev.kiln.image.ImageBuildException;
import dev.kiln.image.ImageEngine;
import dev.kiln.image.Progress;
import dev.kiln.image.UnknownPackagesException;
import dev.kiln.model.Appliance;
import dev.kiln.model.io.ManifestProblem;
import dev.kiln.model.io.SourcePosition;

/**
 * Builds an appliance project: checks its manifest (nothing is built while it has errors), maps it to
 * a recipe, runs the engine and writes the images' {@link ChecksumFile}. The one entry point of the IDE
 * build job, the CLI and Maven.
 */
public final class ApplianceBuild {

	/** The time stamp used when SOURCE_DATE_EPOCH is not set: 2024-01-01T00:00:00Z. */
	public static final long DEFAULT_SOURCE_DATE_EPOCH = 1_704_067_200L;

	/** Problem code of a package that the Debian archive does not have (found when building, not by the validator). */
	public static final String UNKNOWN_PACKAGE = "KILN-B001"; //$NON-NLS-1$

	private final ImageEngine engine;
	private final ManifestCheck check = new ManifestCheck();

	public ApplianceBuild(ImageEngine engine) {
		this.engine = engine;
	}

	/** The manifest has errors; the message lists them as file:line:col, {@link #problems()} has them. */
	public static final class InvalidManifestException extends ImageBuildException {

		private static final long serialVersionUID = 1L;
		private final transient List<ManifestProblem> problems;

		InvalidManifestException(List<ManifestProblem> problems) {
			super(BuildText.bind(BuildText.ApplianceBuild_invalidManifest,
					problems.stream().map(ManifestProblem::toString).collect(Collectors.joining("\n")))); //$NON-NLS-1$
			this.problems = List.copyOf(problems);
		}

		/** The errors, located in the manifest. */
		public List<ManifestProblem> problems() {
			return problems;
		}
	}

	/** SOURCE_DATE_EPOCH from the environment, or the default. */
	public static long sourceDateEpoch() {
		String value = System.getenv("SOURCE_DATE_EPOCH"); //$NON-NLS-1$
		try {
			return value == null || value.isBlank() ? DEFAULT_SOURCE_DATE_EPOCH : Long.parseLong(value.trim());
		} catch (NumberFormatException e) {
			return DEFAULT_SOURCE_DATE_EPOCH;
		}
	}

	/**
	 * Builds the project at {@code projectRoot} (its {@code appliance.xml}) into {@code outputDirectory}.
	 */
	public BuildReport build(Path projectRoot, Path outputDirectory, long sourceDateEpoch, Progress progress) throws ImageBuildException {
		return build(projectRoot, projectRoot.resolve(ManifestCheck.MANIFEST_FILE).toString(), outputDirectory, sourceDateEpoch, progress);
	}

	/**
	 * Builds the project at {@code projectRoot} into {@code outputDirectory}; problems name the manifest
	 * {@code manifestName} (a workspace path, or the path given on the command line).
	 */
	public BuildReport build(Path projectRoot, String manifestName, Path outputDirectory, long sourceDateEpoch, Progress progress)
			throws ImageBuildException {
		Path manifest = projectRoot.resolve(ManifestCheck.MANIFEST_FILE);
		ManifestCheck.Result result = check.check(manifest, projectRoot, manifestName);
		if (result.hasErrors() || result.appliance() == null) {
			throw new InvalidManifestException(result.problems().stream().filter(ManifestProblem::isError).toList());
		}
		BuildRecipe recipe = RecipeMapper.map(result.appliance(), projectRoot, sourceDateEpoch);
		BuildReport report;
		try {
			// a build that fails half-way must not leave the last build's record claiming its images
			java.nio.file.Files.deleteIfExists(outputDirectory.resolve(BuildInputs.FILE));
		} catch (IOException e) {
			throw new ImageBuildException(BuildText.bind(BuildText.ApplianceBuild_cannotWrite, outputDirectory, e.getMessage()), e);
		}
		try {
			report = engine.build(recipe, outputDirectory, progress);
		} catch (UnknownPackagesException e) {
			throw new InvalidManifestException(unknownPackages(e, result.appliance(), manifestName));
		}
		try {
			ChecksumFile.write(report, outputDirectory);
			PackageList.write(report, outputDirectory);
			ArchiveStateFile.write(report, outputDirectory);
			BuildInputs.record(outputDirectory, BuildInputs.fingerprint(projectRoot, result.appliance(), recipe));
		} catch (IOException e) {
			throw new ImageBuildException(BuildText.bind(BuildText.ApplianceBuild_cannotWriteRecords, outputDirectory, e.getMessage()), e);
		}
		return report;
	}

	/** Whether the images in a project's output folder are there and were built from its current inputs. */
	public enum Freshness {
		/** Built from the current manifest and files. */
		UP_TO_DATE,
		/** Built, but the manifest or a file it takes changed since (or the build was not recorded). */
		STALE,
		/** Never built, or the manifest cannot be read (its problems say why). */
		MISSING
	}

	/**
	 * Compares the fingerprint of the project's current inputs with the one the last build into
	 * {@code outputDirectory} recorded ({@link BuildInputs}); reads files, so not for the UI thread.
	 */
	public static Freshness freshness(Path projectRoot, Path outputDirectory) {
		Optional<String> recorded = BuildInputs.recorded(outputDirectory);
		if (recorded.isEmpty()) {
			return Freshness.MISSING;
		}
		try {
			return BuildInputs.current(projectRoot).equals(recorded) ? Freshness.UP_TO_DATE : Freshness.STALE;
		} catch (IOException e) {
			return Freshness.STALE;
		}
	}

	/** One problem per unknown package, at its {@code <package>} (or at {@code <os>} for one Kiln adds itself). */
	private static List<ManifestProblem> unknownPackages(UnknownPackagesException e, Appliance appliance, String manifestName) {
		List<ManifestProblem> problems = new ArrayList<>();
		for (String name : e.packages()) {
			SourcePosition position = appliance.getOs().getPackages().stream().filter(p -> name.equals(p.getName())).findFirst()
					.flatMap(SourcePosition::of)
					.or(() -> SourcePosition.of(appliance.getOs())).orElse(new SourcePosition(0, 0));
			problems.add(new ManifestProblem(manifestName, position.line(), position.column(), ManifestProblem.Severity.ERROR,
					UNKNOWN_PACKAGE, BuildText.bind(BuildText.ApplianceBuild_unknownPackage, name, e.archive())));
		}
		return problems;
	}
}
