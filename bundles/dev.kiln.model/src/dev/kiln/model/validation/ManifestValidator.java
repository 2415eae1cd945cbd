package dev.kiln.model.validation;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EValidator;
import org.eclipse.emf.ecore.impl.EValidatorRegistryImpl;
import org.eclipse.emf.ecore.util.Diagnostician;

import dev.kiln.model.Appliance;
import dev.kiln.model.AppliancePackage;
import dev.kiln.model.io.ManifestProblem;
import dev.kiln.model.io.ManifestProblem.Severity;
import dev.kiln.model.io.SourcePosition;

/**
 * Validates a whole appliance with {@link ApplianceValidator}, through a private validator
 * registry (the global one is left alone), and turns the result into located problems.
 */
public final class ManifestValidator {

	private final Diagnostician diagnostician;

	/**
	 * @param listingLimits
	 *            the marketplace's limits for the listing rules: the model has none of its own
	 */
	public ManifestValidator(ListingLimits listingLimits) {
		EValidator.Registry registry = new EValidatorRegistryImpl();
		registry.put(AppliancePackage.eINSTANCE, new ApplianceValidator(listingLimits));
		diagnostician = new Diagnostician(registry);
	}

	/**
	 * @param projectRoot
	 *            the project folder, to check that referenced files exist; {@code null} to skip
	 */
	public Diagnostic validate(Appliance appliance, Path projectRoot) {
		Map<Object, Object> context = diagnostician.createDefaultContext();
		if (projectRoot != null) {
			context.put(ApplianceValidator.PROJECT_ROOT, projectRoot);
		}
		return diagnostician.validate(appliance, context);
	}

	/** Validates and reports each diagnostic with its code and the line of its object. */
	public List<ManifestProblem> problems(Appliance appliance, Path projectRoot, String file) {
		List<ManifestProblem> problems = new ArrayList<>();
		for (Diagnostic diagnostic : validate(appliance, projectRoot).getChildren()) {
			problems.add(toProblem(diagnostic, file));
		}
		return problems;
	}

	/** @return the object a diagnostic of {@link ApplianceValidator} is about, or {@code null} */
	public static EObject objectOf(Diagnostic diagnostic) {
		List<?> data = diagnostic.getData();
		return !data.isEmpty() && data.get(0) instanceof EObject object ? object : null;
	}

	private static ManifestProblem toProblem(Diagnostic diagnostic, String file) {
		EObject object = objectOf(diagnostic);
		SourcePosition position = object == null ? null : SourcePosition.of(object).orElse(null);
		String code = ManifestRule.of(diagnostic).map(ManifestRule::code).orElse(diagnostic.getSource());
		return new ManifestProblem(file, position == null ? 0 : position.line(), position == null ? 0 : position.column(),
				severityOf(diagnostic), code, diagnostic.getMessage());
	}

	private static Severity severityOf(Diagnostic diagnostic) {
		return switch (diagnostic.getSeverity()) {
			case Diagnostic.ERROR, Diagnostic.CANCEL -> Severity.ERROR;
			case Diagnostic.WARNING -> Severity.WARNING;
			default -> Severity.INFO;
		};
	}
}
