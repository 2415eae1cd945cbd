package dev.kiln.build;

import java.nio.file.Path;
import java.util.stream.Collectors;

import dev.kiln.image.BuildRecipe;
import dev.kiln.image.BuildReport;
import dev.kiln.image.ImageBuildException;
import dev.kiln.image.ImageEngine;
import dev.kiln.image.Progress;
import dev.kiln.model.io.ManifestProblem;

/**
 * Builds an appliance project: checks its manifest (nothing is built while it has errors), maps it to
 * a recipe and runs the engine. The one entry point of the IDE builder job, the CLI and Maven.
 */
public final class ApplianceBuild {

	/** The time stamp used when SOURCE_DATE_EPOCH is not set: 2024-01-01T00:00:00Z. */
	public static final long DEFAULT_SOURCE_DATE_EPOCH = 1_704_067_200L;

	private final ImageEngine engine;
	private final ManifestCheck check = new ManifestCheck();

	public ApplianceBuild(ImageEngine engine) {
		this.engine = engine;
	}

	/** The manifest has errors; the message lists them as file:line:col. */
	public static final class InvalidManifestException extends ImageBuildException {

		private static final long serialVersionUID = 1L;

		InvalidManifestException(String message) {
			super(message);
		}
	}

	/** SOURCE_DATE_EPOCH from the environment, or the default. */
	public static long sourceDateEpoch() {
		String value = System.getenv("SOURCE_DATE_EPOCH");
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
		Path manifest = projectRoot.resolve(ManifestCheck.MANIFEST_FILE);
		ManifestCheck.Result result = check.check(manifest, projectRoot, manifest.toString());
		if (result.hasErrors() || result.appliance() == null) {
			throw new InvalidManifestException("The manifest has errors; nothing was built:\n" + result.problems().stream()
					.filter(ManifestProblem::isError).map(ManifestProblem::toString).collect(Collectors.joining("\n")));
		}
		BuildRecipe recipe = RecipeMapper.map(result.appliance(), projectRoot, sourceDateEpoch);
		return engine.build(recipe, outputDirectory, progress);
	}
}
