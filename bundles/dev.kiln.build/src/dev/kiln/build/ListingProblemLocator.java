package dev.kiln.build;

import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;

import dev.kiln.model.Appliance;
import dev.kiln.model.io.ManifestProblem;
import dev.kiln.model.io.SourcePosition;
import dev.kiln.publish.ListingProblem;

/**
 * Turns the marketplace's listing problems into manifest problems at the element they come from
 * ({@code <listing>} for its fields, {@code <outputs>} for the images, {@code <appliance>} for the
 * version and logo), so that publishing reports them like {@code kiln validate}: file, line, column and
 * a stable code per listing field (KILN-P001…).
 */
public final class ListingProblemLocator {

	/** The problem code of each listing field; a field not listed here gets {@link #OTHER}. */
	public static final Map<String, String> CODES = Map.of(
			"title", "KILN-P001", //$NON-NLS-1$ //$NON-NLS-2$
			"summary", "KILN-P002", //$NON-NLS-1$ //$NON-NLS-2$
			"description", "KILN-P003", //$NON-NLS-1$ //$NON-NLS-2$
			"version", "KILN-P004", //$NON-NLS-1$ //$NON-NLS-2$
			"releaseNotes", "KILN-P005", //$NON-NLS-1$ //$NON-NLS-2$
			"categories", "KILN-P006", //$NON-NLS-1$ //$NON-NLS-2$
			"images", "KILN-P007", //$NON-NLS-1$ //$NON-NLS-2$
			"logo", "KILN-P008", //$NON-NLS-1$ //$NON-NLS-2$
			"screenshots", "KILN-P009"); //$NON-NLS-1$ //$NON-NLS-2$
	/** The code of a problem of another field (a marketplace's own rule). */
	public static final String OTHER = "KILN-P010"; //$NON-NLS-1$

	private ListingProblemLocator() {
	}

	/** The problems as errors of the manifest {@code manifestName}, in the order given. */
	public static List<ManifestProblem> locate(List<ListingProblem> problems, Appliance appliance, String manifestName) {
		return problems.stream().map(problem -> {
			SourcePosition position = SourcePosition.of(element(problem.field(), appliance)).orElse(new SourcePosition(0, 0));
			return new ManifestProblem(manifestName, position.line(), position.column(), ManifestProblem.Severity.ERROR,
					CODES.getOrDefault(problem.field(), OTHER), problem.message());
		}).toList();
	}

	/** The element a field is written in, or the nearest one that exists. */
	private static EObject element(String field, Appliance appliance) {
		return switch (field) {
			case "version", "logo" -> appliance; //$NON-NLS-1$ //$NON-NLS-2$
			case "images" -> appliance.getOutputs() != null ? appliance.getOutputs() : appliance; //$NON-NLS-1$
			default -> appliance.getListing() != null ? appliance.getListing() : appliance;
		};
	}
}
