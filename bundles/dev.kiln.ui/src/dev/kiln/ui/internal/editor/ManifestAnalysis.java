package dev.kiln.ui.internal.editor;

import java.util.List;

import dev.kiln.model.io.LoadResult;
import dev.kiln.model.io.ManifestProblem;

/**
 * What a background analysis found in one version of the source text: how it loaded and, when it
 * loaded without errors, what the validator reports.
 *
 * @param version
 *            the document version analysed; stale when the document changed since
 */
public record ManifestAnalysis(long version, LoadResult loaded, List<ModelProblem> problems) {

	/** @return the load errors, each located; empty when the text was read */
	public List<ManifestProblem> loadErrors() {
		return loaded.problems().stream().filter(ManifestProblem::isError).toList();
	}
}
