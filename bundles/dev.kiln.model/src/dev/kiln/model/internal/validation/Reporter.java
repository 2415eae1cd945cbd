package dev.kiln.model.internal.validation;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

import org.eclipse.emf.common.util.BasicDiagnostic;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;

import dev.kiln.model.validation.ApplianceValidator;
import dev.kiln.model.validation.ManifestRule;

/** Adds rule diagnostics to EMF's chain; data is the object and, if given, the feature. */
public final class Reporter {

	private final DiagnosticChain diagnostics;
	private final Map<Object, Object> context;
	private boolean errors;

	public Reporter(DiagnosticChain diagnostics, Map<Object, Object> context) {
		this.diagnostics = diagnostics;
		this.context = context;
	}

	public void report(ManifestRule rule, EObject object, EStructuralFeature feature, Object... arguments) {
		reportVariant(rule, null, object, feature, arguments);
	}

	/** Reports with the message {@code RULE.variant} of the rule. */
	public void reportVariant(ManifestRule rule, String variant, EObject object, EStructuralFeature feature,
			Object... arguments) {
		errors |= rule.severity() == Diagnostic.ERROR;
		if (diagnostics == null) {
			return;
		}
		Object[] data = feature == null ? new Object[] { object } : new Object[] { object, feature };
		diagnostics.add(new BasicDiagnostic(rule.severity(), ApplianceValidator.DIAGNOSTIC_SOURCE, rule.number(),
				RuleMessages.format(rule, variant, arguments), data));
	}

	public boolean hasErrors() {
		return errors;
	}

	/** The day the rules judge support periods by: the context's {@link ApplianceValidator#TODAY}, if given. */
	public Optional<LocalDate> today() {
		return context != null && context.get(ApplianceValidator.TODAY) instanceof LocalDate today ? Optional.of(today) : Optional.empty();
	}

	public Optional<Path> projectRoot() {
		return context != null && context.get(ApplianceValidator.PROJECT_ROOT) instanceof Path root
				? Optional.of(root)
				: Optional.empty();
	}
}
