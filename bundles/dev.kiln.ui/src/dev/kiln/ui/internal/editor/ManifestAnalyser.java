package dev.kiln.ui.internal.editor;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.util.Diagnostic;

import dev.kiln.build.CatalogListingLimits;
import dev.kiln.model.Appliance;
import dev.kiln.model.io.LoadResult;
import dev.kiln.model.io.ManifestLoader;
import dev.kiln.model.validation.ManifestValidator;

/**
 * Loads and validates a manifest text: what the editor does in the background after each change,
 * and what quick fixes do to find the object a marker is about. Validation checks that referenced
 * files exist: do not call it on the UI thread.
 */
public final class ManifestAnalyser {

	private final ManifestLoader loader = new ManifestLoader();
	private final ManifestValidator validator = new ManifestValidator(CatalogListingLimits.catalog());

	/**
	 * @param file
	 *            the manifest's name in problems
	 * @param projectRoot
	 *            the project folder the manifest's paths are relative to, or {@code null}
	 */
	public ManifestAnalysis analyse(long version, String text, String file, Path projectRoot) {
		LoadResult loaded = loader.load(text.getBytes(StandardCharsets.UTF_8), file);
		List<ModelProblem> problems = new ArrayList<>();
		Appliance appliance = loaded.appliance().orElse(null);
		if (appliance != null && !loaded.hasErrors()) {
			for (Diagnostic diagnostic : validator.validate(appliance, projectRoot).getChildren()) {
				ModelProblem problem = ModelProblem.of(diagnostic, appliance);
				if (problem != null) {
					problems.add(problem);
				}
			}
		}
		return new ManifestAnalysis(version, loaded, List.copyOf(problems));
	}
}
