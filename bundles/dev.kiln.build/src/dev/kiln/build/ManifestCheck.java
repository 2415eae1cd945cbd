package dev.kiln.build;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import dev.kiln.model.Appliance;
import dev.kiln.model.io.LoadResult;
import dev.kiln.model.io.ManifestLoader;
import dev.kiln.model.io.ManifestProblem;
import dev.kiln.model.validation.ManifestValidator;

/**
 * Loads and validates an appliance manifest: the one check that the workspace builder, the command
 * line and the Maven plug-in all run, so that they report the same problems at the same lines.
 */
public final class ManifestCheck {

	/** The manifest's file name at a project's root. */
	public static final String MANIFEST_FILE = "appliance.xml"; //$NON-NLS-1$

	private final ManifestLoader loader = new ManifestLoader();
	private final ManifestValidator validator = new ManifestValidator(CatalogListingLimits.catalog());

	/** What a check found: the appliance when it could be read, and every problem, in file order. */
	public record Result(Appliance appliance, List<ManifestProblem> problems) {

		public boolean hasErrors() {
			return problems.stream().anyMatch(ManifestProblem::isError);
		}
	}

	/**
	 * @param manifest
	 *            the appliance.xml to check
	 * @param projectRoot
	 *            the folder that file paths in the manifest are relative to; {@code null} skips the
	 *            checks that referenced files exist
	 * @param displayName
	 *            how problems name the file (a workspace path, or the path given on the command line)
	 */
	public Result check(Path manifest, Path projectRoot, String displayName) {
		LoadResult loaded = loader.load(manifest);
		List<ManifestProblem> problems = new ArrayList<>();
		for (ManifestProblem p : loaded.problems()) {
			problems.add(new ManifestProblem(displayName, p.line(), p.column(), p.severity(), p.code(), p.message()));
		}
		Appliance appliance = loaded.appliance().orElse(null);
		if (appliance != null && !loaded.hasErrors()) {
			problems.addAll(validator.problems(appliance, projectRoot, displayName));
		}
		problems.sort(Comparator.comparingInt(ManifestProblem::line).thenComparingInt(ManifestProblem::column));
		return new Result(appliance, List.copyOf(problems));
	}
}
