package dev.kiln.ui.internal.editor;

import java.util.List;
import java.util.Optional;

import org.eclipse.core.resources.IMarker;

/**
 * Finds the validation problem a manifest problem marker stands for: the same rule code on the
 * same line (the builder and the editor run the same validator), else the only problem of that
 * rule.
 */
public final class MarkerLocation {

	/** The marker attribute with the problem's code, e.g. KILN-M021, as the appliance builder sets it. */
	public static final String CODE = "code"; //$NON-NLS-1$

	private MarkerLocation() {
	}

	public static Optional<ModelProblem> problemOf(IMarker marker, ManifestAnalysis analysis) {
		if (analysis == null || !marker.exists()) {
			return Optional.empty();
		}
		String code = marker.getAttribute(CODE, ""); //$NON-NLS-1$
		int line = marker.getAttribute(IMarker.LINE_NUMBER, 0);
		List<ModelProblem> sameRule = analysis.problems().stream().filter(problem -> problem.code().equals(code)).toList();
		Optional<ModelProblem> sameLine = sameRule.stream().filter(problem -> problem.line() == line).findFirst();
		return sameLine.isPresent() || sameRule.size() != 1 ? sameLine : Optional.of(sameRule.get(0));
	}
}
